package org.alliances.kernel;

import java.util.function.Consumer;

import org.alliances.kernel.internal.RegisteredOrganization;
import org.alliances.kernel.internal.RegisteredOrganizations;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Announces again every organisation as {@link OrganizationRegistered} would today (its current type, commune and
 * status, its registration date). A read model rebuilt from scratch (the observatory) replays them instead of reading
 * the kernel's table. Ids and codes only, like the events themselves.
 */
@Service
public class OrganizationReplay {

    private final RegisteredOrganizations organizations;
    private final PagedReplay pages;

    OrganizationReplay(RegisteredOrganizations organizations, PlatformTransactionManager transactions) {
        this.organizations = organizations;
        this.pages = new PagedReplay(transactions);
    }

    public void replay(Consumer<DomainEvent> events) {
        pages.replay(organizations::findAll, Sort.by("id"),
                page -> page.stream().map(RegisteredOrganization::registration).toList(), events);
    }
}
