/**
 * The observatory's read model: the projection of the modules' events into figures per area, applied once, and its
 * rebuild from the modules' replays.
 */
@NullMarked
package org.alliances.observatory.internal;

import org.jspecify.annotations.NullMarked;
