package org.alliances.partnerships.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The latest maturity of each organisation, kept by {@link MaturityListener}. */
public interface Maturities extends JpaRepository<StoredMaturity, UUID> {
}
