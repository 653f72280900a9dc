package org.alliances.kernel.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.alliances.kernel.ContentKind;
import org.alliances.kernel.ContentReports;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.ReportReason;
import org.jspecify.annotations.Nullable;

/**
 * "Signaler": opens a dialog asking why (a reason, a comment) and sends the report to the moderation; a refusal is
 * shown at its field and what was typed stays. Any module's screen adds it next to a content others published.
 */
public class ReportButton extends Button {

    /** The dialog while it is open, for tests. */
    public @Nullable Dialog dialog;
    public final RadioButtonGroup<ReportReason> reason = new RadioButtonGroup<>();
    public final TextArea comment = new TextArea();
    public final Button send = new Button();

    public ReportButton(ContentReports reports, ContentKind kind, UUID id) {
        setText(getTranslation("moderation.report"));
        setIcon(VaadinIcon.FLAG_O.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reason.setLabel(getTranslation("moderation.report.reason"));
        reason.setItems(ReportReason.values());
        reason.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        reason.setRequired(true);
        reason.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        comment.setLabel(getTranslation("moderation.report.comment"));
        comment.setWidthFull();
        TextLimits.limit(comment, ContentReports.COMMENT.max());
        var errors = new FieldErrors().bind("reason", reason).bind("comment", comment);
        send.setText(getTranslation("moderation.report.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            errors.clear();
            try {
                reports.report(kind, id, reason.getValue(), comment.getValue());
                close();
                Notification.show(getTranslation("moderation.report.sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException refused) {
                errors.show(refused, this);
            }
        });
        addClickListener(click -> open(kind));
    }

    private void open(ContentKind kind) {
        var opened = new Dialog();
        opened.setHeaderTitle(getTranslation("moderation.report.title", getTranslation(kind.labelKey())));
        opened.add(reason, comment);
        opened.getFooter().add(new Button(getTranslation("moderation.report.cancel"), click -> close()), send);
        opened.setWidth("min(34rem, 95vw)");
        dialog = opened;
        opened.open();
    }

    private void close() {
        if (dialog != null) {
            dialog.close();
            dialog = null;
        }
    }
}
