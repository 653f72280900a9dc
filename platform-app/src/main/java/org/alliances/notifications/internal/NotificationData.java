package org.alliances.notifications.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliances.kernel.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The member's own notifications and their choices of channel. */
@Component
class NotificationData implements PersonalData {

    private final JdbcTemplate jdbc;

    NotificationData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public List<String> tables() {
        return List.of("notifications_notification", "notifications_preference", "notifications_message_text");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Subject subject) {
        var result = new LinkedHashMap<String, List<Map<String, Object>>>();
        result.put("notifications_notification", PersonalData.rows(jdbc, "select kind, message_key, arguments, channel, created_at, read_at, "
                + "sent_at from notifications_notification where account_id = ? order by created_at", subject.accountId()));
        result.put("notifications_preference", PersonalData.rows(jdbc, "select kind, channel from notifications_preference where account_id = ?",
                subject.accountId()));
        result.put("notifications_message_text", PersonalData.rows(jdbc, "select with_text from notifications_message_text where account_id = ?",
                subject.accountId()));
        return result;
    }

    /**
     * The member's notifications and choices go; in their colleagues' notifications (a member joined, left), their
     * name or address becomes "Ancien membre".
     */
    @Override
    public void eraseMember(ErasedMember member) {
        jdbc.update("delete from notifications_notification where account_id = ?", member.accountId());
        jdbc.update("delete from notifications_preference where account_id = ?", member.accountId());
        jdbc.update("delete from notifications_message_text where account_id = ?", member.accountId());
        java.util.stream.Stream.of(member.login(), member.name()).filter(name -> name != null && !name.isBlank())
                .forEach(name -> replaceInArguments(name, FORMER_MEMBER));
    }

    /** In the partners' notifications, the deleted organisation's name becomes "Organisation supprimée". */
    @Override
    public void eraseOrganizationName(java.util.UUID organizationId, String name) {
        replaceInArguments(name, org.alliances.kernel.Organization.DELETED_NAME);
    }

    private void replaceInArguments(String name, String replacement) {
        var named = jdbc.query("select id, arguments from notifications_notification where strpos(arguments, ?) > 0",
                (row, n) -> java.util.Map.entry(row.getObject(1, java.util.UUID.class), row.getString(2)), name);
        named.forEach(notification -> jdbc.update("update notifications_notification set arguments = ? where id = ?",
                StoredNotification.withoutName(notification.getValue(), name, replacement), notification.getKey()));
    }
}
