package org.alliances.observatory;

import java.util.Locale;
import java.util.Optional;

/**
 * A territory as the observatory names it: its level and INSEE code (SIREN for an EPCI), written as one key such as
 * {@code FR}, {@code R84}, {@code D69}, {@code E200046977} or {@code C69123} in addresses and in the read model.
 */
public record Area(AreaLevel level, String code) {

    public static final Area COUNTRY = new Area(AreaLevel.COUNTRY, "FR");

    public String key() {
        return level == AreaLevel.COUNTRY ? "FR" : level.prefix() + code;
    }

    /** The area of a key, when it is well formed (whether the territory exists is the caller's question). */
    public static Optional<Area> parse(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        var value = key.strip().toUpperCase(Locale.ROOT);
        if (value.equals("FR")) {
            return Optional.of(COUNTRY);
        }
        for (var level : AreaLevel.values()) {
            if (level != AreaLevel.COUNTRY && value.startsWith(level.prefix()) && value.length() > 1
                    && value.substring(1).matches("[0-9AB]{2,9}")) {
                return Optional.of(new Area(level, value.substring(1)));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return key();
    }
}
