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
        return List.of("notifications_notification", "notifications_preference");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Subject subject) {
        var result = new LinkedHashMap<String, List<Map<String, Object>>>();
        result.put("notifications_notification", PersonalData.rows(jdbc, "select kind, message_key, arguments, channel, created_at, read_at, "
                + "sent_at from notifications_notification where account_id = ? order by created_at", subject.accountId()));
        result.put("notifications_preference", PersonalData.rows(jdbc, "select kind, channel from notifications_preference where account_id = ?",
                subject.accountId()));
        return result;
    }
}
