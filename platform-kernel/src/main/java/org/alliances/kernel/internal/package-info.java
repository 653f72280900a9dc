/**
 * The kernel behind its API: registered organisations as stored, and the territory reference data loaded from its
 * files.
 */
@NullMarked
package org.alliances.kernel.internal;

import org.jspecify.annotations.NullMarked;
