package org.alliances.demo;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.Roles;
import org.alliances.kernel.runtime.Outbox;

/**
 * "Boîte d'envoi (démo)": the e-mails the demo would have sent (it has no mail host), the latest first, their links
 * clickable, so that whoever tries the platform can follow a confirmation, a reset or an invitation to the end.
 * Registered only in the demo profile ({@link DemoRoutes}).
 */
@Route(value = "admin/boite-d-envoi", registerAtStartup = false)
@Menu(title = "menu.admin.outbox", order = 93, icon = "vaadin:envelopes")
@RolesAllowed(Roles.ADMIN)
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    final Div mails = new Div();

    OutboxView(Outbox outbox) {
        addClassName("page");
        var dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Paris"));
        add(new H1(getTranslation("outbox.title")), new Paragraph(getTranslation("outbox.intro", Outbox.CAPACITY)), mails);
        var latest = outbox.latest();
        if (latest.isEmpty()) {
            mails.add(new Paragraph(getTranslation("outbox.empty")));
        }
        latest.forEach(mail -> {
            var card = new Div();
            card.addClassName("outbox-mail");
            card.add(new H2(mail.subject()), new Paragraph(getTranslation("outbox.to", mail.to(), dates.format(mail.at()))));
            var body = new Div();
            mail.text().lines().forEach(line -> body.add(line.startsWith("http://") || line.startsWith("https://")
                    ? new Anchor(line, line) : new Span(line), new Span("\n")));
            card.add(body);
            mails.add(card);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " · " + getTranslation("app.name");
    }
}
