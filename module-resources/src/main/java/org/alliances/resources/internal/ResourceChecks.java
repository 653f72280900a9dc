package org.alliances.resources.internal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Territories;
import org.alliances.resources.ResourceForm;
import org.alliances.resources.ResourceType;
import org.springframework.stereotype.Component;

/**
 * What a resource form must satisfy, field by field, whoever writes it (a member proposing, a curator, a CSV import),
 * and the département its commune lies in.
 */
@Component
public class ResourceChecks {

    private final Territories territories;
    private final Clock clock;

    ResourceChecks(Territories territories, Clock clock) {
        this.territories = territories;
        this.clock = clock;
    }

    /** Every problem of a form, field by field. */
    public InvalidInputException.Collector check(ResourceForm form) {
        var problems = new InvalidInputException.Collector();
        if (form.type() == null) {
            problems.add("type", "resources.form.type.required");
        }
        if (form.purpose() == null) {
            problems.add("purpose", "resources.form.purpose.required");
        }
        if (form.title() == null || form.title().isBlank()) {
            problems.add("title", "resources.form.title.required");
        } else if (form.title().strip().length() > ResourceForm.TITLE_MAX) {
            problems.add("title", "resources.form.title.too-long");
        }
        if (form.summary() == null || form.summary().isBlank()) {
            problems.add("summary", "resources.form.summary.required");
        } else if (form.summary().strip().length() > ResourceForm.SUMMARY_MAX) {
            problems.add("summary", "resources.form.summary.too-long");
        }
        if (form.year() != null && (form.year() < 1900 || form.year() > LocalDate.now(clock).getYear() + 1)) {
            problems.add("year", "resources.form.year.range");
        }
        if (form.url() != null && !form.url().isBlank() && !isWebAddress(form.url().strip())) {
            problems.add("url", "resources.form.url.invalid");
        }
        if (form.audiences().isEmpty()) {
            problems.add("audiences", "resources.form.audiences.required");
        }
        if (form.communeCode() != null && territories.commune(form.communeCode()).isEmpty()) {
            problems.add("commune", "resources.form.commune.unknown");
        }
        if (form.type() == ResourceType.CASE_STUDY) {
            if (form.communeCode() == null) {
                problems.add("commune", "resources.form.commune.required");
            }
            if (form.models().isEmpty()) {
                problems.add("models", "resources.form.models.required");
            }
            if (form.startedOn() != null && form.endedOn() != null && form.endedOn().isBefore(form.startedOn())) {
                problems.add("endedOn", "resources.form.ended.before-start");
            }
        }
        for (var text : new String[] {form.resultsGeneralInterest(), form.resultsCompany(), form.partnerTypes()}) {
            if (text != null && text.strip().length() > ResourceForm.TEXT_MAX) {
                problems.add("results", "resources.form.text.too-long");
            }
        }
        return problems;
    }

    private static boolean isWebAddress(String url) {
        try {
            var uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception notAnAddress) {
            return false;
        }
    }

    /** The département of the form's commune, kept with the resource for the facets and the map of case studies. */
    public String departmentOf(ResourceForm form) {
        return form.communeCode() == null ? null : territories.commune(form.communeCode()).map(commune -> commune.departmentCode()).orElse(null);
    }
}
