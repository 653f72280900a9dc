package org.alliances.kernel.internal;

import java.util.Optional;
import java.util.UUID;

import org.alliances.kernel.OrganizationType;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisteredOrganizations extends JpaRepository<RegisteredOrganization, UUID> {

    Optional<RegisteredOrganization> findByTypeAndIdentifier(OrganizationType type, String identifier);

    boolean existsByTypeAndIdentifier(OrganizationType type, String identifier);
}
