package org.alliances.conversations;

import org.jspecify.annotations.Nullable;

/**
 * A line of "Messages": the conversation, the partner's name, what it is about (the need's title or the partnership's
 * model), its last message and how many messages the member has not read.
 */
public record ConversationSummary(Conversation conversation, String partnerName, String about, @Nullable Message lastMessage,
                                  long unread) {
}
