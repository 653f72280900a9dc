/**
 * The diagnosis behind its facade: the stored diagnoses and their answers, the questionnaires read from their files,
 * the pure scoring, sharing consents and the PDF report.
 */
@NullMarked
package org.alliances.diagnosis.internal;

import org.jspecify.annotations.NullMarked;
