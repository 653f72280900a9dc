/** The partnership screens: "Mes partenariats", declaring an existing partnership, one partnership's page. */
package org.alliances.partnerships.ui;
