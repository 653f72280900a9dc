/** The admins' moderation queue and the authors' page of their hidden contents. */
@NullMarked
package org.alliances.moderation.ui;

import org.jspecify.annotations.NullMarked;
