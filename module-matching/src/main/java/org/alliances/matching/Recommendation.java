package org.alliances.matching;

import java.util.List;
import java.util.UUID;

/**
 * A company recommended for a need, or a need recommended to a company: the score from 0 to 100 and the reasons
 * behind it, each a message key with its parameters (codes and names, translated by the screen).
 *
 * @param organizationId the company (for a need) or the association (for a company)
 */
public record Recommendation(UUID needId, String needTitle, UUID organizationId, String organizationName, int score,
                             List<Reason> reasons) {

    public Recommendation {
        reasons = List.copyOf(reasons);
    }

    /**
     * One factor that counted, said in the typology's words: a message whose parameters are first the message keys
     * of codes (a theme, a category, a model…), translated by the screen, then plain values (a capacity…).
     */
    public record Reason(String messageKey, List<String> labelKeys, List<String> values) {
        public Reason {
            labelKeys = List.copyOf(labelKeys);
            values = List.copyOf(values);
        }

        public Reason(String messageKey, List<String> labelKeys) {
            this(messageKey, labelKeys, List.of());
        }
    }
}
