package org.alliances.moderation.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.TextLimits;
import org.alliances.moderation.Moderation;
import org.alliances.moderation.ModerationCase;

/**
 * "Contenus masqués": what the moderation hid of the member's organisation, and why; for each, a review asked once with
 * a message, which the admins find at the top of their queue.
 */
@Route("contenus-masques")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY, Roles.LOCAL_AUTHORITY})
class HiddenContentsView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph empty = new Paragraph();
    final Div contents = new Div();
    final List<HiddenCard> cards = new ArrayList<>();

    private final Moderation moderation;
    private final DateTimeFormatter dates;

    HiddenContentsView(Moderation moderation) {
        this.moderation = moderation;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        addClassName("page");
        empty.setText(getTranslation("moderation.mine.empty"));
        contents.setWidthFull();
        add(new H1(getTranslation("moderation.mine.title")), new Paragraph(getTranslation("moderation.mine.intro")), empty, contents);
        refresh();
    }

    void refresh() {
        contents.removeAll();
        cards.clear();
        var hidden = moderation.myHiddenContents();
        empty.setVisible(hidden.isEmpty());
        hidden.forEach(found -> {
            var card = new HiddenCard(found);
            cards.add(card);
            contents.add(card);
        });
    }

    /** One hidden content: why, and the request for a review. */
    class HiddenCard extends VerticalLayout {

        final TextArea message = new TextArea();
        final Button ask = new Button(getTranslation("moderation.review.ask"));

        HiddenCard(ModerationCase found) {
            addClassName("card");
            var why = found.status() == Moderation.CaseStatus.SUSPENDED ? getTranslation("moderation.mine.suspended")
                    : getTranslation("moderation.mine.hidden", getTranslation(found.hiddenReason().labelKey()));
            add(new H2(found.title() == null ? getTranslation("moderation.content.gone") : found.title()),
                    new Paragraph(getTranslation(found.kind().labelKey()) + " · " + why));
            if (found.decisionNote() != null) {
                add(new Paragraph(getTranslation("moderation.mine.note", found.decisionNote())));
            }
            if (found.reviewAskedAt() != null) {
                add(new Paragraph(getTranslation("moderation.mine.review-asked", dates.format(found.reviewAskedAt()))));
                return;
            }
            message.setLabel(getTranslation("moderation.review.message"));
            message.setWidthFull();
            TextLimits.limit(message, Moderation.REVIEW_MESSAGE.max());
            var errors = new FieldErrors().bind("message", message);
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ask.addClickListener(click -> {
                errors.clear();
                try {
                    moderation.askReview(found.id(), message.getValue());
                    Notification.show(getTranslation("moderation.review.sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                } catch (InvalidInputException refused) {
                    errors.show(refused, this);
                }
            });
            add(message, ask);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.mine.title") + " · " + getTranslation("app.name");
    }
}
