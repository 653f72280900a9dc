/**
 * What every module runs on: the embedded PostgreSQL when no database is configured, the one clock of the
 * application, and the mailer.
 */
@NullMarked
package org.alliances.kernel.runtime;

import org.jspecify.annotations.NullMarked;
