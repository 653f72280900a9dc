package org.alliances.matching.ui;

import java.util.LinkedHashSet;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.kernel.Theme;
import org.alliances.kernel.ui.CommunePicker;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.RequiredChoice;
import org.alliances.kernel.ui.TextLimits;
import org.alliances.matching.Contribution;
import org.alliances.matching.MatchingService;
import org.alliances.matching.NeedForm;
import org.alliances.matching.NeedStatus;
import org.alliances.matching.Reach;

/**
 * The guided form of a need: what is sought, which cooperation models fit (suggested from the contribution, each
 * explained in one line), where and until when. Saved as a draft or published; every problem is shown at its field
 * and nothing typed is lost.
 */
@Route("besoins/edition")
@RouteAlias("besoins/nouveau")
@RolesAllowed(Roles.ASSOCIATION)
class NeedFormView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    final H1 heading = new H1();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>();
    final Select<Contribution> contribution = new Select<>();
    final CheckboxGroup<CooperationModel> models = new CheckboxGroup<>();
    final CommunePicker commune;
    final RadioButtonGroup<Reach> reach = new RadioButtonGroup<>();
    final DatePicker startDate = new DatePicker();
    final DatePicker deadline = new DatePicker();
    final BigDecimalField quantity = new BigDecimalField();
    final Button saveDraft = new Button();
    final Button publish = new Button();

    private final MatchingService matching;
    private final Territories territories;
    private final FieldErrors errors = new FieldErrors();
    private UUID needId;

    NeedFormView(MatchingService matching, Territories territories, CurrentOrganization currentOrganization) {
        this.matching = matching;
        this.territories = territories;
        addClassName("page");
        commune = new CommunePicker(getTranslation("matching.form.commune"), territories);
        title.setLabel(getTranslation("matching.form.title"));
        TextLimits.limit(title, NeedForm.TITLE.max());
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("matching.form.description"));
        TextLimits.limit(description, NeedForm.DESCRIPTION.max());
        description.setRequiredIndicatorVisible(true);
        themes.setLabel(getTranslation("matching.form.themes"));
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(theme -> getTranslation(theme.labelKey()));
        RequiredChoice.mark(themes);
        contribution.setLabel(getTranslation("matching.form.contribution"));
        contribution.setItems(Contribution.values());
        contribution.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        RequiredChoice.mark(contribution);
        contribution.addValueChangeListener(change -> suggestModels(change.getValue()));
        models.setLabel(getTranslation("matching.form.models"));
        models.setHelperText(getTranslation("matching.form.models.help"));
        models.setItems(CooperationModel.values());
        models.setItemLabelGenerator(model -> model.position() + ". " + getTranslation(model.labelKey()) + " — " + getTranslation(model.definitionKey()));
        models.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        RequiredChoice.mark(models);
        commune.setRequiredIndicatorVisible(true);
        reach.setLabel(getTranslation("matching.form.reach"));
        reach.setItems(Reach.values());
        reach.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        reach.setValue(Reach.DEPARTMENT);
        startDate.setLabel(getTranslation("matching.form.start"));
        deadline.setLabel(getTranslation("matching.form.deadline"));
        quantity.setLabel(getTranslation("matching.form.quantity"));
        currentOrganization.get().ifPresent(organization -> commune.selectCode(organization.communeCode(), territories));
        errors.bind("title", title).bind("description", description).bind("themes", themes).bind("contribution", contribution)
                .bind("models", models).bind("commune", commune).bind("reach", reach).bind("startDate", startDate)
                .bind("deadline", deadline).bind("quantity", quantity);

        saveDraft.setText(getTranslation("matching.form.draft"));
        saveDraft.addClickListener(click -> save(false));
        publish.setText(getTranslation("matching.form.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> save(true));
        var form = new FormLayout(title, themes, contribution, quantity, commune, reach, startDate, deadline);
        form.setColspan(title, 2);
        add(heading, form, description, models, new HorizontalLayout(saveDraft, publish));
        description.setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        heading.setText(getTranslation("matching.form.title.new"));
        if (parameter == null) {
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            return;
        }
        matching.myNeeds().stream().filter(need -> need.id().equals(id) && !need.status().isClosed()).findFirst().ifPresent(need -> {
            needId = need.id();
            heading.setText(getTranslation("matching.form.title.edit"));
            title.setValue(need.title());
            description.setValue(need.description());
            themes.setValue(need.themes());
            contribution.setValue(need.contribution());
            models.setValue(need.models());
            commune.selectCode(need.communeCode(), territories);
            reach.setValue(need.reach());
            startDate.setValue(need.startDate());
            deadline.setValue(need.deadline());
            quantity.setValue(need.quantity());
            if (need.status() == NeedStatus.PUBLISHED) {
                saveDraft.setVisible(false);
                publish.setText(getTranslation("matching.form.save"));
            }
        });
    }

    /** Ticks the models the contribution usually takes, unless the association already chose some. */
    private void suggestModels(Contribution chosen) {
        if (chosen == null) {
            return;
        }
        if (models.getValue().isEmpty()) {
            models.setValue(new LinkedHashSet<>(chosen.suggestedModels()));
        }
        quantity.setLabel(chosen.unit() == Contribution.Unit.NONE ? getTranslation("matching.form.quantity")
                : getTranslation("matching.form.quantity.unit", getTranslation("matching.unit." + chosen.unit().name())));
        quantity.setEnabled(chosen.unit() != Contribution.Unit.NONE);
    }

    NeedForm form() {
        return new NeedForm(title.getValue(), description.getValue(), themes.getValue(), contribution.getValue(), models.getValue(),
                commune.getValue() == null ? null : commune.getValue().code(), reach.getValue(), startDate.getValue(),
                deadline.getValue(), quantity.getValue());
    }

    private void save(boolean andPublish) {
        errors.clear();
        try {
            var need = andPublish ? matching.publish(needId, form()) : matching.saveDraft(needId, form());
            needId = need.id();
            if (andPublish) {
                Notification.show(getTranslation("matching.form.published")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(NeedView.class, need.id().toString()));
            } else {
                Notification.show(getTranslation("matching.form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        } catch (InvalidInputException problems) {
            errors.show(problems, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.matching.need-form") + " · " + getTranslation("app.name");
    }
}
