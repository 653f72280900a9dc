package org.alliances.matching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliances.kernel.Category;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Territories;
import org.alliances.kernel.Theme;
import org.alliances.matching.Contribution;
import org.alliances.matching.NeedForm;
import org.springframework.stereotype.Component;

/**
 * What a need and a company's partner profile must satisfy before anything is saved, every problem gathered field by
 * field with its message key.
 */
@Component
public class MatchingChecks {

    private final Territories territories;
    private final Clock clock;

    MatchingChecks(Territories territories, Clock clock) {
        this.territories = territories;
        this.clock = clock;
    }

    /** A need's form: a draft needs only its title; a need to publish needs every field. */
    public InvalidInputException.Collector need(NeedForm form, boolean complete) {
        var problems = new InvalidInputException.Collector();
        if (form.title() == null || form.title().isBlank()) {
            problems.add("title", "matching.need.title.required");
        } else {
            NeedForm.TITLE.check("title", form.title(), problems);
        }
        boolean descriptionFits = NeedForm.DESCRIPTION.check("description", form.description(), problems);
        if (descriptionFits && complete && (form.description() == null || form.description().isBlank())) {
            problems.add("description", "matching.need.description.required");
        }
        if (form.themes().size() > NeedForm.THEMES_MAX) {
            problems.add("themes", "matching.need.themes.too-many");
        } else if (complete && form.themes().isEmpty()) {
            problems.add("themes", "matching.need.themes.required");
        }
        if (complete && form.contribution() == null) {
            problems.add("contribution", "matching.need.contribution.required");
        }
        if (complete && form.models().isEmpty()) {
            problems.add("models", "matching.need.models.required");
        }
        if (form.communeCode() != null && territories.commune(form.communeCode()).isEmpty()
                || complete && form.communeCode() == null) {
            problems.add("commune", "matching.need.commune.required");
        }
        if (complete && form.reach() == null) {
            problems.add("reach", "matching.need.reach.required");
        }
        var today = LocalDate.now(clock);
        if (form.deadline() != null && form.deadline().isBefore(today)) {
            problems.add("deadline", "matching.need.deadline.past");
        } else if (form.deadline() != null && form.startDate() != null && form.deadline().isBefore(form.startDate())) {
            problems.add("deadline", "matching.need.deadline.before-start");
        }
        if (form.quantity() != null && form.quantity().signum() < 0) {
            problems.add("quantity", "matching.need.quantity.negative");
        } else if (form.quantity() != null && form.quantity().compareTo(NeedForm.QUANTITY_LARGEST) > 0) {
            problems.add("quantity", "matching.need.quantity.too-large");
        } else if (form.quantity() != null && form.contribution() != null && form.contribution().unit() == Contribution.Unit.NONE
                && form.quantity().signum() > 0) {
            problems.add("quantity", "matching.need.quantity.not-counted");
        }
        return problems;
    }

    /** A company's profile: themes, contributions (capacities not negative), known communes and targeted categories. */
    public InvalidInputException.Collector profile(Set<Theme> themes, Map<Contribution, Integer> contributions, Set<String> communeCodes,
                                                   List<Category> targets) {
        var problems = new InvalidInputException.Collector();
        if (themes.isEmpty()) {
            problems.add("themes", "matching.profile.themes.required");
        }
        if (contributions.isEmpty()) {
            problems.add("contributions", "matching.profile.contributions.required");
        } else if (contributions.values().stream().anyMatch(capacity -> capacity != null && capacity < 0)) {
            problems.add("contributions", "matching.profile.capacity.negative");
        }
        if (communeCodes.isEmpty() || communeCodes.stream().anyMatch(code -> territories.commune(code).isEmpty())) {
            problems.add("communes", "matching.profile.communes.required");
        }
        if (targets.isEmpty()) {
            problems.add("targets", "matching.profile.targets.required");
        }
        return problems;
    }
}
