package org.alliances.resources.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.kernel.Theme;
import org.alliances.kernel.ui.CommunePicker;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.TextLimits;
import org.alliances.resources.CurationService;
import org.alliances.resources.LibraryService;
import org.alliances.resources.Purpose;
import org.alliances.resources.Resource;
import org.alliances.resources.ResourceForm;
import org.alliances.resources.ResourceType;

/**
 * Writes a resource or a case study: a curator creates or edits one ({@code ?id=} to edit); a member proposes one,
 * which waits for the curators' review. Every problem is shown at its field; what was typed stays.
 */
@Route("ressources/edition")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY, Roles.LOCAL_AUTHORITY, Roles.ADMIN})
class ResourceFormView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final H1 heading = new H1();
    final Select<ResourceType> type = new Select<>();
    final Select<Purpose> purpose = new Select<>();
    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final TextArea body = new TextArea();
    final TextField source = new TextField();
    final TextField authors = new TextField();
    final IntegerField year = new IntegerField();
    final TextField licence = new TextField();
    final TextField url = new TextField();
    final CheckboxGroup<OrganizationType> audiences = new CheckboxGroup<>();
    final MultiSelectComboBox<Category> categories = new MultiSelectComboBox<>();
    final MultiSelectComboBox<CooperationModel> models = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>();
    final CommunePicker commune;
    final TextField partnerTypes = new TextField();
    final DatePicker startedOn = new DatePicker();
    final DatePicker endedOn = new DatePicker();
    final TextArea resultsGeneralInterest = new TextArea();
    final TextArea resultsCompany = new TextArea();
    final DatePicker reviewOn = new DatePicker();
    final Button save = new Button();
    final VerticalLayout caseStudy = new VerticalLayout();
    private final FieldErrors errors = new FieldErrors();

    private final LibraryService library;
    private final CurationService curating;
    private final Territories territories;
    private final boolean curator;
    private UUID editing;

    ResourceFormView(LibraryService library, CurationService curating, Territories territories) {
        this.library = library;
        this.curating = curating;
        this.territories = territories;
        this.curator = library.curator();
        addClassName("page");
        heading.setText(getTranslation(curator ? "resources.form.title.new" : "resources.form.title.propose"));
        add(heading, new Paragraph(getTranslation(curator ? "resources.form.intro.curator" : "resources.form.intro.member")));
        type.setLabel(getTranslation("resources.field.type"));
        type.setItems(ResourceType.values());
        type.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        type.addValueChangeListener(change -> caseStudy.setVisible(change.getValue() == ResourceType.CASE_STUDY));
        purpose.setLabel(getTranslation("resources.field.purpose"));
        purpose.setItems(Purpose.values());
        purpose.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        title.setLabel(getTranslation("resources.field.title"));
        TextLimits.limit(title, ResourceForm.TITLE.max());
        summary.setLabel(getTranslation("resources.field.summary"));
        TextLimits.limit(summary, ResourceForm.SUMMARY.max());
        body.setLabel(getTranslation("resources.field.body"));
        TextLimits.limit(body, ResourceForm.BODY.max());
        source.setLabel(getTranslation("resources.field.source"));
        TextLimits.limit(source, ResourceForm.SOURCE.max());
        authors.setLabel(getTranslation("resources.field.authors"));
        TextLimits.limit(authors, ResourceForm.AUTHORS.max());
        year.setLabel(getTranslation("resources.field.year"));
        licence.setLabel(getTranslation("resources.field.licence"));
        TextLimits.limit(licence, ResourceForm.LICENCE.max());
        url.setLabel(getTranslation("resources.field.url"));
        TextLimits.limit(url, ResourceForm.URL.max());
        url.setPlaceholder("https://");
        audiences.setLabel(getTranslation("resources.field.audiences"));
        audiences.setItems(OrganizationType.ASSOCIATION, OrganizationType.COMPANY, OrganizationType.LOCAL_AUTHORITY);
        audiences.setItemLabelGenerator(value -> getTranslation("resources.audience." + value.name()));
        categories.setLabel(getTranslation("resources.field.categories"));
        categories.setItems(Category.values());
        categories.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        models.setLabel(getTranslation("resources.field.models"));
        models.setItems(CooperationModel.values());
        models.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        themes.setLabel(getTranslation("resources.field.themes"));
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        commune = new CommunePicker(getTranslation("resources.field.commune"), territories);
        partnerTypes.setLabel(getTranslation("resources.field.partners"));
        partnerTypes.setPlaceholder(getTranslation("resources.field.partners.placeholder"));
        TextLimits.limit(partnerTypes, ResourceForm.PARTNER_TYPES.max());
        startedOn.setLabel(getTranslation("resources.field.started"));
        endedOn.setLabel(getTranslation("resources.field.ended"));
        resultsGeneralInterest.setLabel(getTranslation("resources.field.results.general-interest"));
        resultsCompany.setLabel(getTranslation("resources.field.results.company"));
        TextLimits.limit(resultsGeneralInterest, ResourceForm.RESULTS_GENERAL_INTEREST.max());
        TextLimits.limit(resultsCompany, ResourceForm.RESULTS_COMPANY.max());
        reviewOn.setLabel(getTranslation("resources.field.review"));
        for (var field : List.of(summary, body, resultsGeneralInterest, resultsCompany)) {
            field.setWidthFull();
        }
        var form = new FormLayout(type, purpose, title, year, source, authors, licence, url, audiences, categories, models, themes);
        form.setColspan(title, 2);
        form.setMaxWidth("56em");
        caseStudy.setPadding(false);
        caseStudy.add(new H3(getTranslation("resources.form.case-study")), new FormLayout(commune, partnerTypes, startedOn, endedOn),
                resultsGeneralInterest, resultsCompany);
        caseStudy.setVisible(false);
        caseStudy.setMaxWidth("56em");
        errors.bind("type", type).bind("purpose", purpose).bind("title", title).bind("summary", summary).bind("year", year)
                .bind("url", url).bind("audiences", audiences).bind("models", models).bind("commune", commune).bind("endedOn", endedOn)
                .bind("body", body).bind("source", source).bind("authors", authors).bind("licence", licence)
                .bind("partnerTypes", partnerTypes).bind("resultsGeneralInterest", resultsGeneralInterest)
                .bind("resultsCompany", resultsCompany);
        save.setText(getTranslation(curator ? "resources.form.save" : "resources.form.propose"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(form, summary, body, caseStudy);
        if (curator) {
            add(reviewOn);
        }
        add(new HorizontalLayout(new Button(getTranslation("resources.cancel"), click -> leave()), save));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getLocation().getQueryParameters().getSingleParameter("id");
        if (id.isPresent() && curator) {
            try {
                library.resource(UUID.fromString(id.get())).ifPresent(this::fill);
            } catch (IllegalArgumentException notAnId) {
                editing = null;
            }
        }
    }

    private void fill(Resource resource) {
        editing = resource.id();
        heading.setText(getTranslation("resources.form.title.edit"));
        type.setValue(resource.type());
        purpose.setValue(resource.purpose());
        title.setValue(text(resource.title()));
        summary.setValue(text(resource.summary()));
        body.setValue(text(resource.body()));
        source.setValue(text(resource.source()));
        authors.setValue(text(resource.authors()));
        year.setValue(resource.year());
        licence.setValue(text(resource.licence()));
        url.setValue(text(resource.url()));
        audiences.setValue(resource.audiences());
        categories.setValue(resource.categories());
        models.setValue(resource.models());
        themes.setValue(resource.themes());
        commune.selectCode(resource.communeCode(), territories);
        partnerTypes.setValue(text(resource.partnerTypes()));
        startedOn.setValue(resource.startedOn());
        endedOn.setValue(resource.endedOn());
        resultsGeneralInterest.setValue(text(resource.resultsGeneralInterest()));
        resultsCompany.setValue(text(resource.resultsCompany()));
        reviewOn.setValue(resource.reviewOn());
    }

    void save() {
        errors.clear();
        if (year.isInvalid() || year.getElement().getProperty("_hasInputValue", false) && year.getValue() == null) {
            errors.show("year", "resources.form.year.range", this);
            return;
        }
        var form = new ResourceForm(type.getValue(), purpose.getValue(), title.getValue(), summary.getValue(), body.getValue(),
                source.getValue(), authors.getValue(), year.getValue(), licence.getValue(), url.getValue(), audiences.getValue(),
                categories.getValue(), models.getValue(), themes.getValue(), commune.getValue() == null ? null : commune.getValue().code(),
                partnerTypes.getValue(), startedOn.getValue(), endedOn.getValue(), resultsGeneralInterest.getValue(),
                resultsCompany.getValue(), reviewOn.getValue());
        try {
            if (!curator) {
                library.propose(form);
                Notification.show(getTranslation("resources.form.proposed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(LibraryView.class));
                return;
            }
            var saved = editing == null ? curating.create(form) : curating.update(editing, form);
            Notification.show(getTranslation("resources.form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ResourceView.class, saved.id().toString()));
        } catch (InvalidInputException problems) {
            errors.show(problems, this);
        }
    }

    private void leave() {
        if (curator) {
            getUI().ifPresent(ui -> ui.navigate(CurationView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(LibraryView.class));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · " + getTranslation("app.name");
    }
}
