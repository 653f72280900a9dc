package org.alliances.diagnosis.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.diagnosis.DiagnosisService;
import org.alliances.diagnosis.DiagnosisSummary;
import org.alliances.diagnosis.SharingStatus;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationIdentifiers;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Roles;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.TextLimits;
import org.alliances.kernel.ui.PhoneCards;

/**
 * The organisation's diagnoses over time, how its maturity evolved, and with whom it shares its diagnosis: sharing
 * both ways opens the side-by-side comparison.
 */
@Route("diagnostic/historique")
@Menu(title = "menu.diagnosis.history", order = 11, icon = "vaadin:chart-line")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY, Roles.LOCAL_AUTHORITY})
class DiagnosisHistoryView extends VerticalLayout implements HasDynamicTitle {

    final Grid<DiagnosisSummary> history = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Select<OrganizationType> shareType = new Select<>();
    final TextField shareIdentifier = new TextField();
    final Button share = new Button();
    final Grid<SharingStatus> sharing = new Grid<>();

    private final DiagnosisService diagnoses;
    private final FieldErrors errors = new FieldErrors();
    private final Paragraph noSharing = new Paragraph();

    DiagnosisHistoryView(DiagnosisService diagnoses) {
        this.diagnoses = diagnoses;
        addClassName("page");
        add(new H1(getTranslation("diagnosis.history.title")));
        showHistory();
        showSharing();
    }

    private void showHistory() {
        var summaries = diagnoses.history();
        if (diagnoses.inProgress().isPresent()) {
            add(new Paragraph(getTranslation("diagnosis.history.in-progress")),
                    new RouterLink(getTranslation("diagnosis.history.resume"), DiagnosisView.class));
        }
        if (summaries.isEmpty()) {
            empty.setText(getTranslation("diagnosis.history.empty"));
            add(empty);
            if (diagnoses.inProgress().isEmpty()) {
                add(new RouterLink(getTranslation("diagnosis.history.start"), DiagnosisView.class));
            }
            return;
        }
        if (summaries.size() > 1) {
            var first = summaries.getFirst();
            var last = summaries.getLast();
            add(new Paragraph(getTranslation("diagnosis.history.evolution", getTranslation(first.level().labelKey()),
                    first.overallScore(), getTranslation(last.level().labelKey()), last.overallScore())));
        }
        add(new Html("<div class=\"diagram\">" + DiagnosisCharts.evolution(summaries, this::getTranslation, getLocale()) + "</div>"));
        var dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        var historyCards = PhoneCards.of(history);
        historyCards.text(summary -> dates.format(summary.completedAt().atZone(org.alliances.kernel.Territories.TIME_ZONE)))
                .setHeader(getTranslation("diagnosis.history.date"));
        historyCards.text(summary -> getTranslation(summary.level().labelKey())).setHeader(getTranslation("diagnosis.history.level"));
        historyCards.text(DiagnosisSummary::overallScore).setHeader(getTranslation("diagnosis.history.score"));
        historyCards.component(summary -> new RouterLink(getTranslation("diagnosis.history.open"), DiagnosisResultView.class,
                summary.id().toString())).setHeader("");
        historyCards.cards(getTranslation("diagnosis.history.card"));
        history.setItems(summaries.reversed());
        history.setAllRowsVisible(true);
        add(history);
    }

    private void showSharing() {
        var card = new Div();
        card.addClassName("card");
        card.setWidthFull();
        shareType.setLabel(getTranslation("diagnosis.share.type"));
        shareType.setItems(OrganizationType.ASSOCIATION, OrganizationType.COMPANY, OrganizationType.LOCAL_AUTHORITY);
        shareType.setItemLabelGenerator(type -> getTranslation(type.labelKey()));
        shareIdentifier.setLabel(getTranslation("diagnosis.share.identifier"));
        TextLimits.limit(shareIdentifier, OrganizationIdentifiers.TYPED.max());
        share.setText(getTranslation("diagnosis.share.submit"));
        share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        errors.bind("type", shareType).bind("identifier", shareIdentifier);
        share.addClickListener(click -> {
            errors.clear();
            try {
                var status = diagnoses.shareWith(shareType.getValue(), shareIdentifier.getValue());
                shareIdentifier.clear();
                Notification.show(getTranslation("diagnosis.share.done", status.organizationName()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refreshSharing();
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
        var sharingCards = PhoneCards.of(sharing);
        sharingCards.text(status -> status.organizationName() + " (" + getTranslation(status.organizationType().labelKey()) + ")")
                .setHeader(getTranslation("diagnosis.share.organization"))
                .setAutoWidth(true).setFlexGrow(1);
        sharingCards.text(status -> yesNo(status.sharedByMe())).setHeader(getTranslation("diagnosis.share.by-me")).setAutoWidth(true).setFlexGrow(0);
        sharingCards.text(status -> yesNo(status.sharedWithMe())).setHeader(getTranslation("diagnosis.share.with-me")).setAutoWidth(true).setFlexGrow(0);
        sharingCards.component(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        sharingCards.cards(getTranslation("diagnosis.share.card"));
        sharing.setAllRowsVisible(true);
        noSharing.setText(getTranslation("diagnosis.share.empty"));
        var form = new FormLayout(shareType, shareIdentifier);
        card.add(new H2(getTranslation("diagnosis.share.title")), new Paragraph(getTranslation("diagnosis.share.intro")),
                form, share, noSharing, sharing);
        add(card);
        refreshSharing();
    }

    private Div actions(SharingStatus status) {
        var actions = new Div();
        actions.addClassName("cell-actions");
        if (status.mutual()) {
            actions.add(new RouterLink(getTranslation("diagnosis.share.compare"), DiagnosisComparisonView.class,
                    status.organizationId().toString()));
        }
        if (!status.sharedByMe()) {
            var back = new Button(getTranslation("diagnosis.share.back"), click -> {
                diagnoses.shareWith(status.organizationId());
                Notification.show(getTranslation("diagnosis.share.done", status.organizationName()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refreshSharing();
            });
            back.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(back);
        } else {
            var stop = new Button(getTranslation("diagnosis.share.stop"), click -> confirmStop(status));
            stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(stop);
        }
        return actions;
    }

    private void confirmStop(SharingStatus status) {
        var dialog = new ConfirmDialog(getTranslation("diagnosis.share.stop.title"),
                getTranslation("diagnosis.share.stop.text", status.organizationName()),
                getTranslation("diagnosis.share.stop.confirm"), confirmed -> {
                    diagnoses.stopSharingWith(status.organizationId());
                    Notification.show(getTranslation("diagnosis.share.stopped", status.organizationName()));
                    refreshSharing();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("diagnosis.share.stop.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void refreshSharing() {
        List<SharingStatus> statuses = diagnoses.sharing();
        sharing.setItems(statuses);
        sharing.setVisible(!statuses.isEmpty());
        noSharing.setVisible(statuses.isEmpty());
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "diagnosis.share.yes" : "diagnosis.share.no");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.diagnosis.history") + " · " + getTranslation("app.name");
    }
}
