package org.alliances.resources.ui;

import com.vaadin.flow.component.Component;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Territories;
import org.alliances.kernel.TerritoryLevel;
import org.alliances.kernel.Theme;
import org.alliances.resources.Facet;
import org.alliances.resources.Purpose;
import org.alliances.resources.ResourceType;

/** The words shown for facet values, in the user's language. */
final class Labels {

    private Labels() {
    }

    static String of(Facet facet, String code, Component translator, Territories territories) {
        try {
            return switch (facet) {
                case TYPE -> translator.getTranslation(ResourceType.valueOf(code).labelKey());
                case PURPOSE -> translator.getTranslation(Purpose.valueOf(code).labelKey());
                case CATEGORY -> translator.getTranslation(Category.valueOf(code).labelKey());
                case MODEL -> translator.getTranslation(CooperationModel.valueOf(code).labelKey());
                case AUDIENCE -> translator.getTranslation("resources.audience." + OrganizationType.valueOf(code).name());
                case THEME -> translator.getTranslation(Theme.valueOf(code).labelKey());
                case DEPARTMENT -> territories.territory(TerritoryLevel.DEPARTMENT, code).map(territory -> territory.name() + " (" + code + ")")
                        .orElse(code);
                case YEAR -> code;
            };
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }
}
