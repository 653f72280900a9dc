package org.alliances.kernel.ui;

import com.vaadin.flow.component.combobox.ComboBox;

import org.alliances.kernel.SizeBand;

/**
 * Picks a company's size band, from the smallest to the largest. A combo box rather than a select: marked required,
 * a select puts {@code aria-required} on its button, which screen readers are not given (axe-core: aria-allowed-attr).
 */
public class SizeBandPicker extends ComboBox<SizeBand> {

    public SizeBandPicker(String label) {
        setLabel(label);
        setItems(SizeBand.values());
        setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        setWidthFull();
    }
}
