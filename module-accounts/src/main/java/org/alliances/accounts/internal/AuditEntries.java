package org.alliances.accounts.internal;

import java.util.Collection;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** The admins' journal: entries are added and read, never changed (no save of an existing entry, no delete). */
interface AuditEntries extends Repository<AuditEntry, UUID> {

    AuditEntry save(AuditEntry entry);

    Page<AuditEntry> findByActionInOrderBySeqDesc(Collection<AuditJournal.Action> actions, Pageable page);
}
