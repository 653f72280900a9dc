/**
 * The notification centre behind its facade: stored notifications and channel choices, the listeners of the modules'
 * events, the mailer and the digest.
 */
@NullMarked
package org.alliances.notifications.internal;

import org.jspecify.annotations.NullMarked;
