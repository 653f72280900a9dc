/**
 * Accounts behind their facade: stored members, the security configuration, login attempts and the password policy.
 */
@NullMarked
package org.alliances.accounts.internal;

import org.jspecify.annotations.NullMarked;
