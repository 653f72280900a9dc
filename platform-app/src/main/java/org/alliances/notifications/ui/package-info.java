/** The notifications screen: a member's notifications and how each kind reaches them. */
@NullMarked
package org.alliances.notifications.ui;

import org.jspecify.annotations.NullMarked;
