package org.alliances.diagnosis;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.alliances.diagnosis.internal.Diagnoses;
import org.alliances.diagnosis.internal.Diagnosis;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces again, from this module's own tables, every completed diagnosis as {@link DiagnosisCompleted} said it,
 * oldest first. A read model rebuilt from scratch (the observatory) replays them instead of reading these tables.
 */
@Service
public class DiagnosisReplay {

    private static final int PAGE_SIZE = 500;

    private final Diagnoses diagnoses;
    private final TransactionTemplate readOnly;

    DiagnosisReplay(Diagnoses diagnoses, PlatformTransactionManager transactions) {
        this.diagnoses = diagnoses;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void replay(Consumer<Object> events) {
        boolean more = true;
        for (int page = 0; more; page++) {
            var request = PageRequest.of(page, PAGE_SIZE, Sort.by("completedAt", "id"));
            var batch = readOnly.execute(status -> {
                var diagnosisPage = diagnoses.findAll(request);
                return new Batch(diagnosisPage.stream().map(Diagnosis::completion).flatMap(Optional::stream)
                        .map(Object.class::cast).toList(), diagnosisPage.hasNext());
            });
            batch.events().forEach(events);
            more = batch.more();
        }
    }

    private record Batch(List<Object> events, boolean more) {
    }
}
