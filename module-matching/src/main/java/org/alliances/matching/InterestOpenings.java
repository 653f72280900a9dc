package org.alliances.matching;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What opens the conversation of an interest, for the module that keeps it: the interest's message and the need's
 * title. Asked when {@link InterestExpressed} arrives, outside any member's request (hence no sign-in check); what it
 * returns is shown only to the two organisations of the interest.
 */
@Service
public class InterestOpenings {

    /** The interest's message and the need's title, as the company and the association read them. */
    public record Opening(String needTitle, String message) {
    }

    private final JdbcTemplate jdbc;

    InterestOpenings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Opening> of(UUID interestId) {
        return jdbc.query("select n.title, i.message from matching_interest i join matching_need n on n.id = i.need_id where i.id = ?",
                (row, number) -> new Opening(row.getString(1), row.getString(2) == null ? "" : row.getString(2)), interestId).stream().findFirst();
    }

    /** What a partnership born of the need sets out to do, for its draft agreement: the need as the association wrote it. */
    public record NeedSummary(String title, String description, @Nullable LocalDate startDate, @Nullable LocalDate deadline) {
    }

    public Optional<NeedSummary> need(UUID needId) {
        return jdbc.query("select title, description, start_date, deadline from matching_need where id = ?",
                (row, number) -> new NeedSummary(row.getString(1), row.getString(2), row.getObject(3, LocalDate.class),
                        row.getObject(4, LocalDate.class)), needId).stream().findFirst();
    }

    /** The need's title, for a partnership born of it. */
    public Optional<String> needTitle(UUID needId) {
        return jdbc.queryForList("select title from matching_need where id = ?", String.class, needId).stream().findFirst();
    }
}
