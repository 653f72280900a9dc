package org.alliances.accounts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.alliances.kernel.OrganizationService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every decision an admin takes on accounts — who, when, what, why — in a journal that admins read and filter,
 * and that nobody can edit: the entity is immutable and the table refuses updates and deletes.
 */
@Component
public class AuditJournal {

    /** What an admin decided. */
    public enum Action {
        ACCESS_APPROVED, ACCESS_REFUSED, ACCOUNT_DEACTIVATED, ACCOUNT_REACTIVATED, ADMIN_INVITED, EMAIL_CONFIRMED, JOIN_ACCEPTED,
        JOIN_REFUSED, ORGANIZATION_HANDED_OVER;

        public String labelKey() {
            return "journal.action." + name();
        }
    }

    public static final int PAGE_SIZE = 20;

    /** One line of the journal as admins read it: names resolved (an erased name reads as empty). */
    public record Line(Instant at, String actor, Action action, String account, String organization, @Nullable String reason) {
    }

    private final AuditEntries entries;
    private final UserAccounts accounts;
    private final OrganizationService organizations;
    private final Clock clock;

    AuditJournal(AuditEntries entries, UserAccounts accounts, OrganizationService organizations, Clock clock) {
        this.organizations = organizations;
        this.entries = entries;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Records a decision of the signed-in admin, in the transaction of the decision itself. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Action action, @Nullable UUID accountId, @Nullable UUID organizationId, @Nullable String reason) {
        var actor = accounts.findByLogin(SignedIn.name()).orElseThrow();
        entries.save(new AuditEntry(clock.instant(), actor.id(), action, accountId, organizationId, reason));
    }

    /** The journal, latest first, of the chosen actions (all when none is chosen), {@link #PAGE_SIZE} a page. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<Line> lines(Set<Action> actions, int page) {
        return lines(actions, page, PAGE_SIZE);
    }

    /** The same, a page of the given size (a grid asks for its own). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<Line> lines(Set<Action> actions, int page, int size) {
        var chosen = actions.isEmpty() ? EnumSet.allOf(Action.class) : EnumSet.copyOf(actions);
        var found = entries.findByActionInOrderBySeqDesc(chosen, PageRequest.of(page, size));
        var ids = new HashSet<UUID>();
        found.forEach(entry -> {
            ids.add(entry.actorId());
            if (entry.accountId() != null) {
                ids.add(entry.accountId());
            }
        });
        var emails = new HashMap<UUID, String>();
        accounts.findAllById(ids).forEach(account -> emails.put(account.id(), account.email()));
        var organizationNames = organizations.findAll(found.stream().map(AuditEntry::organizationId).filter(Objects::nonNull).toList());
        return found.map(entry -> new Line(entry.at(), emails.getOrDefault(entry.actorId(), ""), entry.action(),
                entry.accountId() == null ? "" : emails.getOrDefault(entry.accountId(), ""),
                entry.organizationId() == null || organizationNames.get(entry.organizationId()) == null ? ""
                        : organizationNames.get(entry.organizationId()).name(), entry.reason()));
    }
}
