package org.alliances.kernel.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;

import org.alliances.kernel.Territories;
import org.alliances.kernel.Territory;
import org.alliances.kernel.TerritoryLevel;

/**
 * Picks a territory of the given levels (a commune, an EPCI, a département or a région) by the start of its name.
 */
public class TerritoryPicker extends ComboBox<Territory> {

    public TerritoryPicker(String label, Territories territories, List<TerritoryLevel> levels) {
        super(label);
        setPlaceholder(getTranslation("picker.territory.placeholder"));
        setItemLabelGenerator(t -> t.name() + " — " + getTranslation(t.level().labelKey())
                + (t.level() == TerritoryLevel.COMMUNE || t.level() == TerritoryLevel.DEPARTMENT ? " (" + t.code() + ")" : ""));
        setItems(query -> territories.searchTerritories(query.getFilter().orElse(""), levels, query.getOffset(), query.getLimit()).stream(),
                query -> territories.countTerritories(query.getFilter().orElse(""), levels));
        setClearButtonVisible(true);
        setWidthFull();
    }
}
