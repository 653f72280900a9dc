package org.alliances.conversations.ui;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.alliances.conversations.DocumentsChanged;
import org.alliances.conversations.MessageSent;
import org.alliances.kernel.OnEveryInstance;
import org.alliances.kernel.ui.OpenWindows;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The conversation windows open on this instance, so that a message sent reaches them without a reload (Vaadin server
 * push). A window registers only after the conversation was found for its member, so only the two organisations'
 * windows of that conversation are told; nobody else's. On several instances each one receives {@link MessageSent} and
 * {@link DocumentsChanged} (shared between them through Kafka) and refreshes its own windows: this class does not care where the message was
 * written.
 */
@Component
class LiveConversations implements DisposableBean {

    private final OpenWindows windows = new OpenWindows("conversation-push");

    /** Keeps the window told of the conversation's new messages until the returned registration is removed. */
    Registration watch(UUID conversationId, UI ui, Runnable refresh) {
        return windows.watch(conversationId, ui, refresh);
    }

    /** How many windows of the conversation are open on this instance. */
    int watching(UUID conversationId) {
        return windows.watching(conversationId);
    }

    /** Once the message is stored, every open window of its conversation shows it, on whichever instance. */
    @EventListener
    void on(OnEveryInstance<MessageSent> sent) {
        windows.changed(sent.event().conversationId());
    }

    /** Once a document is added or deleted, every open window of its conversation lists the documents again. */
    @EventListener
    void onDocuments(OnEveryInstance<DocumentsChanged> changed) {
        windows.changed(changed.event().conversationId());
    }

    @Override
    public void destroy() {
        windows.close();
    }
}
