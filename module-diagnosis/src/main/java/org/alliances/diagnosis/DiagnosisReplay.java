package org.alliances.diagnosis;

import java.util.Optional;
import java.util.function.Consumer;

import org.alliances.diagnosis.internal.Diagnoses;
import org.alliances.diagnosis.internal.Diagnosis;
import org.alliances.kernel.DomainEvent;
import org.alliances.kernel.PagedReplay;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Announces again, from this module's own tables, every completed diagnosis as {@link DiagnosisCompleted} said it,
 * oldest first. A read model rebuilt from scratch (the observatory) replays them instead of reading these tables.
 */
@Service
public class DiagnosisReplay {

    private final Diagnoses diagnoses;
    private final PagedReplay pages;

    DiagnosisReplay(Diagnoses diagnoses, PlatformTransactionManager transactions) {
        this.diagnoses = diagnoses;
        this.pages = new PagedReplay(transactions);
    }

    public void replay(Consumer<DomainEvent> events) {
        pages.replay(diagnoses::findAll, Sort.by("completedAt", "id"),
                page -> page.stream().map(Diagnosis::completion).flatMap(Optional::stream).toList(), events);
    }
}
