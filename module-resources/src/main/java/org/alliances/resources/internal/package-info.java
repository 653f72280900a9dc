/**
 * The library behind its facades: stored resources, the French search defined in SQL and answered by an in-memory
 * index, recommendations, form checks and the CSV import.
 */
@NullMarked
package org.alliances.resources.internal;

import org.jspecify.annotations.NullMarked;
