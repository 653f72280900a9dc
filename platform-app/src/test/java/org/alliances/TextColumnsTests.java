package org.alliances;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.alliances.kernel.TextColumn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

/**
 * Walks every text column of the database and every {@link TextColumn} the modules declare: a column members type into
 * has a declared limit, and no limit is larger than its column (a {@code text} column's limit is held by a check
 * constraint). A new column fails here until it is declared or said to be written by the platform itself.
 */
@SpringBootTest
@Import(TestSupport.class)
class TextColumnsTests {

    /** Columns the platform fills itself, never with what a member typed: codes of the typology and of states, hashes, keys. */
    static final Map<String, String> WRITTEN_BY_THE_PLATFORM = Map.ofEntries(
            entry("accounts_user.password_hash", "a hash of the password"),
            entry("kernel_scheduler_lock.name", "a scheduled job's lock name, written in the code (@SchedulerLock)"),
            entry("kernel_scheduler_lock.locked_by", "the host name of the instance holding the lock, written by ShedLock"),
            entry("accounts_user.terms_version", "the version of the terms of use in force (TermsOfUse)"),
            entry("accounts_token.token_hash", "a hash of a random token"),
            entry("accounts_invitation.token_hash", "a hash of a random token"),
            entry("diagnosis_diagnosis.questionnaire_version", "the questionnaire's version"),
            entry("diagnosis_diagnosis.axis_scores", "scores computed from the answers"),
            entry("diagnosis_diagnosis.ranked_categories", "codes computed from the answers"),
            entry("diagnosis_diagnosis.recommended_models", "codes computed from the answers"),
            entry("diagnosis_diagnosis.objectives", "codes of the objectives chosen in a list"),
            entry("diagnosis_answer.question_code", "a question's code"),
            entry("diagnosis_answer.option_code", "an option's code"),
            entry("diagnosis_reason.question_code", "a question's code"),
            entry("diagnosis_reason.option_code", "an option's code"),
            entry("notifications_notification.message_key", "a message key"),
            entry("conversations_document.media_type", "the type read from the file's content"),
            entry("notifications_notification.arguments", "values of domain events, each checked where it was typed"),
            entry("notifications_notification.source_key", "the event's key"),
            entry("observatory_applied_event.event_key", "the event's key"),
            entry("observatory_figure.dimension", "a code of the typology or of a territory"),
            entry("observatory_need.themes", "codes of themes"),
            entry("observatory_need.categories", "codes of categories"),
            entry("observatory_waiting_event.awaited", "an aggregate's key"),
            entry("observatory_waiting_event.event_type", "a class name"),
            entry("observatory_waiting_event.payload", "a serialised event"));

    /** Columns filled from a text already checked against another column's limit. */
    static final Map<String, String> FILLED_FROM = Map.ofEntries(
            entry("accounts_user.pending_email", "accounts_user.email"),
            entry("accounts_token.email", "accounts_user.email"),
            entry("accounts_invitation.email", "accounts_user.email"),
            entry("accounts_audit.reason", "accounts_user.refusal_reason"),
            entry("partnerships_partnership.company_brought", "partnerships_partnership.association_brought"),
            entry("partnerships_stage_change.signed_by", "accounts_user.display_name"),
            entry("partnerships_contribution.recorded_by", "accounts_user.display_name"),
            entry("partnerships_indicator.recorded_by", "accounts_user.display_name"),
            entry("conversations_message.author_name", "accounts_user.display_name"),
            entry("conversations_document.uploaded_by_name", "accounts_user.display_name"));

    /** Column names that hold the name of a Java enum constant (a status, a role, a model…) or an INSEE code, wherever they are. */
    static final List<String> CODE_COLUMNS = List.of("status", "role", "type", "kind", "membership", "outcome", "origin", "model",
            "stage", "from_stage", "to_stage", "evolved_from", "commune_code", "department_code", "territory", "territory_level",
            "sector", "size_band", "theme", "contribution", "reach", "maturity", "maturity_level", "category", "indicator", "side",
            "unit", "channel", "purpose", "action", "organization_type", "chosen_model", "metric", "answered_by", "reason", "content_kind",
            "hidden_reason");

