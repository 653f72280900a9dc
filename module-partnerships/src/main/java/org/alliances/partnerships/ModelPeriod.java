package org.alliances.partnerships;

import java.time.LocalDate;

import org.alliances.kernel.CooperationModel;

/** A stretch of the journey: the model a partnership had from one date to the next (to null while current). */
public record ModelPeriod(CooperationModel model, LocalDate from, LocalDate to) {
}
