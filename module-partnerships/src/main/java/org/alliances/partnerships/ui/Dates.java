package org.alliances.partnerships.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.alliances.kernel.Territories;

/** Dates as the partnership screens show them, in the user's language and the territories' time zone. */
final class Dates {

    private Dates() {
    }

    static String format(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String format(Instant instant, Locale locale) {
        return instant == null ? "" : format(LocalDate.ofInstant(instant, Territories.TIME_ZONE), locale);
    }
}
