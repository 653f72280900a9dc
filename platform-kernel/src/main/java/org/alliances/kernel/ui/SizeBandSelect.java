package org.alliances.kernel.ui;

import com.vaadin.flow.component.select.Select;

import org.alliances.kernel.SizeBand;

/** Picks a company's size band, from the smallest to the largest. */
public class SizeBandSelect extends Select<SizeBand> {

    public SizeBandSelect(String label) {
        setLabel(label);
        setItems(SizeBand.values());
        setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        setWidthFull();
    }
}
