package org.alliances.kernel;

import java.util.List;
import java.util.function.Consumer;

import org.alliances.kernel.internal.RegisteredOrganization;
import org.alliances.kernel.internal.RegisteredOrganizations;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces again every organisation as {@link OrganizationRegistered} would today (its current type, commune and
 * status, its registration date). A read model rebuilt from scratch (the observatory) replays them instead of reading
 * the kernel's table. Ids and codes only, like the events themselves.
 */
@Service
public class OrganizationReplay {

    private static final int PAGE_SIZE = 500;

    private final RegisteredOrganizations organizations;
    private final TransactionTemplate readOnly;

    OrganizationReplay(RegisteredOrganizations organizations, PlatformTransactionManager transactions) {
        this.organizations = organizations;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void replay(Consumer<Object> events) {
        boolean more = true;
        for (int page = 0; more; page++) {
            var request = PageRequest.of(page, PAGE_SIZE, Sort.by("id"));
            var batch = readOnly.execute(status -> {
                var organizationPage = organizations.findAll(request);
                return new Batch(organizationPage.stream().map(RegisteredOrganization::registration)
                        .map(Object.class::cast).toList(), organizationPage.hasNext());
            });
            batch.events().forEach(events);
            more = batch.more();
        }
    }

    private record Batch(List<Object> events, boolean more) {
    }
}
