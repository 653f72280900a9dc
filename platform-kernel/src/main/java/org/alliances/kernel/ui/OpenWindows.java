package org.alliances.kernel.ui;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The windows open on this instance that show something a change elsewhere must refresh (Vaadin server push): a
 * conversation's messages, a member's bell. A window is registered under the id of what it shows; a change of that id
 * refreshes it in its UI's lock, as the member who opened it (its security context), from a thread of its own (never
 * the changing member's, which holds its own UI).
 */
public final class OpenWindows implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpenWindows.class);

    private final Map<UUID, Set<Window>> windows = new ConcurrentHashMap<>();
    private final ExecutorService refresher;

    private record Window(UI ui, Runnable refresh) {
    }

    public OpenWindows(String threadName) {
        refresher = Executors.newSingleThreadExecutor(Thread.ofPlatform().name(threadName).daemon().factory());
    }

    /** Keeps the window told of changes of {@code id} until the returned registration is removed. */
    public Registration watch(UUID id, UI ui, Runnable refresh) {
        var window = new Window(ui, new DelegatingSecurityContextRunnable(refresh, SecurityContextHolder.getContext()));
        windows.computeIfAbsent(id, key -> ConcurrentHashMap.newKeySet()).add(window);
        return () -> windows.computeIfPresent(id, (key, open) -> {
            open.remove(window);
            return open.isEmpty() ? null : open;
        });
    }

    /** How many windows watch {@code id} on this instance. */
    public int watching(UUID id) {
        return windows.getOrDefault(id, Set.of()).size();
    }

    /** Refreshes every window that watches {@code id}. */
    public void changed(UUID id) {
        for (var window : windows.getOrDefault(id, Set.of())) {
            refresher.execute(() -> {
                try {
                    window.ui().access(window.refresh()::run);
                } catch (UIDetachedException closed) {
                    log.debug("A window closed before its refresh");
                }
            });
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
