package org.alliances.matching.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Roles;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.TextLimits;
import org.alliances.matching.Interest;
import org.alliances.matching.Interest.InterestStatus;
import org.alliances.matching.MatchingService;
import org.alliances.kernel.ui.PhoneCards;

/**
 * Interests: an association answers those received on its needs (accept with the model chosen — a confirmed match —
 * or decline with an optional reason); a company follows those it expressed and their answers.
 */
@Route("interets")
@Menu(title = "menu.matching.interests", order = 23, icon = "vaadin:heart")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY})
class InterestsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Interest> interests = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Paragraph responseRate = new Paragraph();
    /** The dialog open, if any, for tests. */
    Dialog dialog;
    Select<CooperationModel> model;
    TextArea reason;
    Button confirm;

    private final MatchingService matching;
    private final boolean association;

    InterestsView(MatchingService matching, CurrentOrganization currentOrganization) {
        this.matching = matching;
        this.association = currentOrganization.require().type() == OrganizationType.ASSOCIATION;
        addClassName("page");
        var role = association ? "ASSOCIATION" : "COMPANY";
        add(new H1(getTranslation("matching.interests.title." + role)));
        empty.setText(getTranslation("matching.interests.empty." + role));
        var rate = matching.myResponseRate();
        responseRate.setText(rate.percent() < 0 ? getTranslation("matching.interests.rate.none")
                : getTranslation("matching.interests.rate." + role, rate.percent(), rate.answered(), rate.settled()));
        add(responseRate, new Paragraph(getTranslation("matching.interests.waiting",
                org.alliances.matching.internal.Deadlines.REMINDER_AFTER.toDays(), org.alliances.matching.internal.Deadlines.LAPSE_AFTER.toDays())));
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var cards = PhoneCards.of(interests);
        cards.text(interest -> dates.format(interest.expressedAt().atZone(org.alliances.kernel.Territories.TIME_ZONE)))
                .setHeader(getTranslation("matching.interests.date")).setAutoWidth(true).setFlexGrow(0);
        cards.text(Interest::needTitle).setHeader(getTranslation("matching.interests.need")).setFlexGrow(1);
        if (association) {
            cards.text(Interest::companyName).setHeader(getTranslation("matching.interests.company")).setFlexGrow(1);
        }
        cards.component(this::messageAndConversation).setHeader(getTranslation("matching.interests.message")).setFlexGrow(2);
        cards.text(interest -> getTranslation(interest.status().labelKey())
                + (interest.chosenModel() != null ? " — " + getTranslation(interest.chosenModel().labelKey()) : "")
                + (interest.declineReason() != null ? " — " + interest.declineReason() : ""))
                .setHeader(getTranslation("matching.interests.status")).setFlexGrow(1);
        if (association) {
            cards.component(this::answers).setWidth("15em").setFlexGrow(0);
        }
        cards.cards(getTranslation("matching.interests.card"));
        interests.setAllRowsVisible(true);
        interests.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(empty, interests);
        refresh();
    }

    /** The interest's message, and a link to its conversation with the partner (the conversations' page, reached by the interest). */
    private com.vaadin.flow.component.html.Div messageAndConversation(Interest interest) {
        var link = new com.vaadin.flow.component.html.Anchor("conversation/interet/" + interest.id(), getTranslation("matching.interests.conversation.open"));
        link.getElement().setAttribute("aria-label", getTranslation("matching.interests.conversation.aria", interest.needTitle()));
        return new com.vaadin.flow.component.html.Div(new com.vaadin.flow.component.html.Paragraph(interest.message() == null ? "" : interest.message()),
                new com.vaadin.flow.component.html.Paragraph(link));
    }

    private HorizontalLayout answers(Interest interest) {
        var buttons = new HorizontalLayout();
        if (interest.status() == InterestStatus.PENDING) {
            var accept = new Button(getTranslation("matching.interests.accept"), click -> openAccept(interest));
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            var decline = new Button(getTranslation("matching.interests.decline"), click -> openDecline(interest));
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(accept, decline);
        }
        return buttons;
    }

    void openAccept(Interest interest) {
        var need = matching.need(interest.needId()).orElseThrow();
        dialog = new Dialog(getTranslation("matching.interests.accept.title", interest.companyName()));
        model = new Select<>();
        model.setLabel(getTranslation("matching.interests.accept.model"));
        model.setWidth("22em");
        model.setItems(need.models().stream().sorted().toList());
        model.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        if (need.models().size() == 1) {
            model.setValue(need.models().iterator().next());
        }
        var errors = new FieldErrors().bind("model", model);
        confirm = new Button(getTranslation("matching.interests.accept.confirm"), click -> {
            errors.clear();
            try {
                matching.accept(interest.id(), model.getValue());
                dialog.close();
                Notification.show(getTranslation("matching.interests.accepted", interest.companyName()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(model, new HorizontalLayout(new Button(getTranslation("matching.interests.cancel"), click -> dialog.close()), confirm)));
        dialog.open();
    }

    void openDecline(Interest interest) {
        dialog = new Dialog(getTranslation("matching.interests.decline.title", interest.companyName()));
        reason = new TextArea(getTranslation("matching.interests.decline.reason"));
        TextLimits.limit(reason, Interest.DECLINE_REASON.max());
        reason.setWidthFull();
        var errors = new FieldErrors().bind("reason", reason);
        confirm = new Button(getTranslation("matching.interests.decline.confirm"), click -> {
            errors.clear();
            try {
                matching.decline(interest.id(), reason.getValue());
                dialog.close();
                Notification.show(getTranslation("matching.interests.declined"));
                refresh();
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
        dialog.add(new VerticalLayout(reason, new HorizontalLayout(new Button(getTranslation("matching.interests.cancel"), click -> dialog.close()), confirm)));
        dialog.setWidth("32em");
        dialog.open();
    }

    private void refresh() {
        var all = association ? matching.interestsReceived() : matching.myInterests();
        interests.setItems(all);
        interests.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.matching.interests") + " · " + getTranslation("app.name");
    }
}
