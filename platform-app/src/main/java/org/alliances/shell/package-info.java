/**
 * The UI shell around every view: the main layout with its menu, "Mon espace" for each role, the page that presents
 * the typology of partnerships, and the error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
@NullMarked
package org.alliances.shell;

import org.jspecify.annotations.NullMarked;
