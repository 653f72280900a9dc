package org.alliances.notifications.internal;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Whether each member's e-mails about a new message carry its text; they do until the member says otherwise. */
@Component
public class MessageTextChoices {

    private final JdbcTemplate jdbc;

    MessageTextChoices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean withText(UUID accountId) {
        return jdbc.queryForList("select with_text from notifications_message_text where account_id = ?", Boolean.class, accountId).stream()
                .findFirst().orElse(true);
    }

    public void choose(UUID accountId, boolean withText) {
        jdbc.update("insert into notifications_message_text (account_id, with_text) values (?, ?) on conflict (account_id) do update "
                + "set with_text = excluded.with_text", accountId, withText);
    }
}
