package org.alliances.resources.internal;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/** Delivers events to the library's listeners in the test's thread, in a transaction, as many times as a test wishes. */
@TestComponent
public class LibraryListenersAccess {

    private final LibraryListeners listeners;
    private final TransactionTemplate transaction;

    LibraryListenersAccess(LibraryListeners listeners, TransactionTemplate transaction) {
        this.listeners = AopTestUtils.getUltimateTargetObject(listeners);
        this.transaction = transaction;
    }

    public void deliver(Object event) {
        transaction.executeWithoutResult(status -> {
            switch (event) {
                case org.alliances.diagnosis.DiagnosisCompleted completed -> listeners.on(completed);
                case org.alliances.partnerships.PartnershipStarted started -> listeners.on(started);
                case org.alliances.partnerships.PartnershipStageChanged changed -> listeners.on(changed);
                case org.alliances.partnerships.PartnershipModelEvolved evolved -> listeners.on(evolved);
                case org.alliances.partnerships.PartnershipClosed closed -> listeners.on(closed);
                default -> throw new IllegalArgumentException("No library listener for " + event);
            }
        });
    }
}
