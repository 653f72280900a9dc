package org.alliances.resources;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Theme;

/** A resource of the library as a reader (or its curator) sees it. */
public record Resource(UUID id, ResourceStatus status, ResourceType type, Purpose purpose, String title, String summary,
                       String body, String source, String authors, Integer year, String licence, String url,
                       Set<OrganizationType> audiences, Set<Category> categories, Set<CooperationModel> models,
                       Set<Theme> themes, String communeCode, String departmentCode, String partnerTypes, LocalDate startedOn,
                       LocalDate endedOn, String resultsGeneralInterest, String resultsCompany, UUID proposedBy,
                       UUID partnershipId, LocalDate reviewOn, Instant updatedAt, Instant publishedAt) {

    public boolean isCaseStudy() {
        return type == ResourceType.CASE_STUDY;
    }

    /** The form to edit it with. */
    public ResourceForm toForm() {
        return new ResourceForm(type, purpose, title, summary, body, source, authors, year, licence, url, audiences, categories,
                models, themes, communeCode, partnerTypes, startedOn, endedOn, resultsGeneralInterest, resultsCompany, reviewOn);
    }
}
