package org.alliances.resources.ui;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.ContentKind;
import org.alliances.kernel.ContentReports;
import org.alliances.kernel.ui.ReportButton;
import org.springframework.beans.factory.ObjectProvider;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.resources.CurationService;
import org.alliances.resources.LibraryService;
import org.alliances.resources.Resource;
import org.alliances.resources.ResourceStatus;

/**
 * One resource: its summary, source, authors, year, licence and link; for a case study, the partners, where and when,
 * what it brought to each side; related resources. A curator also moves it through curation from here.
 */
@Route("ressource")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY, Roles.LOCAL_AUTHORITY, Roles.ADMIN})
class ResourceView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    final H1 title = new H1();
    final Div details = new Div();
    final HorizontalLayout curation = new HorizontalLayout();
    final Div related = new Div();
    Dialog dialog;

    private final LibraryService library;
    private final CurationService curating;
    private final Territories territories;
    private Resource resource;

    /** "Signaler", for members (where the moderation runs). */
    @org.jspecify.annotations.Nullable ReportButton report;
    private final ObjectProvider<ContentReports> reports;

    ResourceView(LibraryService library, CurationService curating, Territories territories, ObjectProvider<ContentReports> reports) {
        this.reports = reports;
        this.library = library;
        this.curating = curating;
        this.territories = territories;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        Optional<Resource> found;
        try {
            found = library.resource(UUID.fromString(parameter));
        } catch (IllegalArgumentException notAnId) {
            found = Optional.empty();
        }
        removeAll();
        add(new RouterLink(getTranslation("resources.back"), LibraryView.class));
        if (found.isEmpty()) {
            resource = null;
            add(new H1(getTranslation("resources.unknown.title")), new Paragraph(getTranslation("resources.unknown")));
            return;
        }
        resource = found.get();
        render();
    }

    private void render() {
        title.setText(resource.title());
        details.removeAll();
        var meta = new Paragraph(getTranslation(resource.type().labelKey()) + " · " + getTranslation(resource.purpose().labelKey())
                + (resource.year() == null ? "" : " · " + resource.year())
                + (resource.status() == ResourceStatus.PUBLISHED ? "" : " · " + getTranslation(resource.status().labelKey())));
        meta.addClassName("library-hit-meta");
        details.add(meta, new Paragraph(resource.summary()));
        if (resource.body() != null && !resource.body().isBlank()) {
            details.add(new Paragraph(resource.body()));
        }
        var facts = new UnorderedList();
        add(facts, "resources.field.source", resource.source());
        add(facts, "resources.field.authors", resource.authors());
        add(facts, "resources.field.licence", resource.licence());
        add(facts, "resources.field.audiences", resource.audiences().stream()
                .map(audience -> getTranslation("resources.audience." + audience.name())).collect(Collectors.joining(", ")));
        add(facts, "resources.field.categories", resource.categories().stream().map(category -> getTranslation(category.labelKey()))
                .collect(Collectors.joining(", ")));
        add(facts, "resources.field.models", resource.models().stream().map(model -> getTranslation(model.labelKey()))
                .collect(Collectors.joining(", ")));
        add(facts, "resources.field.themes", resource.themes().stream().map(theme -> getTranslation(theme.labelKey()))
                .collect(Collectors.joining(", ")));
        if (resource.isCaseStudy()) {
            add(facts, "resources.field.partners", resource.partnerTypes());
            add(facts, "resources.field.commune", resource.communeCode() == null ? null
                    : territories.commune(resource.communeCode()).map(commune -> commune.displayName()).orElse(resource.communeCode()));
            add(facts, "resources.field.dates", resource.startedOn() == null ? null
                    : resource.startedOn() + (resource.endedOn() == null ? "" : " → " + resource.endedOn()));
            add(facts, "resources.field.results.general-interest", resource.resultsGeneralInterest());
            add(facts, "resources.field.results.company", resource.resultsCompany());
        }
        details.add(facts);
        if (resource.url() != null) {
            var link = new Anchor(resource.url(), getTranslation("resources.open"));
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener");
            details.add(new Paragraph(link));
        }
        removeAll();
        add(new RouterLink(getTranslation("resources.back"), LibraryView.class), title, details, curation, related);
        renderCuration();
        related.removeAll();
        var others = library.related(resource.id());
        if (!others.isEmpty()) {
            related.add(new H3(getTranslation("resources.related")));
            var list = new UnorderedList();
            others.forEach(other -> list.add(new ListItem(new RouterLink(other.title(), ResourceView.class, other.id().toString()))));
            related.add(list);
        }
    }

    private void add(UnorderedList facts, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new ListItem(getTranslation(labelKey) + " : " + value));
        }
    }

    private void renderCuration() {
        curation.removeAll();
        if (!library.curator()) {
            if (resource.status() == ResourceStatus.PUBLISHED) {
                reports.ifAvailable(moderation -> {
                    report = new ReportButton(moderation, ContentKind.RESOURCE, resource.id());
                    curation.add(report);
                });
            }
            return;
        }
        var edit = new Button(getTranslation("resources.curation.edit"), click -> getUI().ifPresent(ui -> ui.navigate(
                RouteConfiguration.forSessionScope().getUrl(ResourceFormView.class),
                QueryParameters.of("id", resource.id().toString()))));
        curation.add(edit);
        if (resource.status() == ResourceStatus.DRAFT) {
            curation.add(new Button(getTranslation("resources.curation.submit"), click -> act(() -> curating.submit(resource.id()))));
        }
        if (resource.status() != ResourceStatus.PUBLISHED) {
            var publish = new Button(getTranslation("resources.curation.publish"), click -> act(() -> curating.publish(resource.id())));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            curation.add(publish);
        }
        if (resource.status() != ResourceStatus.ARCHIVED) {
            var archive = new Button(getTranslation("resources.curation.archive"), click -> confirmArchive());
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            curation.add(archive);
        }
    }

    void confirmArchive() {
        dialog = new Dialog(getTranslation("resources.curation.archive.title"));
        dialog.add(new Paragraph(getTranslation("resources.curation.archive.warning")));
        var confirm = new Button(getTranslation("resources.curation.archive"), click -> {
            dialog.close();
            act(() -> curating.archive(resource.id()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("resources.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void act(java.util.function.Supplier<Resource> action) {
        try {
            resource = action.get();
            Notification.show(getTranslation("resources.curation.done", getTranslation(resource.status().labelKey())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        } catch (InvalidInputException problems) {
            new FieldErrors().show(problems, this);
        }
    }


    @Override
    public String getPageTitle() {
        return (resource == null ? getTranslation("title.resources.resource") : resource.title()) + " · " + getTranslation("app.name");
    }
}
