package org.alliances.matching.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The partner profiles of companies, by organisation id. */
public interface Profiles extends JpaRepository<StoredProfile, UUID> {
}
