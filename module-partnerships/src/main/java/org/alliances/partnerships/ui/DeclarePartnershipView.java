package org.alliances.partnerships.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Organization;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.kernel.ui.CommunePicker;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.TextLimits;
import org.alliances.partnerships.Declaration;
import org.alliances.partnerships.PartnershipService;

/**
 * Declares a partnership that already exists: the partner is found by its name or its SIREN/RNA number; the
 * partnership counts once the partner confirms it.
 */
@Route("mes-partenariats/declarer")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY})
class DeclarePartnershipView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<Organization> partner = new ComboBox<>();
    final Select<CooperationModel> model = new Select<>();
    final CommunePicker commune;
    final DatePicker startedOn = new DatePicker();
    final TextArea note = new TextArea();
    final Button save;
    private final FieldErrors errors = new FieldErrors();

    DeclarePartnershipView(PartnershipService service, CurrentOrganization currentOrganization, Territories territories,
                           Clock clock) {
        var me = currentOrganization.require();
        var partnerType = me.type().name();
        addClassName("page");
        add(new H1(getTranslation("partnerships.declare.title")));
        add(new Paragraph(getTranslation("partnerships.declare.intro." + partnerType)));

        partner.setLabel(getTranslation("partnerships.declare.partner." + partnerType));
        partner.setPlaceholder(getTranslation("partnerships.declare.partner.placeholder"));
        partner.setItems(query -> service.findPartners(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        partner.setItemLabelGenerator(found -> found.name() + " — " + found.identifier()
                + territories.commune(found.communeCode()).map(commune -> " — " + commune.name()).orElse(""));
        partner.setWidthFull();

        model.setLabel(getTranslation("partnerships.declare.model"));
        model.setItems(Arrays.asList(CooperationModel.values()));
        model.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        model.addValueChangeListener(change -> model.setHelperText(change.getValue() == null ? null
                : getTranslation(change.getValue().definitionKey())));
        model.setWidth("24em");

        commune = new CommunePicker(getTranslation("partnerships.declare.commune"), territories);
        commune.selectCode(me.communeCode(), territories);
        startedOn.setLabel(getTranslation("partnerships.declare.started"));
        startedOn.setMax(LocalDate.now(clock));
        startedOn.setLocale(getLocale());
        note.setLabel(getTranslation("partnerships.declare.note"));
        TextLimits.limit(note, Declaration.NOTE.max());
        note.setWidthFull();

        errors.bind("partner", partner).bind("model", model).bind("commune", commune).bind("startedOn", startedOn)
                .bind("note", note);
        save = new Button(getTranslation("partnerships.declare.save"), click -> {
            errors.clear();
            try {
                var declared = service.declare(new Declaration(partner.getValue() == null ? null : partner.getValue().id(),
                        model.getValue(), commune.getValue() == null ? null : commune.getValue().code(), startedOn.getValue(),
                        note.getValue()));
                Notification.show(getTranslation("partnerships.declare.done", declared.partnerName()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(PartnershipView.class, declared.id().toString()));
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("partnerships.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(MyPartnershipsView.class)));
        var form = new VerticalLayout(partner, model, commune, startedOn, note, new HorizontalLayout(cancel, save));
        form.setPadding(false);
        form.setMaxWidth("40em");
        add(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.partnerships.declare") + " · " + getTranslation("app.name");
    }
}
