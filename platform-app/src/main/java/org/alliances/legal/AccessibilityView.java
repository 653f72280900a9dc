package org.alliances.legal;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.alliances.kernel.ui.LegalLinks;

/**
 * "Accessibilité": the accessibility statement following the RGAA template — the compliance status (not compliant
 * until a full audit), what the automated checks cover, the content known not to be accessible, how to say so and the
 * recourse to the Défenseur des droits.
 */
@Route(LegalLinks.ACCESSIBILITY)
@AnonymousAllowed
class AccessibilityView extends LegalPage {

    AccessibilityView(LegalSettings settings) {
        super("legal.accessibility.title");
        Object[] facts = {given(settings.publisher()), given(settings.contactEmail())};
        section("legal.accessibility.commitment", facts, "legal.accessibility.commitment.text");
        section("legal.accessibility.status", facts, "legal.accessibility.status.text");
        section("legal.accessibility.tests", facts, "legal.accessibility.tests.text");
        var gaps = section("legal.accessibility.gaps", facts, "legal.accessibility.gaps.text");
        list(gaps, facts, "legal.accessibility.gap.phone", "legal.accessibility.gap.audit");
        section("legal.accessibility.made", facts, "legal.accessibility.made.text");
        section("legal.accessibility.contact", facts, "legal.accessibility.contact.text");
        var recourse = section("legal.accessibility.recourse", facts, "legal.accessibility.recourse.text");
        list(recourse, facts, "legal.accessibility.recourse.form", "legal.accessibility.recourse.delegate",
                "legal.accessibility.recourse.phone", "legal.accessibility.recourse.mail");
    }
}
