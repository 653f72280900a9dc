package org.alliances.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses a command that cannot be carried out, saying which field is wrong and why, as message keys,
 * so that a form shows each message next to its field. Nothing is saved when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInputException(Map<String, String> problems) {
        super("Invalid input: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    /** Field name to message key. */
    public Map<String, String> problems() {
        return problems;
    }

    /** Collects problems before deciding whether to throw. */
    public static final class Collector {
        private final Map<String, String> problems = new LinkedHashMap<>();

        public Collector add(String field, String messageKey) {
            problems.putIfAbsent(field, messageKey);
            return this;
        }

        /** The problems collected so far, field to message key. */
        public Map<String, String> problems() {
            return java.util.Collections.unmodifiableMap(problems);
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
