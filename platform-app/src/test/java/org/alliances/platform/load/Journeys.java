package org.alliances.platform.load;

import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a virtual member does, by role, as the demo's members would: sign in, read "Mon espace", look at the possible
 * partners, search the library, open a partnership and record a contribution (associations and companies), read the
 * observatory (local authorities), then sign out. Between two screens the member reads (the think time).
 */
final class Journeys {

    static final String PASSWORD = "Alliances-demo-2026";

    enum Role { ASSOCIATION, COMPANY, LOCAL_AUTHORITY }

    private final HttpClient http;
    private final Recorder recorder;
    private final int thinkMillisMin;
    private final int thinkMillisMax;

    Journeys(HttpClient http, Recorder recorder, int thinkMillisMin, int thinkMillisMax) {
        this.http = http;
        this.recorder = recorder;
        this.thinkMillisMin = thinkMillisMin;
        this.thinkMillisMax = thinkMillisMax;
    }

    /** The role of the n-th virtual member: half associations, a third companies, the rest local authorities. */
    static Role roleOf(int user) {
        int slot = user % 20;
        return slot < 10 ? Role.ASSOCIATION : slot < 17 ? Role.COMPANY : Role.LOCAL_AUTHORITY;
    }

    /** A demo account of the role for the n-th virtual member (several members may share an account, as colleagues). */
    static String accountOf(int user) {
        int index = user / 20;
        return switch (roleOf(user)) {
            case ASSOCIATION -> index % 4 == 0 ? "association@demo.alliances.fr" : "association" + (1 + index % 30) + "@demo.alliances.fr";
            case COMPANY -> index % 3 == 0 ? "entreprise@demo.alliances.fr" : "entreprise" + (1 + index % 20) + "@demo.alliances.fr";
            case LOCAL_AUTHORITY -> index % 2 == 0 ? "collectivite@demo.alliances.fr" : "agent2.collectivite@demo.alliances.fr";
        };
    }

    /** One visit of the n-th member, from the login page to the logout; signs in and opens the screens, never stops half-way silently. */
    UiClient visit(int user, String base, boolean signOut) {
        var window = new UiClient(http, base, recorder);
        window.signIn(accountOf(user), PASSWORD);
        think();
        switch (roleOf(user)) {
            case ASSOCIATION, COMPANY -> {
                window.navigate("partenaires possibles", "partenaires");
                think();
                searchTheLibrary(window, "mécénat");
                think();
                window.navigate("mes partenariats", "mes-partenariats");
                think();
                openAPartnershipAndContribute(window, user);
            }
            case LOCAL_AUTHORITY -> {
                window.navigate("observatoire", "observatoire");
                think();
                searchTheLibrary(window, "territoire");
                think();
                window.navigate("les partenariats (typologie)", "partenariats");
            }
        }
        if (signOut) {
            think();
            window.signOut(window.require("the logout button",
                    node -> "vaadin-button".equals(node.tag()) && "Se déconnecter".equals(node.attribute("aria-label"))));
        }
        return window;
    }

    private void searchTheLibrary(UiClient window, String words) {
        window.navigate("bibliothèque", "ressources");
        think();
        var field = window.require("the library's search field", node -> "vaadin-text-field".equals(node.tag()));
        window.type("bibliothèque : recherche", field, words);
        window.click("bibliothèque : recherche", window.require("the search button",
                node -> "vaadin-button".equals(node.tag()) && "Chercher".equals(window.tree().text(node).strip())));
    }

    private void openAPartnershipAndContribute(UiClient window, int user) {
        List<String> links = window.tree().find(node -> "a".equals(node.tag()) && node.attribute("href") != null
                && node.attribute("href").startsWith("partenariat/")).stream().map(node -> node.attribute("href")).distinct().toList();
        if (links.isEmpty()) {
            return;
        }
        window.navigate("partenariat", links.get(user % links.size()));
        think();
        window.click("partenariat : onglet contributions", window.require("the contributions tab",
                node -> "button".equals(node.tag()) && "tab".equals(node.attribute("role")) && "Contributions".equals(window.tree().text(node).strip())));
        var add = window.require("the add button", node -> "vaadin-button".equals(node.tag()) && "Ajouter".equals(window.tree().text(node).strip()));
        if (add.attribute("disabled") != null || "true".equals(add.property("disabled"))) {
            return;
        }
        var kind = window.require("the kind", node -> "vaadin-select".equals(node.tag()) && "Nature".equals(node.property("label")));
        var money = window.tree().find(node -> "vaadin-select-item".equals(node.tag())).stream()
                .filter(item -> window.tree().text(item).strip().startsWith("Argent") || window.tree().text(item).contains("financ"))
                .findFirst().or(() -> window.tree().first(node -> "vaadin-select-item".equals(node.tag())))
                .orElseThrow(() -> new UiClient.JourneyFailed("no kind to choose"));
        think();
        window.type("partenariat : nature", kind, money.property("value"));
        window.type("partenariat : quantité", window.require("the amount",
                node -> "vaadin-big-decimal-field".equals(node.tag()) && "Quantité".equals(node.property("label"))), "150");
        window.type("partenariat : description", window.require("the description",
                node -> "vaadin-text-field".equals(node.tag()) && "Description".equals(node.property("label"))), "Test de charge");
        window.click("partenariat : ajouter une contribution", add);
        if (window.tree().first(node -> "vaadin-notification".equals(node.tag()) && "Contribution enregistrée.".equals(node.property("text"))).isEmpty()) {
            var said = window.tree().find(node -> node.property("errorMessage") != null && !node.property("errorMessage").isBlank()
                    || "vaadin-notification".equals(node.tag())).stream()
                    .map(node -> node.property("errorMessage") != null && !node.property("errorMessage").isBlank()
                            ? node.property("label") + ": " + node.property("errorMessage") : node.property("text"))
                    .toList();
            throw new UiClient.JourneyFailed("contribution not recorded, the screen said " + said);
        }
    }

    private void think() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(thinkMillisMin, thinkMillisMax + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UiClient.JourneyFailed("interrupted");
        }
    }
}
