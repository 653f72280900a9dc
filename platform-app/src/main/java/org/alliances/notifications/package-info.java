/**
 * The notification centre: what happened that concerns a member, fed by the modules' events, shown under the bell,
 * and sent by e-mail at once or in a daily digest as each member chooses per kind.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
@NullMarked
package org.alliances.notifications;

import org.jspecify.annotations.NullMarked;
