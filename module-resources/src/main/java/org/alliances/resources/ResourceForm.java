package org.alliances.resources;

import java.time.LocalDate;
import java.util.Set;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.TextColumn;
import org.alliances.kernel.Theme;

/**
 * What a curator (or a member proposing) writes about a resource; checked by the library before anything is saved. The case-study
 * fields ({@code communeCode}, {@code partnerTypes}, dates, results) matter for the type {@link ResourceType#CASE_STUDY}.
 */
public record ResourceForm(ResourceType type, Purpose purpose, String title, String summary, String body, String source,
                           String authors, Integer year, String licence, String url, Set<OrganizationType> audiences,
                           Set<Category> categories, Set<CooperationModel> models, Set<Theme> themes, String communeCode,
                           String partnerTypes, LocalDate startedOn, LocalDate endedOn, String resultsGeneralInterest,
                           String resultsCompany, LocalDate reviewOn) {

    private static final String TABLE = "resources_resource";

    public static final TextColumn TITLE = TextColumn.line(TABLE, "title", 300);
    public static final TextColumn SUMMARY = TextColumn.lines(TABLE, "summary", 3000);
    /** The body has no length of its own in PostgreSQL (a {@code text}, for full-text search): a check holds it to this. */
    public static final TextColumn BODY = TextColumn.lines(TABLE, "body", 50_000);
    public static final TextColumn SOURCE = TextColumn.line(TABLE, "source", 300);
    public static final TextColumn AUTHORS = TextColumn.line(TABLE, "authors", 500);
    public static final TextColumn LICENCE = TextColumn.line(TABLE, "licence", 200);
    public static final TextColumn URL = TextColumn.line(TABLE, "url", 1000);
    public static final TextColumn PARTNER_TYPES = TextColumn.line(TABLE, "partner_types", 200);
    public static final TextColumn RESULTS_GENERAL_INTEREST = TextColumn.lines(TABLE, "results_general_interest", 3000);
    public static final TextColumn RESULTS_COMPANY = TextColumn.lines(TABLE, "results_company", 3000);

    public ResourceForm {
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        models = models == null ? Set.of() : Set.copyOf(models);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }
}
