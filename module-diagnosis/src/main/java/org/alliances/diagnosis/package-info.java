/**
 * Maturity self-diagnosis of an organisation: where it stands and which partnership categories and cooperation models suit it.
 * <p>
 * The module's base package is its API: {@link org.alliances.diagnosis.DiagnosisService} (take, complete, read and
 * share a diagnosis), the event {@link org.alliances.diagnosis.DiagnosisCompleted}, and the values they return.
 * The questionnaires are data ({@code diagnosis/questionnaires/*.json}, one versioned file per type of organisation);
 * the scoring is a pure model ({@code internal.Scoring}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Diagnosis")
@NullMarked
package org.alliances.diagnosis;

import org.jspecify.annotations.NullMarked;
