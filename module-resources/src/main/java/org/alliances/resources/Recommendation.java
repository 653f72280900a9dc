package org.alliances.resources;

import java.util.List;

/**
 * A resource recommended to an organisation, with why: each reason a message key and its parameters, each a message
 * key to translate too.
 */
public record Recommendation(Resource resource, List<Reason> reasons) {

    public record Reason(String messageKey, List<String> labelKeys) {
    }
}
