package org.alliances.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses a command that cannot be carried out, saying which field is wrong and why, as message keys (with their
 * arguments, such as the most characters a field holds), so that a form shows each message next to its field. Nothing
 * is saved when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> problems;
    private final Map<String, List<Object>> arguments;

    public InvalidInputException(Map<String, String> problems) {
        this(problems, Map.of());
    }

    private InvalidInputException(Map<String, String> problems, Map<String, List<Object>> arguments) {
        super("Invalid input: " + problems);
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        this.arguments = Map.copyOf(arguments);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    /** Field name to message key, in the order they were found. */
    public Map<String, String> problems() {
        return problems;
    }

    /** The arguments of a field's message (none for most). */
    public Object[] arguments(String field) {
        return arguments.getOrDefault(field, List.of()).toArray();
    }

    /** Collects problems before deciding whether to throw. */
    public static final class Collector {
        private final Map<String, String> problems = new LinkedHashMap<>();
        private final Map<String, List<Object>> arguments = new LinkedHashMap<>();

        /** Adds a problem at a field that has none yet; the first problem of a field is the one shown. */
        public Collector add(String field, String messageKey, Object... messageArguments) {
            if (problems.putIfAbsent(field, messageKey) == null && messageArguments.length > 0) {
                arguments.put(field, List.of(messageArguments));
            }
            return this;
        }

        /** The problems collected so far, field to message key. */
        public Map<String, String> problems() {
            return Collections.unmodifiableMap(problems);
        }

        /** Takes back a problem found at a field (a taken address the answer must not reveal); whether it was there. */
        public boolean remove(String field, String messageKey) {
            arguments.remove(field);
            return problems.remove(field, messageKey);
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        /** The problems collected so far as an exception to throw, or to read. */
        public InvalidInputException toException() {
            return new InvalidInputException(problems, arguments);
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw toException();
            }
        }
    }
}