    private static final Pattern LENGTH_CHECK = Pattern.compile("char_length\\(\\(?(\\w+)\\)?\\) <= (\\d+)");

    @Autowired JdbcTemplate jdbc;

    @Test
    void everyTypedColumnHasALimitNoLargerThanTheColumn() throws Exception {
        var declared = declaredTextColumns();
        var columns = databaseTextColumns();
        var problems = new ArrayList<String>();

        declared.forEach((key, limit) -> {
            var held = columns.get(key);
            if (held == null) {
                problems.add(limit + " is declared, but the database has no such text column");
            } else if (held < limit.max()) {
                problems.add(limit + " accepts more than its column holds (" + held + ")");
            }
        });
        FILLED_FROM.forEach((column, source) -> {
            if (!declared.containsKey(source)) {
                problems.add(column + " is said to be filled from " + source + ", which declares no limit");
            } else if (columns.containsKey(column) && columns.get(column) < declared.get(source).max()) {
                problems.add(column + " holds fewer characters than " + declared.get(source) + " it is filled from");
            }
        });
        columns.keySet().stream().sorted().forEach(column -> {
            var name = column.substring(column.indexOf('.') + 1);
            if (!declared.containsKey(column) && !FILLED_FROM.containsKey(column) && !WRITTEN_BY_THE_PLATFORM.containsKey(column)
                    && !CODE_COLUMNS.contains(name)) {
                problems.add(column + " (" + columns.get(column) + ") has no declared limit: declare a TextColumn, or say who writes it");
            }
        });
        for (var listed : concat(WRITTEN_BY_THE_PLATFORM.keySet(), FILLED_FROM.keySet())) {
            if (!columns.containsKey(listed)) {
                problems.add(listed + " is listed here but is no text column any more");
            }
        }
        assertThat(problems).as("text columns and their limits").isEmpty();
        assertThat(declared).as("the limits found").hasSizeGreaterThan(20);
    }

    /** Each text column of the platform's tables (not the framework's), with the most characters it holds. */
    private Map<String, Integer> databaseTextColumns() {
        var checks = new HashMap<String, Integer>();
        jdbc.query("""
                select rel.relname, pg_get_constraintdef(con.oid) from pg_constraint con join pg_class rel on rel.oid = con.conrelid
                join pg_namespace ns on ns.oid = rel.relnamespace where ns.nspname = current_schema() and con.contype = 'c'""",
                row -> {
                    var matcher = LENGTH_CHECK.matcher(row.getString(2));
                    while (matcher.find()) {
                        checks.put(row.getString(1) + "." + matcher.group(1), Integer.parseInt(matcher.group(2)));
                    }
                });
        var columns = new HashMap<String, Integer>();
        jdbc.query("""
                select table_name, column_name, data_type, character_maximum_length from information_schema.columns
                where table_schema = current_schema() and data_type in ('character varying', 'text')
                and table_name not like 'event_publication%' and table_name <> 'flyway_schema_history'""", row -> {
            var key = row.getString(1) + "." + row.getString(2);
            var length = row.getObject(4) == null ? checks.getOrDefault(key, Integer.MAX_VALUE) : row.getInt(4);
            columns.put(key, length);
        });
        return columns;
    }

    /** Every {@code static final TextColumn} of the platform's classes, by table and column. */
    private static Map<String, TextColumn> declaredTextColumns() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true; // interfaces declare columns too (ContentReports.COMMENT)
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        var declared = new HashMap<String, TextColumn>();
        for (var candidate : scanner.findCandidateComponents("org.alliances")) {
            if (candidate.getBeanClassName().endsWith("Tests")) {
                continue; // tests declare columns of their own to try the checks
            }
            var type = ClassUtils.forName(candidate.getBeanClassName(), TextColumnsTests.class.getClassLoader());
            for (var field : type.getDeclaredFields()) {
                if (field.getType() == TextColumn.class && Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    var limit = (TextColumn) field.get(null);
                    var previous = declared.put(limit.table() + "." + limit.column(), limit);
                    assertThat(previous == null || previous.equals(limit)).as("two limits for " + limit).isTrue();
                }
            }
        }
        return declared;
    }

    private static List<String> concat(java.util.Collection<String> first, java.util.Collection<String> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
