package org.alliances.resources;

import java.time.LocalDate;
import java.util.Set;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
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

    /** The longest title, summary and case-study text a form takes (the forms' fields say so too). */
    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 3000;
    public static final int TEXT_MAX = 3000;

    public ResourceForm {
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        models = models == null ? Set.of() : Set.copyOf(models);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }
}
