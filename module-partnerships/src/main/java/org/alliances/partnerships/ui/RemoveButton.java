package org.alliances.partnerships.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** The small "remove" button of a contribution's or a measure's line; removing asks first. */
final class RemoveButton {

    private RemoveButton() {
    }

    static Button of(Component translator, boolean enabled, Runnable askThenRemove) {
        var button = new Button(translator.getTranslation("partnerships.remove"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        button.setEnabled(enabled);
        button.addClickListener(click -> askThenRemove.run());
        return button;
    }
}
