package org.alliances;

import org.alliances.accounts.AccountService;
import org.alliances.accounts.AccountService.Credentials;
import org.alliances.accounts.EmailVerification;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.Sector;
import org.alliances.kernel.SizeBand;
import org.alliances.kernel.Territories;
import org.alliances.kernel.TerritoryLevel;
import org.alliances.kernel.testing.SignIn;
import org.alliances.kernel.testing.TestData;
import org.springframework.stereotype.Component;

/**
 * One member per role with a known e-mail (proven), created on first use, for tests that act as {@code @WithMockUser}
 * of that e-mail. The admin is the one created from configuration.
 */
@Component
public class TestMembers {

    public static final String ASSOCIATION = "association.member@test.alliances.fr";
    public static final String COMPANY = "company.member@test.alliances.fr";
    public static final String LOCAL_AUTHORITY = "authority.member@test.alliances.fr";
    public static final String ADMIN = SignIn.ADMIN;

    private final AccountService accounts;
    private final Territories territories;
    private final EmailVerification verification;

    TestMembers(AccountService accounts, Territories territories, EmailVerification verification) {
        this.accounts = accounts;
        this.territories = territories;
        this.verification = verification;
    }

    /** Marks a member's address proven, as following their confirmation link would. */
    public void proveEmail(String email) {
        var account = accounts.findByEmail(email).orElseThrow();
        asAdmin(() -> verification.confirmByAdmin(account.id()));
    }

    public synchronized void ensureExist() {
        if (accounts.findByEmail(ASSOCIATION).isPresent()) {
            return;
        }
        var credentials = (java.util.function.Function<String, Credentials>) email -> new Credentials(email, TestData.PASSWORD, TestData.PASSWORD);
        accounts.register(OrganizationRegistration.association("Association de test", TestData.rna(), "69123"), credentials.apply(ASSOCIATION));
        accounts.register(OrganizationRegistration.company("Entreprise de test", TestData.siren(), "69266", Sector.TRADE, SizeBand.SMALL),
                credentials.apply(COMPANY));
        var rhone = territories.territory(TerritoryLevel.DEPARTMENT, "69").orElseThrow();
        var authority = accounts.requestLocalAuthorityAccess(rhone, credentials.apply(LOCAL_AUTHORITY));
        asAdmin(() -> accounts.approve(authority.id()));
        proveEmail(ASSOCIATION);
        proveEmail(COMPANY);
        proveEmail(LOCAL_AUTHORITY);
    }

    /** Registers a new association with its own member, for tests that need an organisation of their own; returns the e-mail. */
    public String newAssociation(String name, String communeCode) {
        var email = TestData.email("association");
        accounts.register(OrganizationRegistration.association(name, TestData.rna(), communeCode),
                new Credentials(email, TestData.PASSWORD, TestData.PASSWORD));
        proveEmail(email);
        return email;
    }

    /** Registers a new company with its own member; returns the e-mail. */
    public String newCompany(String name, String communeCode) {
        var email = TestData.email("company");
        accounts.register(OrganizationRegistration.company(name, TestData.siren(), communeCode, Sector.MANUFACTURING, SizeBand.MEDIUM),
                new Credentials(email, TestData.PASSWORD, TestData.PASSWORD));
        proveEmail(email);
        return email;
    }

    /** Acts as this member in the current thread until {@link #signOut()}, as a login would. */
    public static void signIn(String email, String role) {
        SignIn.as(email, role);
    }

    public static void signOut() {
        SignIn.out();
    }

    public static void asAdmin(Runnable action) {
        SignIn.asAdmin(action);
    }
}
