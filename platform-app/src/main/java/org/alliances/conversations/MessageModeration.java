package org.alliances.conversations;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.alliances.kernel.ContentKind;
import org.alliances.kernel.ModeratedContent;
import org.alliances.kernel.ReportReason;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The messages the moderation can hide, when the partner who received one reports it: hidden, its text is read by
 * its author's organisation and the admins' queue only; the partner sees that a message was hidden.
 */
@Component
class MessageModeration implements ModeratedContent {

    private final ConversationStore store;

    MessageModeration(ConversationStore store) {
        this.store = store;
    }

    @Override
    public Set<ContentKind> kinds() {
        return Set.of(ContentKind.MESSAGE);
    }

    @Override
    public Optional<Summary> find(ContentKind kind, UUID id) {
        if (kind != ContentKind.MESSAGE) {
            return Optional.empty();
        }
        return store.message(id).map(message -> new Summary(kind, id, message.authorOrganizationId(),
                Summary.excerpt(message.body().lines().findFirst().orElse("")), Summary.excerpt(message.body()),
                "conversation/" + message.conversationId()));
    }

    @Override
    public void hide(ContentKind kind, UUID id, @Nullable ReportReason reason) {
        if (kind == ContentKind.MESSAGE) {
            store.hide(id, reason == null ? null : reason.name());
        }
    }
}
