/**
 * Shared kernel: the typology of partnerships, the territory, the themes and the organisations that every module speaks of.
 * <p>
 * Small and stable, with no event listeners; every other module may depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.alliances.kernel;
