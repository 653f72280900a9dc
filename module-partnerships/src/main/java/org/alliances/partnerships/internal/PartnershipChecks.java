package org.alliances.partnerships.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Territories;
import org.alliances.partnerships.ContributionForm;
import org.alliances.partnerships.Declaration;
import org.alliances.partnerships.IndicatorForm;
import org.alliances.partnerships.MeasureUnit;
import org.alliances.partnerships.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a partner's input must satisfy before anything is saved: a declaration, a change's note and next step, an
 * outcome, a contribution, an impact measure. Each check gathers every problem, field by field, with its message key.
 */
@Component
public class PartnershipChecks {

    private final Territories territories;
    private final Clock clock;

    PartnershipChecks(Territories territories, Clock clock) {
        this.territories = territories;
        this.clock = clock;
    }

    /** A declaration, the partner found (of the other type, active) or not. */
    public InvalidInputException.Collector declaration(Declaration declaration, Optional<Organization> partner, OrganizationType myType) {
        var problems = new InvalidInputException.Collector();
        if (partner.isEmpty()) {
            problems.add("partner", "partnerships.declare.partner.required." + myType.name());
        }
        if (declaration.model() == null) {
            problems.add("model", "partnerships.declare.model.required");
        }
        if (declaration.communeCode() == null || territories.commune(declaration.communeCode()).isEmpty()) {
            problems.add("commune", "partnerships.declare.commune.required");
        }
        if (declaration.startedOn() == null) {
            problems.add("startedOn", "partnerships.declare.started.required");
        } else if (declaration.startedOn().isAfter(today())) {
            problems.add("startedOn", "partnerships.declare.started.future");
        }
        checkNote(declaration.note(), problems);
        return problems;
    }

    /** The note of a change of stage or model, and the date its next step is due (none, or not in the past). */
    public InvalidInputException.Collector change(@Nullable String note, @Nullable LocalDate nextStepDue) {
        var problems = new InvalidInputException.Collector();
        checkNote(note, problems);
        checkNextStep(nextStepDue, problems);
        return problems;
    }

    public InvalidInputException.Collector nextStep(@Nullable LocalDate due) {
        var problems = new InvalidInputException.Collector();
        checkNextStep(due, problems);
        return problems;
    }

    public InvalidInputException.Collector outcome(Outcome outcome) {
        var problems = new InvalidInputException.Collector();
        if (outcome.happened() == null) {
            problems.add("happened", "partnerships.outcome.happened.required");
        }
        if (outcome.satisfaction() == null || outcome.satisfaction() < 1 || outcome.satisfaction() > 5) {
            problems.add("satisfaction", "partnerships.outcome.satisfaction.required");
        }
        Outcome.BROUGHT.check("brought", outcome.brought(), problems);
        return problems;
    }

    /** A contribution; {@code partnerGiving} says whether it names one of the two partners. */
    public InvalidInputException.Collector contribution(ContributionForm form, boolean partnerGiving) {
        var problems = new InvalidInputException.Collector();
        if (form.kind() == null) {
            problems.add("kind", "partnerships.contribution.kind.required");
        }
        if (!partnerGiving) {
            problems.add("givenBy", "partnerships.contribution.given-by.required");
        }
        checkQuantity(form.amount(), form.kind() == null ? MeasureUnit.EUROS : form.kind().unit(), false, "amount", problems);
        if (form.kind() != null && form.kind().isEstimated() && (form.description() == null || form.description().isBlank())) {
            problems.add("description", "partnerships.contribution.description.required");
        } else {
            ContributionForm.DESCRIPTION.check("description", form.description(), problems);
        }
        checkDate(form.givenOn(), "givenOn", problems);
        return problems;
    }

    /** An impact measure: a known indicator in its own unit, or "other" with its name and unit. */
    public InvalidInputException.Collector indicator(IndicatorForm form) {
        var problems = new InvalidInputException.Collector();
        MeasureUnit unit = null;
        if (form.indicator() == null) {
            problems.add("indicator", "partnerships.indicator.required");
        } else if (form.indicator().isOther()) {
            if (form.label() == null || form.label().isBlank()) {
                problems.add("label", "partnerships.indicator.label.required");
            } else {
                IndicatorForm.LABEL.check("label", form.label(), problems);
            }
            if (form.unit() == null) {
                problems.add("unit", "partnerships.indicator.unit.required");
            }
            unit = form.unit();
        } else {
            unit = form.indicator().unit();
        }
        checkQuantity(form.value(), unit == null ? MeasureUnit.EUROS : unit, true, "value", problems);
        checkDate(form.measuredOn(), "measuredOn", problems);
        return problems;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void checkNote(@Nullable String note, InvalidInputException.Collector problems) {
        Declaration.NOTE.check("note", note, problems);
    }

    private void checkNextStep(@Nullable LocalDate due, InvalidInputException.Collector problems) {
        if (due != null && due.isBefore(today())) {
            problems.add("nextStep", "partnerships.next-step.past");
        }
    }

    private void checkDate(@Nullable LocalDate date, String field, InvalidInputException.Collector problems) {
        if (date == null) {
            problems.add(field, "partnerships.date.required");
        } else if (date.isAfter(today())) {
            problems.add(field, "partnerships.date.future");
        }
    }

    private static void checkQuantity(@Nullable BigDecimal quantity, MeasureUnit unit, boolean zeroAllowed, String field,
                                      InvalidInputException.Collector problems) {
        if (quantity == null) {
            problems.add(field, "partnerships.quantity.required");
        } else if (quantity.signum() < 0 || !zeroAllowed && quantity.signum() == 0) {
            problems.add(field, zeroAllowed ? "partnerships.quantity.negative" : "partnerships.quantity.not-positive");
        } else if (quantity.compareTo(unit.largest()) > 0) {
            problems.add(field, "partnerships.quantity.too-large." + unit.name());
        }
    }
}
