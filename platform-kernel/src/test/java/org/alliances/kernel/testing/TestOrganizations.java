package org.alliances.kernel.testing;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.Sector;
import org.alliances.kernel.SizeBand;
import org.alliances.kernel.Territories;
import org.alliances.kernel.TerritoryLevel;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Organisations registered through the kernel, each with a login a test signs in with, for a module's tests that
 * run without the application's accounts: it is also the {@link CurrentOrganization} those tests see, the
 * organisation of the signed-in login.
 */
public class TestOrganizations implements CurrentOrganization {

    public static final String ASSOCIATION = "association.member@test.alliances.fr";
    public static final String COMPANY = "company.member@test.alliances.fr";
    public static final String LOCAL_AUTHORITY = "authority.member@test.alliances.fr";
    public static final String ADMIN = SignIn.ADMIN;

    private final OrganizationService organizations;
    private final Territories territories;
    private final Map<String, UUID> organizationOfLogin = new ConcurrentHashMap<>();

    public TestOrganizations(OrganizationService organizations, Territories territories) {
        this.organizations = organizations;
        this.territories = territories;
    }

    /** The association, the company and the Rhône's local authority every test may share, registered on first use. */
    public synchronized void ensureExist() {
        if (organizationOfLogin.containsKey(ASSOCIATION)) {
            return;
        }
        register(ASSOCIATION, OrganizationRegistration.association("Association de test", TestData.rna(), "69123"));
        register(COMPANY, OrganizationRegistration.company("Entreprise de test", TestData.siren(), "69266", Sector.TRADE, SizeBand.SMALL));
        var rhone = territories.territory(TerritoryLevel.DEPARTMENT, "69").orElseThrow();
        register(LOCAL_AUTHORITY, OrganizationRegistration.localAuthority(rhone, "69123"));
        register(ADMIN, OrganizationRegistration.association("Équipe de curation", TestData.rna(), "69123"));
    }

    /** Registers a new association with a login of its own; returns the login. */
    public String newAssociation(String name, String communeCode) {
        return register(TestData.email("association"), OrganizationRegistration.association(name, TestData.rna(), communeCode));
    }

    /** Registers a new company with a login of its own; returns the login. */
    public String newCompany(String name, String communeCode) {
        return register(TestData.email("company"),
                OrganizationRegistration.company(name, TestData.siren(), communeCode, Sector.MANUFACTURING, SizeBand.MEDIUM));
    }

    public UUID organizationOf(String login) {
        var id = organizationOfLogin.get(login);
        if (id == null) {
            throw new IllegalArgumentException("No test organisation for " + login);
        }
        return id;
    }

    @Override
    public Optional<Organization> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.ofNullable(organizationOfLogin.get(authentication.getName())).flatMap(organizations::find);
    }

    private String register(String login, OrganizationRegistration registration) {
        organizationOfLogin.put(login, organizations.register(registration).id());
        return login;
    }

    /** Acts as this login in the current thread, as a login would. */
    public static void signIn(String login, String role) {
        SignIn.as(login, role);
    }

    public static void signOut() {
        SignIn.out();
    }

    public static void asAdmin(Runnable action) {
        SignIn.asAdmin(action);
    }
}
