/** The page "Mes données". */
@NullMarked
package org.alliances.privacy.ui;

import org.jspecify.annotations.NullMarked;
