/**
 * What every module runs on: the embedded PostgreSQL when no database is configured, and the one clock of the
 * application.
 */
@NullMarked
package org.alliances.kernel.runtime;

import org.jspecify.annotations.NullMarked;
