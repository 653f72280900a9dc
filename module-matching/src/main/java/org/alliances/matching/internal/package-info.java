/**
 * Matching behind its facade: needs, profiles and interests as stored, the scoring model, the in-memory index that
 * scans the candidates, deadlines and the diagnosis listener.
 */
@NullMarked
package org.alliances.matching.internal;

import org.jspecify.annotations.NullMarked;
