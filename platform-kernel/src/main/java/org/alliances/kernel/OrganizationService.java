package org.alliances.kernel;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliances.kernel.internal.RegisteredOrganization;
import org.alliances.kernel.internal.RegisteredOrganizations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers organisations and changes their status; the only way into the kernel's organisation table.
 * Identifiers are unique per type of organisation: one SIREN, one company.
 */
@Service
public class OrganizationService {

    private final RegisteredOrganizations organizations;
    private final Territories territories;
    private final Clock clock;

    OrganizationService(RegisteredOrganizations organizations, Territories territories, Clock clock) {
        this.organizations = organizations;
        this.territories = territories;
        this.clock = clock;
    }

    /**
     * Checks a registration field by field and returns the problems found (field name to message key), so that a
     * form can show them all at once before anything is saved.
     */
    @Transactional(readOnly = true)
    public InvalidInputException.Collector check(OrganizationRegistration registration) {
        var problems = new InvalidInputException.Collector();
        checkProfile(registration.type(), new OrganizationProfile(registration.name(), registration.communeCode(),
                registration.sector(), registration.sizeBand()), problems);
        var identifier = OrganizationIdentifiers.normalize(registration.identifier());
        OrganizationIdentifiers.problem(registration.type(), identifier).ifPresentOrElse(
                key -> problems.add("identifier", key),
                () -> {
                    if (organizations.existsByTypeAndIdentifier(registration.type(), identifier)) {
                        problems.add("identifier", "identifier.taken." + registration.type().name());
                    }
                });
        if (registration.type() == OrganizationType.LOCAL_AUTHORITY
                && (registration.territoryLevel() == null
                || territories.territory(registration.territoryLevel(), identifier).isEmpty())) {
            problems.add("territory", "organization.territory.required");
        }
        return problems;
    }

    private void checkProfile(OrganizationType type, OrganizationProfile profile, InvalidInputException.Collector problems) {
        if (profile.name() == null || profile.name().isBlank()) {
            problems.add("name", "organization.name.required");
        } else {
            OrganizationProfile.NAME.check("name", profile.name(), problems);
        }
        if (profile.communeCode() == null || territories.commune(profile.communeCode()).isEmpty()) {
            problems.add("commune", "organization.commune.required");
        }
        if (type == OrganizationType.COMPANY) {
            if (profile.sector() == null) {
                problems.add("sector", "organization.sector.required");
            }
            if (profile.sizeBand() == null) {
                problems.add("sizeBand", "organization.size.required");
            }
        }
    }

    /**
     * Changes what an association or a company says of itself; publishes OrganizationUpdated when something changed.
     * Callers check that the member acts for this organisation.
     *
     * @throws InvalidInputException with every problem found; nothing is saved then
     */
    @Transactional
    public Organization updateProfile(UUID id, OrganizationProfile profile) {
        var organization = organizations.findById(id).orElseThrow(() -> new IllegalArgumentException("Unknown organization " + id));
        var type = organization.toOrganization().type();
        if (type != OrganizationType.ASSOCIATION && type != OrganizationType.COMPANY) {
            throw new IllegalArgumentException("Only associations and companies edit their profile");
        }
        var problems = new InvalidInputException.Collector();
        checkProfile(type, profile, problems);
        problems.throwIfAny();
        organization.updateProfile(profile, clock.instant());
        return organizations.save(organization).toOrganization();
    }

    /**
     * Registers an organisation; a local authority starts as pending until an admin approves it.
     *
     * @throws InvalidInputException with every problem found; nothing is saved then
     */
    @Transactional
    public Organization register(OrganizationRegistration registration) {
        check(registration).throwIfAny();
        var status = registration.type() == OrganizationType.LOCAL_AUTHORITY ? OrganizationStatus.PENDING : OrganizationStatus.ACTIVE;
        var organization = new RegisteredOrganization(registration,
                OrganizationIdentifiers.normalize(registration.identifier()), status, clock.instant());
        return organizations.save(organization).toOrganization();
    }

    @Transactional(readOnly = true)
    public Optional<Organization> find(UUID id) {
        return organizations.findById(id).map(RegisteredOrganization::toOrganization);
    }

    @Transactional(readOnly = true)
    public Optional<Organization> findByIdentifier(OrganizationType type, String identifier) {
        if (identifier == null || !OrganizationIdentifiers.TYPED.fits(identifier)) {
            return Optional.empty();
        }
        return organizations.findByTypeAndIdentifier(type, OrganizationIdentifiers.normalize(identifier))
                .map(RegisteredOrganization::toOrganization);
    }

    /**
     * Active organisations of a type found by their SIREN or RNA number, or by words of their name, at most
     * {@code limit}: how a partner finds another one.
     */
    @Transactional(readOnly = true)
    public java.util.List<Organization> search(OrganizationType type, String text, int limit) {
        if (text == null || text.isBlank() || !OrganizationProfile.NAME.fits(text)) {
            return java.util.List.of();
        }
        var byIdentifier = findByIdentifier(type, text).filter(found -> found.status() == OrganizationStatus.ACTIVE);
        if (byIdentifier.isPresent()) {
            return java.util.List.of(byIdentifier.get());
        }
        var escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return organizations.searchByName(type, escaped, org.springframework.data.domain.PageRequest.of(0, limit)).stream()
                .map(RegisteredOrganization::toOrganization).toList();
    }

    @Transactional(readOnly = true)
    public Map<UUID, Organization> findAll(Collection<UUID> ids) {
        return organizations.findAllById(ids).stream().map(RegisteredOrganization::toOrganization)
                .collect(Collectors.toMap(Organization::id, Function.identity()));
    }

    /**
     * Deletes an organisation: its name and identifier are erased, and {@link OrganizationDeleted} tells every module.
     * Callers check that the member is its responsable and have erased its members first.
     */
    @Transactional
    public void delete(UUID id) {
        var organization = organizations.findById(id).orElseThrow(() -> new IllegalArgumentException("Unknown organization " + id));
        organization.delete(clock.instant());
        organizations.save(organization);
    }

    @Transactional
    public Organization changeStatus(UUID id, OrganizationStatus status) {
        var organization = organizations.findById(id).orElseThrow(() -> new IllegalArgumentException("Unknown organization " + id));
        organization.changeStatus(status, clock.instant());
        return organizations.save(organization).toOrganization();
    }
}
