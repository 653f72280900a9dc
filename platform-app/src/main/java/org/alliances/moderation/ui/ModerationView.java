package org.alliances.moderation.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.ReportReason;
import org.alliances.kernel.Roles;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.TextLimits;
import org.alliances.moderation.Moderation;
import org.alliances.moderation.ModerationCase;
import org.jspecify.annotations.Nullable;

/**
 * The admins' moderation queue: each reported content with its reports (reason, comment, day; never who), the suspended
 * ones first, then the reviews asked; hide with a reason the author reads, dismiss, or restore.
 */
@Route("moderation")
@Menu(title = "menu.moderation", order = 92.5, icon = "vaadin:flag-o")
@RolesAllowed(Roles.ADMIN)
class ModerationView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph empty = new Paragraph();
    final Div cases = new Div();
    /** The cards shown, in order, for tests. */
    final List<CaseCard> cards = new ArrayList<>();
    @Nullable HideDialog hiding;

    private final Moderation moderation;
    private final DateTimeFormatter dates;

    ModerationView(Moderation moderation) {
        this.moderation = moderation;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        addClassName("page");
        empty.setText(getTranslation("moderation.queue.empty"));
        cases.setWidthFull();
        add(new H1(getTranslation("moderation.queue.title")), new Paragraph(getTranslation("moderation.queue.intro",
                Moderation.SUSPENSION_REPORTS)), empty, cases);
        refresh();
    }

    void refresh() {
        cases.removeAll();
        cards.clear();
        var waiting = moderation.queue();
        empty.setVisible(waiting.isEmpty());
        waiting.forEach(found -> {
            var card = new CaseCard(found);
            cards.add(card);
            cases.add(card);
        });
    }

    /** One reported content, with its reports and the admin's choices. */
    class CaseCard extends VerticalLayout {

        final ModerationCase found;
        final Button hide = new Button(getTranslation("moderation.hide"));
        final Button dismiss = new Button(getTranslation("moderation.dismiss"));
        final Button restore = new Button(getTranslation("moderation.restore"));

        CaseCard(ModerationCase found) {
            this.found = found;
            addClassName("card");
            setPadding(true);
            var title = found.title() == null ? getTranslation("moderation.content.gone") : found.title();
            add(new H2(title), new Paragraph(getTranslation(found.kind().labelKey()) + " · " + getTranslation(found.status().labelKey())
                    + " · " + getTranslation("moderation.reports.count", found.reports().size())));
            if (found.excerpt() != null && !found.excerpt().isBlank()) {
                add(new Paragraph(found.excerpt()));
            }
            if (found.route() != null) {
                add(new Anchor(found.route(), getTranslation("moderation.content.open")));
            }
            var reports = new UnorderedList();
            found.reports().forEach(report -> reports.add(new ListItem(getTranslation(report.reason().labelKey()) + " — "
                    + dates.format(report.at()) + (report.comment() == null ? "" : " — « " + report.comment() + " »"))));
            add(reports);
            if (found.reviewAskedAt() != null) {
                add(new Paragraph(getTranslation("moderation.review.asked", dates.format(found.reviewAskedAt()),
                        found.reviewMessage() == null ? "" : found.reviewMessage())));
            }
            hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
            hide.addClickListener(click -> {
                hiding = new HideDialog(found);
                hiding.open();
            });
            dismiss.addClickListener(click -> decide(() -> moderation.dismiss(found.id()), "moderation.dismissed"));
            restore.addClickListener(click -> decide(() -> moderation.restore(found.id()), "moderation.restored"));
            restore.setVisible(found.status() != Moderation.CaseStatus.REPORTED);
            dismiss.setVisible(found.status() != Moderation.CaseStatus.HIDDEN);
            hide.setVisible(found.status() != Moderation.CaseStatus.HIDDEN);
            var actions = new FlexLayout(hide, dismiss, restore);
            actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            actions.getStyle().set("gap", "var(--lumo-space-s)");
            add(actions);
        }
    }

    /** Hiding a content: the reason (the author reads it) and a note for them. */
    class HideDialog extends Dialog {

        final RadioButtonGroup<ReportReason> reason = new RadioButtonGroup<>();
        final TextArea note = new TextArea();
        final Button confirm = new Button(getTranslation("moderation.hide.confirm"));

        HideDialog(ModerationCase found) {
            setHeaderTitle(getTranslation("moderation.hide.title", found.title() == null ? "" : found.title()));
            reason.setLabel(getTranslation("moderation.hide.reason"));
            reason.setItems(ReportReason.values());
            reason.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
            reason.setRequired(true);
            reason.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
            note.setLabel(getTranslation("moderation.hide.note"));
            note.setWidthFull();
            TextLimits.limit(note, Moderation.DECISION_NOTE.max());
            var errors = new FieldErrors().bind("reason", reason).bind("note", note);
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            confirm.addClickListener(click -> {
                errors.clear();
                try {
                    moderation.hide(found.id(), reason.getValue(), note.getValue());
                    close();
                    done("moderation.hidden");
                } catch (InvalidInputException refused) {
                    errors.show(refused, this);
                }
            });
            add(reason, note);
            getFooter().add(new Button(getTranslation("moderation.cancel"), click -> close()), confirm);
            setWidth("min(34rem, 95vw)");
        }
    }

    private void decide(Runnable decision, String done) {
        try {
            decision.run();
            done(done);
        } catch (InvalidInputException gone) {
            Notification.show(FieldErrors.message(gone, gone.problems().keySet().iterator().next(), this))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    private void done(String message) {
        Notification.show(getTranslation(message)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.queue.title") + " · " + getTranslation("app.name");
    }
}
