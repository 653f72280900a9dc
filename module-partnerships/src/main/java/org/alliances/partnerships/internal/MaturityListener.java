package org.alliances.partnerships.internal;

import org.alliances.diagnosis.DiagnosisCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each organisation's latest maturity for journey advice. Idempotent: the same or an older diagnosis delivered
 * again changes nothing.
 */
@Component
class MaturityListener {

    private final Maturities maturities;

    MaturityListener(Maturities maturities) {
        this.maturities = maturities;
    }

    @ApplicationModuleListener
    void on(DiagnosisCompleted event) {
        var known = maturities.findById(event.organizationId());
        if (known.isEmpty()) {
            maturities.save(new StoredMaturity(event.organizationId(), event.maturityLevel(), event.completedAt()));
        } else if (known.get().follow(event.maturityLevel(), event.completedAt())) {
            maturities.save(known.get());
        }
    }
}
