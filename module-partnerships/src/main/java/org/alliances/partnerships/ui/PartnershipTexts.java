package org.alliances.partnerships.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import org.alliances.partnerships.MeasureUnit;
import org.alliances.partnerships.Partnership;

/** What the partnership page's parts write alike: a quantity with its unit, a partner's name. */
final class PartnershipTexts {

    private PartnershipTexts() {
    }

    /** A quantity in the member's language, two decimals at most, with its unit (€, h, kg…). */
    static String quantity(Component translator, Locale locale, BigDecimal quantity, MeasureUnit unit) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return translator.getTranslation("partnerships.quantity." + unit.name(), format.format(quantity));
    }

    /** The name of one of the two partners. */
    static String nameOf(Partnership partnership, UUID organizationId) {
        return organizationId.equals(partnership.associationId()) ? partnership.associationName() : partnership.companyName();
    }
}
