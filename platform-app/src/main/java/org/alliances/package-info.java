/** The Alliances application: the Boot application class that assembles the modules. */
@NullMarked
package org.alliances;

import org.jspecify.annotations.NullMarked;
