package org.alliances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.alliances.accounts.AccountService;
import org.alliances.kernel.Roles;
import org.alliances.notifications.NotificationCenter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Who may open which route: every route of the application is in the table below, opened as a visitor and as each
 * role. A new route missing from the table fails the test, so that its access is decided on purpose.
 */
@SpringBootTest
@Import(TestSupport.class)
class AccessTableTests {

    @org.springframework.beans.factory.annotation.Autowired org.alliances.accounts.internal.AuditJournal journal;
    @org.springframework.beans.factory.annotation.Autowired org.alliances.accounts.EmailVerification verification;
    @org.springframework.beans.factory.annotation.Autowired org.alliances.accounts.Memberships memberships;
    @org.springframework.beans.factory.annotation.Autowired org.alliances.accounts.JoinRequestService joinRequests;

    enum Who { VISITOR, ASSOCIATION, COMPANY, LOCAL_AUTHORITY, ADMIN }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> MEMBERS = EnumSet.of(Who.ASSOCIATION, Who.COMPANY, Who.LOCAL_AUTHORITY, Who.ADMIN);
    static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);
    static final Set<Who> ORGANIZATIONS = EnumSet.of(Who.ASSOCIATION, Who.COMPANY, Who.LOCAL_AUTHORITY);
    static final Set<Who> ASSOCIATIONS = EnumSet.of(Who.ASSOCIATION);
    static final Set<Who> COMPANIES = EnumSet.of(Who.COMPANY);
    static final Set<Who> ASSOCIATIONS_AND_COMPANIES = EnumSet.of(Who.ASSOCIATION, Who.COMPANY);

    static final Map<String, Set<Who>> TABLE = Map.ofEntries(
            Map.entry("login", EVERYONE),
            Map.entry("mentions-legales", EVERYONE),
            Map.entry("confidentialite", EVERYONE),
            Map.entry("conditions-utilisation", EVERYONE),
            Map.entry("accessibilite", EVERYONE),
            Map.entry("conditions-utilisation/accepter", MEMBERS),
            Map.entry("mes-donnees", MEMBERS),
            Map.entry("moderation", ADMINS),
            Map.entry("contenus-masques", ORGANIZATIONS),
            Map.entry("mot-de-passe-oublie", EVERYONE),
            Map.entry("mot-de-passe/nouveau", EVERYONE),
            Map.entry("adresse/confirmer", EVERYONE),
            Map.entry("invitation", EVERYONE),
            Map.entry("inscription/rejoindre", EVERYONE),
            Map.entry("admin/rattachements", ADMINS),
            Map.entry("membres", MEMBERS),
            Map.entry("admin/journal", ADMINS),
            Map.entry("admin/boite-d-envoi", ADMINS),
            Map.entry("inscription/association", EVERYONE),
            Map.entry("inscription/entreprise", EVERYONE),
            Map.entry("inscription/collectivite", EVERYONE),
            Map.entry("partenariats", EVERYONE),
            Map.entry("donnees-ouvertes", EVERYONE),
            Map.entry("observatoire", EnumSet.of(Who.LOCAL_AUTHORITY, Who.ADMIN)),
            Map.entry("", MEMBERS),
            Map.entry("notifications", MEMBERS),
            Map.entry("mon-compte", MEMBERS),
            Map.entry("admin/demandes", ADMINS),
            Map.entry("admin/comptes", ADMINS),
            Map.entry("diagnostic", ORGANIZATIONS),
            Map.entry("diagnostic/resultat", ORGANIZATIONS),
            Map.entry("diagnostic/historique", ORGANIZATIONS),
            Map.entry("diagnostic/comparaison", ORGANIZATIONS),
            Map.entry("besoins", ASSOCIATIONS),
            Map.entry("besoins/edition", ASSOCIATIONS),
            Map.entry("besoin", ASSOCIATIONS_AND_COMPANIES),
            Map.entry("partenaires", ASSOCIATIONS_AND_COMPANIES),
            Map.entry("interets", ASSOCIATIONS_AND_COMPANIES),
            Map.entry("profil-partenaire", COMPANIES),
            Map.entry("mes-partenariats", ASSOCIATIONS_AND_COMPANIES),
            Map.entry("mes-partenariats/declarer", ASSOCIATIONS_AND_COMPANIES),
            Map.entry("partenariat", ASSOCIATIONS_AND_COMPANIES),
            Map.entry("messages", ASSOCIATIONS_AND_COMPANIES),
            Map.entry("conversation", ASSOCIATIONS_AND_COMPANIES),
            Map.entry("ressources", MEMBERS),
            Map.entry("ressource", MEMBERS),
            Map.entry("ressources/edition", MEMBERS),
            Map.entry("pour-vous", ORGANIZATIONS),
            Map.entry("etudes-de-cas", MEMBERS),
            Map.entry("curation", ADMINS),
            Map.entry("curation/import", ADMINS));

    @Autowired AccessAnnotationChecker checker;
    @Autowired AccountService accounts;
    @Autowired NotificationCenter notifications;

    @Test
    void everyRouteIsInTheTable() {
        assertThat(routes().keySet()).containsExactlyInAnyOrderElementsOf(TABLE.keySet());
    }

    @Test
    void eachRouteOpensForExactlyWhomTheTableSays() {
        var routes = routes();
        for (var route : TABLE.entrySet()) {
            var view = routes.get(route.getKey());
            for (var who : Who.values()) {
                Principal principal = who == Who.VISITOR ? null : () -> who.name().toLowerCase() + "@test.alliances.fr";
                boolean allowed = checker.hasAccess(view, principal, role -> who != Who.VISITOR && role.equals(who.name()));
                assertThat(allowed).as("%s opening /%s", who, route.getKey()).isEqualTo(route.getValue().contains(who));
            }
        }
    }

    @Test
    void theRoleNamesAreTheKernelsConstants() {
        assertThat(EnumSet.range(Who.ASSOCIATION, Who.ADMIN).stream().map(Enum::name).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Roles.ASSOCIATION, Roles.COMPANY, Roles.LOCAL_AUTHORITY, Roles.ADMIN);
    }

    @Test
    @WithMockUser(username = "association.member@test.alliances.fr", roles = "ASSOCIATION")
    void theServicesRefuseWhatTheViewsHide() {
        assertThatThrownBy(() -> accounts.pendingRequests()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.accounts("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.deactivate(java.util.UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> journal.lines(Set.of(), 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> verification.confirmByAdmin(java.util.UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> joinRequests.forAdmins()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> joinRequests.handOver(java.util.UUID.randomUUID(), "raison", java.util.Locale.FRENCH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aVisitorReachesNoMembers() {
        assertThatThrownBy(() -> memberships.members()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> memberships.invite("someone@example.fr", "client", java.util.Locale.FRENCH))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aVisitorCannotReadNotifications() {
        assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    static Map<String, Class<?>> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var result = new TreeMap<String, Class<?>>();
        for (var candidate : scanner.findCandidateComponents("org.alliances")) {
            try {
                var type = Class.forName(candidate.getBeanClassName());
                result.put(type.getAnnotation(Route.class).value(), type);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return result;
    }
}
