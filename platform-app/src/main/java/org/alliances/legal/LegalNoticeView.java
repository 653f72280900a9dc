package org.alliances.legal;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.alliances.kernel.ui.LegalLinks;

/** "Mentions légales": who publishes the platform, who answers for it, who hosts it. */
@Route(LegalLinks.NOTICE)
@AnonymousAllowed
class LegalNoticeView extends LegalPage {

    LegalNoticeView(LegalSettings settings) {
        super("legal.notice.title");
        Object[] operator = {given(settings.publisher()), given(settings.publisherAddress()), given(settings.publisherIdentifier()),
                given(settings.director()), given(settings.contactEmail()), given(settings.host()), given(settings.hostAddress())};
        section("legal.notice.publisher", operator, "legal.notice.publisher.text", "legal.notice.director.text", "legal.notice.contact.text");
        section("legal.notice.host", operator, "legal.notice.host.text");
        section("legal.notice.content", operator, "legal.notice.content.text", "legal.notice.typology.text");
        section("legal.notice.data", operator, "legal.notice.data.text");
    }
}
