package org.alliances.conversations;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationService;
import org.alliances.matching.InterestOpenings;
import org.springframework.stereotype.Service;

/**
 * What the notifications say of a message sent, asked when {@link MessageSent} arrives or when an e-mail is due,
 * outside any member's request (hence no sign-in check): who wrote, from which organisation, about what, and whether
 * a member has read it since. What it returns goes only to the members of the message's recipient organisation.
 */
@Service
public class MessageNotices {

    /** A message as a notification tells it; {@code body} is empty when the moderation hid it. */
    public record Notice(UUID messageId, UUID conversationId, String authorName, String authorOrganizationName, String about, String body,
                         Instant sentAt) {
    }

    private final ConversationStore store;
    private final OrganizationService organizations;
    private final InterestOpenings openings;

    MessageNotices(ConversationStore store, OrganizationService organizations, InterestOpenings openings) {
        this.store = store;
        this.organizations = organizations;
        this.openings = openings;
    }

    public Optional<Notice> of(UUID messageId) {
        return store.message(messageId).flatMap(message -> store.find(message.conversationId()).map(conversation -> new Notice(message.id(),
                conversation.id(), message.authorName(), organizations.find(message.authorOrganizationId()).map(Organization::name)
                .orElse(Organization.DELETED_NAME), conversation.needId() == null ? "" : openings.needTitle(conversation.needId()).orElse(""),
                message.hidden() ? "" : message.body(), message.sentAt())));
    }

    /** Whether the member has read the conversation up to {@code sentAt} (opened it since the message came). */
    public boolean hasRead(UUID conversationId, UUID accountId, Instant sentAt) {
        return store.hasRead(conversationId, accountId, sentAt);
    }
}
