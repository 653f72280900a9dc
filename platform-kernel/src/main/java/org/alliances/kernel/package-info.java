/**
 * Shared kernel: the typology of partnerships, the territory, the themes and the organisations that every module speaks of.
 * <p>
 * Small and stable, with no event listeners; every other module may depend on it. It also holds what every module
 * runs on ({@code runtime}: the embedded PostgreSQL, the clock; {@code ui}: translations, the language switch, form
 * fields over reference data, SVG), the {@link org.alliances.kernel.DomainEvent} marker and the
 * {@link org.alliances.kernel.HttpAccessRules} a module contributes to security.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package org.alliances.kernel;

import org.jspecify.annotations.NullMarked;
