package org.alliances.kernel.ui;

import com.vaadin.flow.component.combobox.ComboBox;

import org.alliances.kernel.Commune;
import org.alliances.kernel.Territories;

/**
 * Picks one of the ~35,000 communes by typing the start of its name (accents, case and hyphens ignored),
 * a postal code or an INSEE code; the list is fetched page by page from the server.
 */
public class CommunePicker extends ComboBox<Commune> {

    public CommunePicker(String label, Territories territories) {
        super(label);
        setPlaceholder(getTranslation("picker.commune.placeholder"));
        setItemLabelGenerator(Commune::displayName);
        setItems(query -> territories.searchCommunes(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                query -> territories.countCommunes(query.getFilter().orElse("")));
        setClearButtonVisible(true);
        setWidthFull();
    }

    /** Selects the commune with this INSEE code, or clears the field when the code is unknown. */
    public void selectCode(String code, Territories territories) {
        setValue(territories.commune(code).orElse(null));
    }
}
