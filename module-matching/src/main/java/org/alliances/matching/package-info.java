/**
 * Needs, partner profiles and explainable two-sided matching between associations and companies.
 * <p>
 * The module's base package is its API: {@link org.alliances.matching.MatchingService} (needs, profile,
 * recommendations, interests), the events it publishes ({@code NeedPublished}, {@code NeedClosed},
 * {@code InterestExpressed}, {@code InterestDeclined}, {@code MatchConfirmed}) and the values it returns. The scoring
 * is a pure model with named weights ({@code internal.MatchScoring}); a listener keeps each company's profile in step
 * with its latest {@code DiagnosisCompleted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
@NullMarked
package org.alliances.matching;

import org.jspecify.annotations.NullMarked;
