package org.alliances.matching.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.ContentKind;
import org.alliances.kernel.ContentReports;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.ui.ReportButton;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.TextLimits;
import org.alliances.matching.Interest;
import org.alliances.matching.MatchingService;
import org.alliances.matching.Need;
import org.alliances.matching.NeedStatus;
import org.alliances.matching.RecommendationFilter;

/**
 * One need. Its association sees the companies recommended for it, the interests received, and can close it;
 * a company reads it and says it is interested, with a short message.
 */
@Route("besoin")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY})
class NeedView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    final Paragraph notFound = new Paragraph();
    final TextArea message = new TextArea();
    final Button interested = new Button();
    final RecommendationList recommendations = new RecommendationList(false);
    final Button closeFulfilled = new Button();

    private final MatchingService matching;
    private final Territories territories;
    private final CurrentOrganization currentOrganization;
    private final ObjectProvider<ContentReports> reports;
    private final FieldErrors errors = new FieldErrors();
    /** "Signaler", for the members of another organisation (where the moderation runs). */
    @Nullable ReportButton report;

    NeedView(MatchingService matching, Territories territories, CurrentOrganization currentOrganization,
             ObjectProvider<ContentReports> reports) {
        this.matching = matching;
        this.reports = reports;
        reports.ifAvailable(recommendations::reportProfilesWith);
        this.territories = territories;
        this.currentOrganization = currentOrganization;
        addClassName("page");
        errors.bind("message", message);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        UUID id;
        try {
            id = UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            id = null;
        }
        var need = id == null ? java.util.Optional.<Need>empty() : matching.need(id);
        if (need.isEmpty()) {
            notFound.setText(getTranslation("matching.need.not-found"));
            add(new H1(getTranslation("title.matching.need")), notFound);
            return;
        }
        show(need.get());
    }

    private void show(Need need) {
        add(new H1(need.title()), new Paragraph(getTranslation(need.status().labelKey())));
        var details = new Div();
        details.addClassName("card");
        details.setWidthFull();
        details.add(new Paragraph(need.description()));
        var facts = new UnorderedList();
        if (need.contribution() != null) {
            facts.add(new ListItem(getTranslation("matching.need.details.contribution", getTranslation(need.contribution().labelKey()))));
            if (need.quantity() != null && need.contribution().unit() != org.alliances.matching.Contribution.Unit.NONE) {
                facts.add(new ListItem(getTranslation("matching.need.details.quantity", need.quantity().stripTrailingZeros().toPlainString(),
                        getTranslation("matching.unit." + need.contribution().unit().name()))));
            }
        }
        facts.add(new ListItem(getTranslation("matching.need.details.themes",
                need.themes().stream().sorted().map(theme -> getTranslation(theme.labelKey())).collect(Collectors.joining(", ")))));
        if (need.communeCode() != null && need.reach() != null) {
            facts.add(new ListItem(getTranslation("matching.need.details.commune",
                    territories.commune(need.communeCode()).map(commune -> commune.displayName()).orElse(need.communeCode()),
                    getTranslation(need.reach().labelKey()))));
        }
        if (need.deadline() != null) {
            facts.add(new ListItem(getTranslation("matching.need.details.deadline",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(need.deadline()))));
        }
        var models = new UnorderedList();
        need.models().stream().sorted().forEach(model -> models.add(new ListItem(model.position() + ". "
                + getTranslation(model.labelKey()) + " — " + getTranslation(model.definitionKey()))));
        details.add(facts, new Paragraph(getTranslation("matching.need.details.models")), models);
        add(details);

        var me = currentOrganization.require();
        if (me.id().equals(need.organizationId())) {
            showToItsAssociation(need);
        } else {
            reports.ifAvailable(moderation -> {
                report = new ReportButton(moderation, ContentKind.NEED, need.id());
                add(report);
            });
            if (me.type() == org.alliances.kernel.OrganizationType.COMPANY && need.status() == NeedStatus.PUBLISHED) {
                showToACompany(need);
            }
        }
    }

    private void showToItsAssociation(Need need) {
        if (!need.status().isClosed()) {
            closeFulfilled.setText(getTranslation("matching.need.close.fulfilled"));
            closeFulfilled.addClickListener(click -> confirmClose(need, NeedStatus.FULFILLED));
            var abandon = new Button(getTranslation("matching.need.close.abandoned"), click -> confirmClose(need, NeedStatus.ABANDONED));
            abandon.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(new HorizontalLayout(new RouterLink(getTranslation("matching.needs.edit"), NeedFormView.class, need.id().toString()),
                    closeFulfilled, abandon));
        }
        if (need.status() == NeedStatus.PUBLISHED) {
            add(new H2(getTranslation("matching.need.recommendations")), recommendations);
            recommendations.showFrom(page -> matching.companiesFor(need.id(), RecommendationFilter.none(), page));
        }
        add(new RouterLink(getTranslation("matching.interests.title.ASSOCIATION"), InterestsView.class));
    }

    private void showToACompany(Need need) {
        message.setLabel(getTranslation("matching.interest.message"));
        TextLimits.limit(message, Interest.MESSAGE.max());
        message.setWidthFull();
        interested.setText(getTranslation("matching.interest.express"));
        interested.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        interested.addClickListener(click -> {
            errors.clear();
            try {
                matching.expressInterest(need.id(), message.getValue());
                interested.setEnabled(false);
                Notification.show(getTranslation("matching.interest.sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
        add(message, interested);
    }

    private void confirmClose(Need need, NeedStatus closedAs) {
        var dialog = new ConfirmDialog(getTranslation("matching.need.close.title"), getTranslation("matching.need.close.text"),
                getTranslation("matching.need.close.confirm"), confirmed -> {
                    matching.close(need.id(), closedAs);
                    Notification.show(getTranslation("matching.need.closed.done"));
                    getUI().ifPresent(ui -> ui.navigate(MyNeedsView.class));
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("matching.need.close.cancel"));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.matching.need") + " · " + getTranslation("app.name");
    }
}
