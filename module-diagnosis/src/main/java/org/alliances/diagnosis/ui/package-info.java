/** The diagnosis screens: the wizard, the result, the history with sharing, and the side-by-side comparison. */
@NullMarked
package org.alliances.diagnosis.ui;

import org.jspecify.annotations.NullMarked;
