/**
 * Conversations between partners: every interest opens one between the company and the association, starting with the
 * interest's message; it carries on in the partnership the interest becomes (a partnership declared without an interest
 * opens its own). The members of the two organisations read and write; nobody else. A message sent is published as
 * {@link org.alliances.conversations.MessageSent} (ids only).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversations")
@NullMarked
package org.alliances.conversations;

import org.jspecify.annotations.NullMarked;
