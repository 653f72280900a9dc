package org.alliances.accounts.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.alliances.accounts.AccountService;
import org.alliances.accounts.JoinRequest;
import org.alliances.accounts.JoinRequestService;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.TextLimits;

/**
 * The open requests to join an organisation, each with its answers: accept, refuse with a reason, and for admins hand
 * the organisation over after checking. Shown to responsables in "Membres" and to admins in their own page.
 */
class JoinRequestList extends Div {

    final TextArea reason = new TextArea();
    Dialog dialog;
    private final JoinRequestService service;
    private final Supplier<List<JoinRequest>> requests;
    private final boolean admin;
    private final Runnable onAnswer;
    private final DateTimeFormatter dates;

    /** @param onAnswer what else to show again once a request is answered (the members' list) */
    JoinRequestList(JoinRequestService service, Supplier<List<JoinRequest>> requests, boolean admin, Runnable onAnswer) {
        this.service = service;
        this.onAnswer = onAnswer;
        this.requests = requests;
        this.admin = admin;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.of("Europe/Paris"));
        addClassName("members-list");
        refresh();
    }

    void refresh() {
        removeAll();
        var open = requests.get();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("join.requests.empty")));
        }
        open.forEach(request -> add(row(request)));
    }

    private Div row(JoinRequest request) {
        var row = new Div();
        row.addClassName("member-row");
        var who = new Span(request.name() + " · " + request.email());
        who.addClassName("member-name");
        var detail = new Span(getTranslation(request.contested() ? "join.request.contested" : "join.request.asked",
                request.organizationName(), dates.format(request.askedAt()))
                + (request.message() == null ? "" : " — « " + request.message() + " »"));
        detail.addClassName("member-detail");
        var accept = new Button(getTranslation("join.accept"), click -> act(() -> service.accept(request.id()),
                getTranslation("join.accepted", request.name())));
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        var refuse = new Button(getTranslation("join.refuse"), click -> askReason(getTranslation("join.refuse.title", request.name()),
                getTranslation("join.refuse"), text -> service.refuse(request.id(), text), getTranslation("join.refused")));
        refuse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        row.add(who, detail, accept, refuse);
        if (admin) {
            var handOver = new Button(getTranslation("join.hand-over"), click -> askReason(getTranslation("join.hand-over.title",
                    request.organizationName(), request.name()), getTranslation("join.hand-over"),
                    text -> service.handOver(request.id(), text, getLocale()), getTranslation("join.handed-over")));
            handOver.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(handOver);
        }
        return row;
    }

    private void askReason(String title, String confirmText, java.util.function.Consumer<String> decision, String done) {
        dialog = new Dialog(title);
        reason.setLabel(getTranslation("join.reason"));
        TextLimits.limit(reason, AccountService.REFUSAL_REASON.max());
        reason.setWidthFull();
        reason.clear();
        var errors = new FieldErrors().bind("reason", reason);
        var confirm = new Button(confirmText, click -> {
            errors.clear();
            try {
                decision.accept(reason.getValue());
                dialog.close();
                Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
                onAnswer.run();
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new VerticalLayout(reason, new HorizontalLayout(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm)));
        dialog.open();
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            onAnswer.run();
        } catch (InvalidInputException refused) {
            refused.problems().values().forEach(key -> Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }
}
