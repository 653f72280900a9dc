package org.alliances.kernel;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The loop behind every module's replay: reads a table a page at a time, each page in a read-only transaction of its
 * own (never in the caller's, so a long replay holds nothing), and hands on what each page's rows announced.
 */
public final class PagedReplay {

    private static final int PAGE_SIZE = 500;

    private final TransactionTemplate readOnly;

    public PagedReplay(PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public <T> void replay(Function<Pageable, Page<T>> pages, Sort order, Function<List<T>, List<? extends DomainEvent>> announcements,
                           Consumer<DomainEvent> events) {
        boolean more = true;
        for (int number = 0; more; number++) {
            var request = PageRequest.of(number, PAGE_SIZE, order);
            var batch = readOnly.execute(status -> {
                var page = pages.apply(request);
                return new Batch(List.copyOf(announcements.apply(page.getContent())), page.hasNext());
            });
            batch.events().forEach(events);
            more = batch.more();
        }
    }

    private record Batch(List<? extends DomainEvent> events, boolean more) {
    }
}
