package org.alliances.partnerships.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.TextLimits;
import org.alliances.partnerships.ImpactSide;
import org.alliances.partnerships.Indicator;
import org.alliances.partnerships.IndicatorEntry;
import org.alliances.partnerships.IndicatorForm;
import org.alliances.partnerships.MeasureUnit;
import org.alliances.partnerships.Partnership;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Totals;
import org.alliances.kernel.ui.PhoneCards;

/**
 * The double impact: the totals on the general interest and on the company's side, the form to record a measure
 * (a known indicator, or another with its name and unit), and every measure, a page at a time.
 */
final class ImpactTab extends VerticalLayout {

    final Div totals = new Div();
    final Select<Indicator> indicator = new Select<>();
    final TextField label = new TextField();
    final Select<MeasureUnit> unit = new Select<>();
    final BigDecimalField value = new BigDecimalField();
    final DatePicker measuredOn = new DatePicker();
    final Button add = new Button();
    final Grid<IndicatorEntry> grid = new Grid<>();
    final Pager<IndicatorEntry> pager;
    private final PartnershipService service;
    private final Runnable changed;
    private Partnership partnership;

    ImpactTab(PartnershipService service, Clock clock, PartnershipDialogs dialogs, Runnable changed) {
        this.service = service;
        this.changed = changed;
        buildForm(clock);
        var cards = PhoneCards.of(grid);
        cards.text(entry -> Dates.format(entry.measuredOn(), getLocale())).setHeader(getTranslation("partnerships.history.date"))
                .setAutoWidth(true).setFlexGrow(0);
        cards.text(entry -> getTranslation(entry.indicator().side().labelKey())).setHeader(getTranslation("partnerships.indicator.side"))
                .setFlexGrow(1);
        cards.text(entry -> entry.label() != null ? entry.label() : getTranslation(entry.indicator().labelKey()))
                .setHeader(getTranslation("partnerships.indicator")).setFlexGrow(2);
        cards.text(entry -> PartnershipTexts.quantity(this, getLocale(), entry.value(), entry.unit()))
                .setHeader(getTranslation("partnerships.indicator.value")).setAutoWidth(true).setFlexGrow(0);
        cards.component(entry -> RemoveButton.of(this, add.isEnabled(),
                        () -> dialogs.confirmRemoval(() -> service.removeIndicator(partnership.id(), entry.id()))))
                .setAutoWidth(true).setFlexGrow(0);
        cards.cards(getTranslation("partnerships.indicator.card"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        pager = new Pager<>(grid, page -> service.indicators(partnership.id(), page));
        var form = new HorizontalLayout(indicator, label, unit, value, measuredOn, add);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(totals, new H3(getTranslation("partnerships.indicator.add")), form, grid, pager);
    }

    void show(Partnership shown, Totals sums, boolean recordable) {
        partnership = shown;
        add.setEnabled(recordable);
        pager.show(0);
        renderTotals(sums);
    }

    private void buildForm(Clock clock) {
        indicator.setLabel(getTranslation("partnerships.indicator"));
        indicator.setItems(Indicator.values());
        indicator.setItemLabelGenerator(choice -> choice == null ? ""
                : getTranslation(choice.side().labelKey()) + " — " + getTranslation(choice.labelKey()));
        indicator.setWidth("24em");
        label.setLabel(getTranslation("partnerships.indicator.label"));
        TextLimits.limit(label, IndicatorForm.LABEL.max());
        unit.setLabel(getTranslation("partnerships.indicator.unit"));
        unit.setItems(MeasureUnit.values());
        unit.setItemLabelGenerator(choice -> choice == null ? "" : getTranslation(choice.labelKey()));
        label.setVisible(false);
        unit.setVisible(false);
        indicator.addValueChangeListener(change -> {
            boolean other = change.getValue() != null && change.getValue().isOther();
            label.setVisible(other);
            unit.setVisible(other);
            value.setHelperText(change.getValue() == null || other ? null
                    : getTranslation("partnerships.indicator.in", getTranslation(change.getValue().unit().labelKey())));
        });
        value.setLabel(getTranslation("partnerships.indicator.value"));
        measuredOn.setLabel(getTranslation("partnerships.indicator.date"));
        measuredOn.setLocale(getLocale());
        measuredOn.setValue(LocalDate.now(clock));
        var errors = new FieldErrors().bind("indicator", indicator).bind("label", label).bind("unit", unit).bind("value", value)
                .bind("measuredOn", measuredOn);
        add.setText(getTranslation("partnerships.indicator.save"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> {
            errors.clear();
            try {
                service.addIndicator(partnership.id(), new IndicatorForm(indicator.getValue(), label.getValue(), value.getValue(),
                        unit.getValue(), measuredOn.getValue()));
                value.clear();
                Notification.show(getTranslation("partnerships.indicator.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                changed.run();
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
    }

    private void renderTotals(Totals sums) {
        totals.removeAll();
        totals.addClassName("impact-sides");
        for (var side : ImpactSide.values()) {
            var column = new Div(new H3(getTranslation("partnerships.totals.side", getTranslation(side.labelKey()))));
            column.addClassName("impact-side");
            var onSide = sums.impactsOn(side);
            if (onSide.isEmpty()) {
                column.add(new Paragraph(getTranslation("partnerships.totals.impact.none")));
            }
            var list = new UnorderedList();
            onSide.forEach(total -> list.add(new ListItem(getTranslation("partnerships.totals.line",
                    total.label() != null ? total.label() : getTranslation(total.indicator().labelKey()),
                    PartnershipTexts.quantity(this, getLocale(), total.total(), total.unit()), total.count()))));
            column.add(list);
            totals.add(column);
        }
    }
}
