package org.alliances.partnerships;

import java.util.List;

import org.alliances.kernel.CooperationModel;

/**
 * A next model to consider on the journey: a neighbour of the current model on the typology line, within reach or not
 * of both partners' maturity, with the reasons.
 */
public record ModelAdvice(CooperationModel model, boolean withinReach, List<Reason> reasons) {

    /** A sentence of the advice: a message key, and its parameters, each a message key to translate too. */
    public record Reason(String messageKey, List<String> labelKeys) {
    }
}
