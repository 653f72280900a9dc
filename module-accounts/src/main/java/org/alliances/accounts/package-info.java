/**
 * Members' accounts: registration of associations and companies, local-authority access requests approved by an
 * admin, login with lockout, and the security of every view and service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
@NullMarked
package org.alliances.accounts;

import org.jspecify.annotations.NullMarked;
