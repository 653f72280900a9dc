package org.alliances.matching.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.Category;
import org.alliances.kernel.Commune;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.kernel.Theme;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.matching.Contribution;
import org.alliances.matching.MatchingService;

/**
 * A company's partner profile: the themes it cares about, the contributions it can bring and their capacity, the
 * communes where it is present, the categories it targets (pre-filled from its last diagnosis).
 */
@Route("profil-partenaire")
@Menu(title = "menu.matching.profile", order = 21, icon = "vaadin:briefcase")
@RolesAllowed(Roles.COMPANY)
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>();
    final CheckboxGroup<Contribution> contributions = new CheckboxGroup<>();
    final Map<Contribution, IntegerField> capacities = new EnumMap<>(Contribution.class);
    final MultiSelectComboBox<Commune> communes = new MultiSelectComboBox<>();
    final CheckboxGroup<Category> targets = new CheckboxGroup<>();
    final Button save = new Button();
    final Paragraph identity = new Paragraph();

    ProfileView(MatchingService matching, Territories territories, org.alliances.kernel.CurrentOrganization currentOrganization) {
        addClassName("page");
        var profile = matching.myProfile();
        var company = currentOrganization.require();
        add(new H1(getTranslation("matching.profile.title")), new Paragraph(getTranslation("matching.profile.intro")));
        if (company.sector() != null && company.sizeBand() != null) {
            identity.setText(getTranslation("matching.profile.identity", getTranslation(company.sector().labelKey()),
                    getTranslation(company.sizeBand().labelKey())));
            add(identity);
        }
        add(new Paragraph(profile.maturity() == null ? getTranslation("matching.profile.maturity.none")
                : getTranslation("matching.profile.maturity", getTranslation("diagnosis.level." + profile.maturity().name()))));

        themes.setLabel(getTranslation("matching.profile.themes"));
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(theme -> getTranslation(theme.labelKey()));
        themes.setValue(profile.themes());
        themes.setWidthFull();

        contributions.setLabel(getTranslation("matching.profile.contributions"));
        contributions.setItems(Contribution.values());
        contributions.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        contributions.setValue(profile.contributions().keySet());
        var capacityFields = new Div();
        for (var contribution : Contribution.values()) {
            if (contribution.unit() == Contribution.Unit.NONE) {
                continue;
            }
            var field = new IntegerField(getTranslation(contribution.labelKey()) + " — "
                    + getTranslation("matching.profile.capacity", getTranslation("matching.unit." + contribution.unit().name())));
            field.setMin(0);
            field.setValue(profile.contributions().get(contribution));
            field.setVisible(profile.contributions().containsKey(contribution));
            capacities.put(contribution, field);
            capacityFields.add(field);
        }
        contributions.addValueChangeListener(change -> capacities.forEach((contribution, field) ->
                field.setVisible(change.getValue().contains(contribution))));

        communes.setLabel(getTranslation("matching.profile.communes"));
        communes.setItemLabelGenerator(Commune::displayName);
        communes.setItems(query -> territories.searchCommunes(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        var known = new LinkedHashSet<Commune>();
        profile.communeCodes().forEach(code -> territories.commune(code).ifPresent(known::add));
        communes.setValue(known);
        communes.setWidthFull();

        targets.setLabel(getTranslation("matching.profile.targets"));
        targets.setHelperText(getTranslation("matching.profile.targets.help"));
        targets.setItems(Category.values());
        targets.setItemLabelGenerator(category -> getTranslation(category.labelKey()));
        targets.setValue(new LinkedHashSet<>(profile.targetCategories()));

        var errors = new FieldErrors().bind("themes", themes).bind("contributions", contributions)
                .bind("communes", communes).bind("targets", targets);
        save.setText(getTranslation("matching.profile.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            errors.clear();
            var offered = new EnumMap<Contribution, Integer>(Contribution.class);
            contributions.getValue().forEach(contribution -> offered.put(contribution,
                    capacities.containsKey(contribution) ? capacities.get(contribution).getValue() : null));
            List<Category> ordered = new ArrayList<>(profile.targetCategories().stream().filter(targets.getValue()::contains).toList());
            targets.getValue().stream().sorted().filter(category -> !ordered.contains(category)).forEach(ordered::add);
            try {
                matching.saveProfile(themes.getValue(), offered,
                        communes.getValue().stream().map(Commune::code).collect(java.util.stream.Collectors.toSet()), ordered);
                Notification.show(getTranslation("matching.profile.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
        add(themes, contributions, capacityFields, communes, targets, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.matching.profile") + " · " + getTranslation("app.name");
    }
}
