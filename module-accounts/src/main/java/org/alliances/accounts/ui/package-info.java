/** The accounts screens: login, registration, local-authority requests, "Mon compte" and the admins' screens. */
@NullMarked
package org.alliances.accounts.ui;

import org.jspecify.annotations.NullMarked;
