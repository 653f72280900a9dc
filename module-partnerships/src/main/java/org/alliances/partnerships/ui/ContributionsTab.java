package org.alliances.partnerships.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

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
import org.alliances.partnerships.ContributionEntry;
import org.alliances.partnerships.ContributionForm;
import org.alliances.partnerships.ContributionKind;
import org.alliances.partnerships.Partnership;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Totals;
import org.alliances.kernel.ui.PhoneCards;

/**
 * What each partner brought: the totals per partner and kind, the form to record a contribution (money, hours,
 * goods at their estimated value), and every contribution, a page at a time, each removable after confirming.
 */
final class ContributionsTab extends VerticalLayout {

    final Div totals = new Div();
    final Select<ContributionKind> kind = new Select<>();
    final Select<UUID> givenBy = new Select<>();
    final BigDecimalField amount = new BigDecimalField();
    final TextField description = new TextField();
    final DatePicker givenOn = new DatePicker();
    final Button add = new Button();
    final Grid<ContributionEntry> grid = new Grid<>();
    final Pager<ContributionEntry> pager;
    private final PartnershipService service;
    private final Runnable changed;
    private Partnership partnership;

    /**
     * @param dialogs where a removal is confirmed
     * @param changed what the page does once a contribution is recorded (reads the partnership again)
     */
    ContributionsTab(PartnershipService service, Clock clock, PartnershipDialogs dialogs, Runnable changed) {
        this.service = service;
        this.changed = changed;
        buildForm(clock);
        var cards = PhoneCards.of(grid);
        cards.text(entry -> Dates.format(entry.givenOn(), getLocale())).setHeader(getTranslation("partnerships.history.date"))
                .setAutoWidth(true).setFlexGrow(0);
        cards.text(entry -> PartnershipTexts.nameOf(partnership, entry.givenBy()))
                .setHeader(getTranslation("partnerships.contribution.given-by")).setFlexGrow(1);
        cards.text(entry -> getTranslation(entry.kind().labelKey())).setHeader(getTranslation("partnerships.contribution.kind")).setFlexGrow(1);
        cards.text(entry -> PartnershipTexts.quantity(this, getLocale(), entry.amount(), entry.kind().unit()))
                .setHeader(getTranslation("partnerships.contribution.amount")).setAutoWidth(true).setFlexGrow(0);
        cards.text(entry -> entry.description() == null ? "" : entry.description())
                .setHeader(getTranslation("partnerships.contribution.description")).setFlexGrow(2);
        cards.component(entry -> RemoveButton.of(this, add.isEnabled(),
                        () -> dialogs.confirmRemoval(() -> service.removeContribution(partnership.id(), entry.id()))))
                .setAutoWidth(true).setFlexGrow(0);
        cards.cards(getTranslation("partnerships.contribution.card"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        pager = new Pager<>(grid, page -> service.contributions(partnership.id(), page));
        var form = new HorizontalLayout(kind, givenBy, amount, description, givenOn, add);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(totals, new H3(getTranslation("partnerships.contribution.add")), form, grid, pager);
    }

    /** Shows this partnership's contributions; the form takes new ones while it may be recorded on. */
    void show(Partnership shown, Totals sums, boolean recordable) {
        partnership = shown;
        givenBy.setItems(partnership.associationId(), partnership.companyId());
        givenBy.setItemLabelGenerator(id -> id == null ? "" : PartnershipTexts.nameOf(partnership, id));
        givenBy.setValue(partnership.viewerIsAssociation() ? partnership.companyId() : partnership.viewerId());
        add.setEnabled(recordable);
        pager.show(0);
        renderTotals(sums);
    }

    private void buildForm(Clock clock) {
        kind.setLabel(getTranslation("partnerships.contribution.kind"));
        kind.setItems(ContributionKind.values());
        kind.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        kind.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                amount.setHelperText(getTranslation("partnerships.contribution.amount.in." + change.getValue().unit().name()
                        + (change.getValue().isEstimated() ? ".estimated" : "")));
                description.setRequiredIndicatorVisible(change.getValue().isEstimated());
            }
        });
        givenBy.setLabel(getTranslation("partnerships.contribution.given-by"));
        amount.setLabel(getTranslation("partnerships.contribution.amount"));
        description.setLabel(getTranslation("partnerships.contribution.description"));
        TextLimits.limit(description, ContributionForm.DESCRIPTION.max());
        givenOn.setLabel(getTranslation("partnerships.contribution.date"));
        givenOn.setLocale(getLocale());
        givenOn.setValue(LocalDate.now(clock));
        var errors = new FieldErrors().bind("kind", kind).bind("givenBy", givenBy).bind("amount", amount)
                .bind("description", description).bind("givenOn", givenOn);
        add.setText(getTranslation("partnerships.contribution.save"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> {
            errors.clear();
            if (amount.isInvalid() || amount.getElement().getProperty("_hasInputValue", false) && amount.getValue() == null) {
                errors.show("amount", "partnerships.quantity.not-a-number", this);
                return;
            }
            try {
                service.addContribution(partnership.id(), new ContributionForm(kind.getValue(), givenBy.getValue(), amount.getValue(),
                        description.getValue(), givenOn.getValue()));
                amount.clear();
                description.clear();
                Notification.show(getTranslation("partnerships.contribution.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                changed.run();
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
    }

    private void renderTotals(Totals sums) {
        totals.removeAll();
        totals.add(new H3(getTranslation("partnerships.totals.contributions")));
        if (sums.contributions().isEmpty()) {
            totals.add(new Paragraph(getTranslation("partnerships.totals.contributions.none")));
        }
        for (var partner : new UUID[] {partnership.companyId(), partnership.associationId()}) {
            var mine = sums.contributions().stream().filter(total -> total.givenBy().equals(partner)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            var list = new UnorderedList();
            mine.forEach(total -> list.add(new ListItem(getTranslation("partnerships.totals.line", getTranslation(total.kind().labelKey()),
                    PartnershipTexts.quantity(this, getLocale(), total.total(), total.kind().unit()), total.count()))));
            totals.add(new Paragraph(getTranslation("partnerships.totals.from", PartnershipTexts.nameOf(partnership, partner))), list);
        }
    }
}
