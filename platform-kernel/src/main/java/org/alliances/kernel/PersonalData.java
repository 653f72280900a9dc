package org.alliances.kernel;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one module holds about a member and their organisation, for "Mes données" and for erasure: each module that
 * keeps personal data contributes its part behind this interface, so that a new module cannot be forgotten (a test
 * walks the schema against {@link #tables()}, another searches the whole database for an erased member's name).
 */
public interface PersonalData {

    /**
     * What a line signed by a member reads once that member is erased: written in French, like the names the platform
     * shows whatever the language of the screen.
     */
    String FORMER_MEMBER = "Ancien membre";

    /**
     * A member being erased, as the accounts module knew them: never put in an event or a log, only handed to each
     * part in the erasing transaction so that it can find what holds the name or the address.
     *
     * @param name the name they gave, or null
     */
    record ErasedMember(UUID accountId, UUID organizationId, String login, @org.jspecify.annotations.Nullable String name) {
    }

    /**
     * Erases, in the caller's transaction, what this module holds on the member: their name and e-mail become
     * {@link #FORMER_MEMBER} where a line they signed stays (it is the organisation's), what was theirs alone goes.
     * Erasing twice changes nothing more.
     */
    default void eraseMember(ErasedMember member) {
    }

    /**
     * Before an organisation is deleted, in the same transaction: where this module keeps the organisation's name in
     * something another organisation reads (a notification), it becomes {@link Organization#DELETED_NAME}. What the
     * module keeps by the organisation's id it erases later, on {@link OrganizationDeleted}.
     */
    default void eraseOrganizationName(UUID organizationId, String name) {
    }

    /** Who the archive is for: the member, and their organisation's data when they are its responsable. */
    record Subject(UUID accountId, UUID organizationId, boolean wholeOrganization) {
    }

    /** The archive's file for this module, e.g. {@code matching}. */
    String section();

    /** The tables this module reads for the archive (each of its tables, or said left out by the schema's test). */
    List<String> tables();

    /** Table to rows, as plain values (text, numbers, booleans, lists); never a password's or a link's hash. */
    Map<String, List<Map<String, Object>>> export(Subject subject);

    /**
     * A module's part that only the organisation's responsable receives: its tables queried by the organisation's id.
     */
    abstract class OrganizationPart implements PersonalData {

        protected final JdbcTemplate jdbc;
        private final String section;
        private final List<String> tables;

        protected OrganizationPart(JdbcTemplate jdbc, String section, String... tables) {
            this.jdbc = jdbc;
            this.section = section;
            this.tables = List.of(tables);
        }

        @Override
        public String section() {
            return section;
        }

        @Override
        public List<String> tables() {
            return tables;
        }

        @Override
        public Map<String, List<Map<String, Object>>> export(Subject subject) {
            var result = new LinkedHashMap<String, List<Map<String, Object>>>();
            if (subject.wholeOrganization()) {
                export(subject.organizationId(), result);
            }
            return result;
        }

        /** Puts the organisation's rows in the result, table by table. */
        protected abstract void export(UUID organization, Map<String, List<Map<String, Object>>> result);

        /** The rows of a query, made plain. */
        protected List<Map<String, Object>> rows(String sql, Object... arguments) {
            return PersonalData.rows(jdbc, sql, arguments);
        }
    }

    /** Rows of a query with their values made plain: dates as ISO text, ids as text, arrays as lists. */
    static List<Map<String, Object>> rows(JdbcTemplate jdbc, String sql, Object... arguments) {
        return jdbc.queryForList(sql, arguments).stream().map(PersonalData::plain).toList();
    }

    private static Map<String, Object> plain(Map<String, Object> row) {
        var result = new LinkedHashMap<String, Object>();
        row.forEach((column, value) -> result.put(column, plain(value)));
        return result;
    }

    private static Object plain(Object value) {
        try {
            return switch (value) {
                case null -> null;
                case Timestamp timestamp -> timestamp.toInstant().toString();
                case java.sql.Date date -> date.toLocalDate().toString();
                case UUID id -> id.toString();
                case Array array -> {
                    var list = new ArrayList<Object>();
                    for (var item : (Object[]) array.getArray()) {
                        list.add(plain(item));
                    }
                    yield list;
                }
                case Number number -> number;
                case Boolean bool -> bool;
                default -> value.toString();
            };
        } catch (SQLException unreadable) {
            throw new IllegalStateException("An array could not be read", unreadable);
        }
    }
}
