package org.alliances.conversations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The conversations' tables: conversations, their messages, and how far each member has read each one. */
@Component
class ConversationStore {

    private static final String COLUMNS = "id, interest_id, need_id, partnership_id, association_id, company_id, started_at, "
            + "last_message_at, closed_at";
    private static final String MESSAGE_COLUMNS = "id, conversation_id, author_organization_id, author_name, body, sent_at, hidden_reason is not null";
    /** Messages of the other organisation after the member's reading point. */
    private static final String UNREAD = "m.author_organization_id <> ? and m.sent_at > coalesce((select r.read_up_to from "
            + "conversations_reading r where r.conversation_id = m.conversation_id and r.account_id = ?), '-infinity'::timestamptz)";

    private final JdbcTemplate jdbc;

    ConversationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Conversation> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from conversations_conversation where id = ?", ConversationStore::conversation, id)
                .stream().findFirst();
    }

    Optional<Conversation> ofInterest(UUID interestId) {
        return jdbc.query("select " + COLUMNS + " from conversations_conversation where interest_id = ?", ConversationStore::conversation,
                interestId).stream().findFirst();
    }

    Optional<Conversation> ofPartnership(UUID partnershipId) {
        return jdbc.query("select " + COLUMNS + " from conversations_conversation where partnership_id = ?", ConversationStore::conversation,
                partnershipId).stream().findFirst();
    }

    /** The conversation of the company's latest interest in the need that has no partnership yet. */
    Optional<Conversation> awaitingPartnership(UUID needId, UUID companyId) {
        return jdbc.query("select " + COLUMNS + " from conversations_conversation where need_id = ? and company_id = ? "
                + "and partnership_id is null order by started_at desc limit 1", ConversationStore::conversation, needId, companyId)
                .stream().findFirst();
    }

    void open(UUID id, @Nullable UUID interestId, @Nullable UUID needId, @Nullable UUID partnershipId, UUID associationId,
              UUID companyId, Instant at) {
        jdbc.update("insert into conversations_conversation (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, null) on conflict do nothing",
                id, interestId, needId, partnershipId, associationId, companyId, Timestamp.from(at), Timestamp.from(at));
    }

    void carryOnIn(UUID conversationId, UUID partnershipId) {
        jdbc.update("update conversations_conversation set partnership_id = ?, closed_at = null where id = ? and partnership_id is null",
                partnershipId, conversationId);
    }

    void close(UUID conversationId, Instant at) {
        jdbc.update("update conversations_conversation set closed_at = ? where id = ? and closed_at is null", Timestamp.from(at), conversationId);
    }

    /** Every conversation of the organisation still open, closed now. */
    void closeAllOf(UUID organizationId, Instant at) {
        jdbc.update("update conversations_conversation set closed_at = ? where (association_id = ? or company_id = ?) and closed_at is null",
                Timestamp.from(at), organizationId, organizationId);
    }

    void add(UUID messageId, UUID conversationId, @Nullable UUID authorAccountId, UUID authorOrganizationId, String authorName,
             String body, Instant at) {
        jdbc.update("insert into conversations_message (id, conversation_id, author_account_id, author_organization_id, author_name, body, "
                + "sent_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", messageId, conversationId, authorAccountId,
                authorOrganizationId, authorName, body, Timestamp.from(at));
        jdbc.update("update conversations_conversation set last_message_at = greatest(last_message_at, ?) where id = ?", Timestamp.from(at),
                conversationId);
    }

    List<Message> messages(UUID conversationId) {
        return jdbc.query("select " + MESSAGE_COLUMNS + " from conversations_message where conversation_id = ? order by sent_at, position",
                ConversationStore::message, conversationId);
    }

    Optional<Message> lastMessage(UUID conversationId) {
        return jdbc.query("select " + MESSAGE_COLUMNS + " from conversations_message where conversation_id = ? order by sent_at desc, position desc "
                + "limit 1", ConversationStore::message, conversationId).stream().findFirst();
    }

    /**
     * The organisation's conversations, the most recent first; with {@code words}, those whose partner is among
     * {@code partners} or with a message holding the words.
     */
    List<Conversation> of(UUID organizationId, @Nullable String words, List<UUID> partners, int offset, int limit) {
        var where = "(association_id = ? or company_id = ?)";
        if (words == null) {
            return jdbc.query("select " + COLUMNS + " from conversations_conversation where " + where
                    + " order by last_message_at desc, id offset ? limit ?", ConversationStore::conversation, organizationId, organizationId, offset, limit);
        }
        return jdbc.query("select " + COLUMNS + " from conversations_conversation c where " + where + " and (association_id = any (?) "
                + "or company_id = any (?) or exists (select 1 from conversations_message m where m.conversation_id = c.id "
                + "and m.hidden_reason is null and m.body ilike ? escape '\\')) order by last_message_at desc, id offset ? limit ?", ConversationStore::conversation,
                organizationId, organizationId, partners.toArray(new UUID[0]), partners.toArray(new UUID[0]), "%" + like(words) + "%",
                offset, limit);
    }

    long unread(UUID conversationId, UUID organizationId, UUID accountId) {
        return jdbc.queryForObject("select count(*) from conversations_message m where m.conversation_id = ? and " + UNREAD, Long.class,
                conversationId, organizationId, accountId);
    }

    /** Unread messages in every conversation of the member's organisation. */
    long unread(UUID organizationId, UUID accountId) {
        return jdbc.queryForObject("select count(*) from conversations_message m join conversations_conversation c on c.id = m.conversation_id "
                + "where (c.association_id = ? or c.company_id = ?) and " + UNREAD, Long.class, organizationId, organizationId, organizationId,
                accountId);
    }

    /** Whether the member has read the conversation up to {@code at}. */
    boolean hasRead(UUID conversationId, UUID accountId, Instant at) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from conversations_reading where conversation_id = ? and account_id = ? "
                + "and read_up_to >= ?", Boolean.class, conversationId, accountId, Timestamp.from(at)));
    }

    void readUpTo(UUID conversationId, UUID accountId, Instant at) {
        jdbc.update("insert into conversations_reading (conversation_id, account_id, read_up_to) values (?, ?, ?) on conflict "
                + "(conversation_id, account_id) do update set read_up_to = greatest(conversations_reading.read_up_to, excluded.read_up_to)",
                conversationId, accountId, Timestamp.from(at));
    }

    private static String like(String words) {
        return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Conversation conversation(ResultSet row, int number) throws SQLException {
        return new Conversation(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, UUID.class),
                row.getObject(4, UUID.class), row.getObject(5, UUID.class), row.getObject(6, UUID.class), row.getTimestamp(7).toInstant(),
                row.getTimestamp(8).toInstant(), row.getTimestamp(9) == null ? null : row.getTimestamp(9).toInstant());
    }

    private static Message message(ResultSet row, int number) throws SQLException {
        return new Message(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, UUID.class), row.getString(4),
                row.getString(5), row.getTimestamp(6).toInstant(), row.getBoolean(7));
    }

    Optional<Message> message(UUID messageId) {
        return jdbc.query("select " + MESSAGE_COLUMNS + " from conversations_message where id = ?", ConversationStore::message, messageId)
                .stream().findFirst();
    }

    void hide(UUID messageId, @Nullable String reason) {
        jdbc.update("update conversations_message set hidden_reason = ? where id = ?", reason, messageId);
    }
}
