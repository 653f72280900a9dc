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
        } else {
            ResourceForm.TITLE.check("title", form.title(), problems);
        }
        if (form.summary() == null || form.summary().isBlank()) {
            problems.add("summary", "resources.form.summary.required");
        } else {
            ResourceForm.SUMMARY.check("summary", form.summary(), problems);
        }
        ResourceForm.BODY.check("body", form.body(), problems);
        ResourceForm.SOURCE.check("source", form.source(), problems);
        ResourceForm.AUTHORS.check("authors", form.authors(), problems);
        ResourceForm.LICENCE.check("licence", form.licence(), problems);
        if (form.year() != null && (form.year() < 1900 || form.year() > LocalDate.now(clock).getYear() + 1)) {
            problems.add("year", "resources.form.year.range");
        }
        if (ResourceForm.URL.check("url", form.url(), problems) && form.url() != null && !form.url().isBlank()
                && !isWebAddress(form.url().strip())) {
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
        ResourceForm.PARTNER_TYPES.check("partnerTypes", form.partnerTypes(), problems);
        ResourceForm.RESULTS_GENERAL_INTEREST.check("resultsGeneralInterest", form.resultsGeneralInterest(), problems);
        ResourceForm.RESULTS_COMPANY.check("resultsCompany", form.resultsCompany(), problems);
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
