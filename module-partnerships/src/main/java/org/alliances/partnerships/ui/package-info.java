/** The partnership screens: "Mes partenariats", declaring an existing partnership, one partnership's page. */
@NullMarked
package org.alliances.partnerships.ui;

import org.jspecify.annotations.NullMarked;
