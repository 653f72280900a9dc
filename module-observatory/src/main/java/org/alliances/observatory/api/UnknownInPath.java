package org.alliances.observatory.api;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A part of an address that names nothing: answered with a fixed message and the values that would have worked, never
 * with what was typed (an answer that echoes its input can carry a script).
 */
class UnknownInPath extends NoSuchElementException {

    private final String what;
    private final List<String> valid;

    UnknownInPath(String what, List<String> valid) {
        super("Unknown " + what);
        this.what = what;
        this.valid = List.copyOf(valid);
    }

    /** The body of a 404 for any element not found: the kind and its valid values when known, never the input. */
    static Map<String, Object> body(NoSuchElementException unknown) {
        return unknown instanceof UnknownInPath path ? Map.of("error", "Unknown " + path.what, "valid", path.valid)
                : Map.of("error", "No such area or table");
    }
}
