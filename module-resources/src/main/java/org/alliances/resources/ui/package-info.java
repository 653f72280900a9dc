/** The library's screens: search, a resource, "Pour vous", case studies, the proposal and curation forms, the CSV import. */
@NullMarked
package org.alliances.resources.ui;

import org.jspecify.annotations.NullMarked;
