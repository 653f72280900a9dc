/**
 * The life of a partnership: its stages, its journey across the cooperation models, its contributions and its double impact.
 * <p>
 * The module's base package is its API: {@link org.alliances.partnerships.PartnershipService}, the lifecycle as data
 * ({@link org.alliances.partnerships.Lifecycle}, {@link org.alliances.partnerships.Path}), the events it publishes
 * ({@code PartnershipStarted}, {@code PartnershipStageChanged}, {@code PartnershipModelEvolved}, {@code PartnershipClosed},
 * {@code PartnershipLeftIdle}) and the values it returns. It listens to {@code MatchConfirmed} (a confirmed match opens a
 * partnership) and to {@code DiagnosisCompleted} (each partner's maturity, for journey advice).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnerships")
@NullMarked
package org.alliances.partnerships;

import org.jspecify.annotations.NullMarked;
