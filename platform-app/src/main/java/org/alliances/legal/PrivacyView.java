package org.alliances.legal;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.alliances.kernel.Retention;
import org.alliances.kernel.ui.LegalLinks;

/**
 * "Politique de confidentialité": who is responsible, why each piece of data is processed and on what legal basis,
 * how long it is kept (the periods the nightly purges apply, read from {@link Retention}), who receives it, the
 * members' rights, and the only cookie.
 */
@Route(LegalLinks.PRIVACY)
@AnonymousAllowed
class PrivacyView extends LegalPage {

    PrivacyView(LegalSettings settings) {
        super("legal.privacy.title");
        Object[] facts = {given(settings.publisher()), given(settings.publisherAddress()), given(settings.contactEmail()),
                Retention.days(Retention.NOTIFICATIONS), Retention.days(Retention.LINKS_AFTER_USE), given(settings.host()),
                Retention.days(Retention.ARCHIVES), Retention.INACTIVE_ACCOUNTS.toDays() / 365,
                Retention.days(Retention.INACTIVITY_NOTICES.get(0)), Retention.days(Retention.INACTIVITY_NOTICES.get(1))};
        section("legal.privacy.controller", facts, "legal.privacy.controller.text");
        var purposes = section("legal.privacy.purposes", facts, "legal.privacy.purposes.text");
        list(purposes, facts, "legal.privacy.purpose.accounts", "legal.privacy.purpose.matching", "legal.privacy.purpose.partnerships",
                "legal.privacy.purpose.diagnosis", "legal.privacy.purpose.library", "legal.privacy.purpose.observatory",
                "legal.privacy.purpose.security", "legal.privacy.purpose.mail");
        var data = section("legal.privacy.data", facts, "legal.privacy.data.text");
        list(data, facts, "legal.privacy.data.account", "legal.privacy.data.organization", "legal.privacy.data.content",
                "legal.privacy.data.security");
        var retention = section("legal.privacy.retention", facts, "legal.privacy.retention.text");
        list(retention, facts, "legal.privacy.retention.account", "legal.privacy.retention.inactive", "legal.privacy.retention.notifications", "legal.privacy.retention.links", "legal.privacy.retention.archives",
                "legal.privacy.retention.login", "legal.privacy.retention.session", "legal.privacy.retention.journal",
                "legal.privacy.retention.log");
        section("legal.privacy.recipients", facts, "legal.privacy.recipients.text", "legal.privacy.transfers.text");
        var rights = section("legal.privacy.rights", facts, "legal.privacy.rights.text");
        list(rights, facts, "legal.privacy.right.access", "legal.privacy.right.rectify", "legal.privacy.right.erase",
                "legal.privacy.right.object", "legal.privacy.right.portability");
        rights.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("legal.privacy.rights.how", facts)));
        rights.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("legal.privacy.rights.cnil", facts)));
        var cookies = section("legal.privacy.cookies", facts, "legal.privacy.cookies.text");
        cookies.setId("cookies");
    }
}
