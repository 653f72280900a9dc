/**
 * Reports and moderation: members report a need, a resource or a partner profile with a reason; a content reported by
 * three organisations is hidden until an admin decides; admins hide (the author is told why and may ask for a review),
 * dismiss or restore. Each module hides its own contents through the kernel's {@code ModeratedContent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation")
@NullMarked
package org.alliances.moderation;

import org.jspecify.annotations.NullMarked;
