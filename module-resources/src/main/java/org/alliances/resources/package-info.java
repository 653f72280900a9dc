/**
 * The curated library of guides, studies, trainings and case studies, with French full-text search.
 * <p>
 * The module's base package is its API: {@link org.alliances.resources.LibraryService} for members (search, read,
 * "Pour vous", proposals), {@link org.alliances.resources.CurationService} for curators (write, review, publish,
 * archive, import), the event {@code ResourcePublished} and the values they return. It listens to
 * {@code DiagnosisCompleted} and the partnerships' events (recommendations, case studies from closed partnerships).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resources")
@NullMarked
package org.alliances.resources;

import org.jspecify.annotations.NullMarked;
