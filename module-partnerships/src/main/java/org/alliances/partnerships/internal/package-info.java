/**
 * Partnerships behind their facade: the stored partnership and its history, contributions and measures, the journey
 * advice, reminders and the listeners.
 */
@NullMarked
package org.alliances.partnerships.internal;

import org.jspecify.annotations.NullMarked;
