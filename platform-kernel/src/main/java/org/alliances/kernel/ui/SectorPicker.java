package org.alliances.kernel.ui;

import java.util.Arrays;
import java.util.Comparator;

import com.vaadin.flow.component.combobox.ComboBox;

import org.alliances.kernel.Sector;

/** Picks a company's sector, the sections listed in alphabetical order of their label in the user's language. */
public class SectorPicker extends ComboBox<Sector> {

    public SectorPicker(String label) {
        super(label);
        setItems(Arrays.stream(Sector.values()).sorted(Comparator.comparing(s -> getTranslation(s.labelKey()))).toList());
        setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        setWidthFull();
    }
}
