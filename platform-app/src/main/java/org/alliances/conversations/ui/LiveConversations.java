package org.alliances.conversations.ui;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.alliances.conversations.MessageSent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The conversation windows open on this instance, so that a message sent reaches them without a reload (Vaadin server
 * push). A window registers only after the conversation was found for its member, so only the two organisations'
 * windows of that conversation are told; nobody else's. The refresh runs with the window's own member (its security
 * context), outside the sender's request. On several instances each one receives {@link MessageSent} (the events are
 * shared between them) and refreshes its own windows: this class does not care where the message was written.
 */
@Component
class LiveConversations implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveConversations.class);

    private final Map<UUID, Set<Window>> windows = new ConcurrentHashMap<>();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("conversation-push").daemon().factory());

    private record Window(UI ui, Runnable refresh) {
    }

    /**
     * Keeps the window told of the conversation's new messages until the returned registration is removed; the refresh
     * runs in the UI's lock, as the member who opened it.
     */
    Registration watch(UUID conversationId, UI ui, Runnable refresh) {
        var window = new Window(ui, new DelegatingSecurityContextRunnable(refresh, SecurityContextHolder.getContext()));
        windows.computeIfAbsent(conversationId, id -> ConcurrentHashMap.newKeySet()).add(window);
        return () -> windows.computeIfPresent(conversationId, (id, open) -> {
            open.remove(window);
            return open.isEmpty() ? null : open;
        });
    }

    /** How many windows of the conversation are open on this instance. */
    int watching(UUID conversationId) {
        return windows.getOrDefault(conversationId, Set.of()).size();
    }

    /** Once the message is stored, every open window of its conversation shows it. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(MessageSent sent) {
        changed(sent.conversationId());
    }

    /** Refreshes the conversation's open windows, from a thread of its own (never the writer's, which holds its own UI). */
    void changed(UUID conversationId) {
        for (var window : windows.getOrDefault(conversationId, Set.of())) {
            refresher.execute(() -> {
                try {
                    window.ui().access(window.refresh()::run);
                } catch (com.vaadin.flow.component.UIDetachedException closed) {
                    log.debug("A conversation window closed before its refresh");
                }
            });
        }
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
