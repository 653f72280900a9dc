package org.alliances.kernel.internal;

import java.util.Optional;
import java.util.UUID;

import org.alliances.kernel.OrganizationType;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisteredOrganizations extends JpaRepository<RegisteredOrganization, UUID> {

    Optional<RegisteredOrganization> findByTypeAndIdentifier(OrganizationType type, String identifier);

    boolean existsByTypeAndIdentifier(OrganizationType type, String identifier);

    /** Active organisations of a type whose name contains the words typed (case ignored), by name. */
    @org.springframework.data.jpa.repository.Query("select o from RegisteredOrganization o where o.type = :type and o.status = 'ACTIVE' "
            + "and lower(o.name) like lower(concat('%', :text, '%')) order by o.name")
    java.util.List<RegisteredOrganization> searchByName(OrganizationType type, String text,
                                                        org.springframework.data.domain.Pageable page);
}
