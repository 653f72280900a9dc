/**
 * "Mes données": a member downloads what the platform holds about them (and, as responsable, about their
 * organisation) as one archive, each module contributing its part through the kernel's {@code PersonalData}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
@NullMarked
package org.alliances.privacy;

import org.jspecify.annotations.NullMarked;
