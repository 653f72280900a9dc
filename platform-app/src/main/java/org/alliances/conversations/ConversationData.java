package org.alliances.conversations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliances.kernel.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The conversations' part of "Mes données" and of an erasure: a member's own messages and reading points (and for a
 * responsable, the organisation's conversations and what its members wrote); an erased member's messages stay, the
 * organisation's, signed "Ancien membre".
 */
@Component
class ConversationData implements PersonalData {

    private final JdbcTemplate jdbc;

    ConversationData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "conversations";
    }

    @Override
    public List<String> tables() {
        return List.of("conversations_conversation", "conversations_message", "conversations_reading", "conversations_document");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Subject subject) {
        var result = new LinkedHashMap<String, List<Map<String, Object>>>();
        if (subject.wholeOrganization()) {
            result.put("conversations_conversation", PersonalData.rows(jdbc, "select id, interest_id, need_id, partnership_id, association_id, "
                    + "company_id, started_at, last_message_at, closed_at from conversations_conversation where association_id = ? "
                    + "or company_id = ? order by started_at", subject.organizationId(), subject.organizationId()));
            result.put("conversations_message", PersonalData.rows(jdbc, "select id, conversation_id, author_name, body, sent_at "
                    + "from conversations_message where author_organization_id = ? order by sent_at", subject.organizationId()));
        } else {
            result.put("conversations_message", PersonalData.rows(jdbc, "select id, conversation_id, author_name, body, sent_at "
                    + "from conversations_message where author_account_id = ? order by sent_at", subject.accountId()));
        }
        result.put("conversations_document", subject.wholeOrganization()
                ? PersonalData.rows(jdbc, "select id, conversation_id, file_name, media_type, size_bytes, uploaded_by_name, uploaded_at "
                        + "from conversations_document where uploaded_by_organization = ? order by uploaded_at", subject.organizationId())
                : PersonalData.rows(jdbc, "select id, conversation_id, file_name, media_type, size_bytes, uploaded_by_name, uploaded_at "
                        + "from conversations_document where uploaded_by_account_id = ? order by uploaded_at", subject.accountId()));
        result.put("conversations_reading", PersonalData.rows(jdbc, "select conversation_id, read_up_to from conversations_reading "
                + "where account_id = ?", subject.accountId()));
        return result;
    }

    @Override
    public void eraseMember(ErasedMember member) {
        jdbc.update("update conversations_message set author_name = ? where author_account_id = ?", FORMER_MEMBER, member.accountId());
        jdbc.update("update conversations_document set uploaded_by_name = ? where uploaded_by_account_id = ?", FORMER_MEMBER, member.accountId());
        jdbc.update("delete from conversations_reading where account_id = ?", member.accountId());
    }
}
