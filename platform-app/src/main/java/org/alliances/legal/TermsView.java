package org.alliances.legal;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.alliances.kernel.ui.LegalLinks;

/** "Conditions d'utilisation": what the platform is for, what a member commits to, what may be moderated. */
@Route(LegalLinks.TERMS)
@AnonymousAllowed
class TermsView extends LegalPage {

    TermsView(LegalSettings settings) {
        super("legal.terms.title");
        Object[] facts = {given(settings.publisher()), given(settings.contactEmail())};
        section("legal.terms.purpose", facts, "legal.terms.purpose.text", "legal.terms.version.text");
        section("legal.terms.access", facts, "legal.terms.access.text", "legal.terms.account.text");
        var content = section("legal.terms.content", facts, "legal.terms.content.text");
        list(content, facts, "legal.terms.content.spam", "legal.terms.content.offensive", "legal.terms.content.off-topic",
                "legal.terms.content.personal", "legal.terms.content.unlawful");
        section("legal.terms.moderation", facts, "legal.terms.moderation.text");
        section("legal.terms.partnerships", facts, "legal.terms.partnerships.text");
        section("legal.terms.liability", facts, "legal.terms.liability.text", "legal.terms.changes.text", "legal.terms.law.text");
    }
}
