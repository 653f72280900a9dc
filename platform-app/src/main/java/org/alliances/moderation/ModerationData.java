package org.alliances.moderation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliances.kernel.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reports the member sent; for a responsable, those of the whole organisation and the moderation's cases about its
 * contents (never who reported them). An erased member's reports stay, without their account.
 */
@Component
class ModerationData implements PersonalData {

    private final JdbcTemplate jdbc;

    ModerationData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "moderation";
    }

    @Override
    public List<String> tables() {
        return List.of("moderation_case", "moderation_report");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Subject subject) {
        var result = new LinkedHashMap<String, List<Map<String, Object>>>();
        var reports = "select c.content_kind, c.content_id, r.reason, r.comment, r.created_at from moderation_report r "
                + "join moderation_case c on c.id = r.case_id where ";
        result.put("moderation_report", subject.wholeOrganization()
                ? PersonalData.rows(jdbc, reports + "r.reporter_organization_id = ? order by r.created_at", subject.organizationId())
                : PersonalData.rows(jdbc, reports + "r.reporter_account_id = ? order by r.created_at", subject.accountId()));
        if (subject.wholeOrganization()) {
            result.put("moderation_case", PersonalData.rows(jdbc, "select content_kind, content_id, status, hidden_reason, decision_note, "
                    + "opened_at, decided_at, review_asked_at, review_message from moderation_case where author_organization_id = ? "
                    + "order by opened_at", subject.organizationId()));
        }
        return result;
    }

    @Override
    public void eraseMember(ErasedMember member) {
        jdbc.update("update moderation_report set reporter_account_id = null where reporter_account_id = ?", member.accountId());
    }
}
