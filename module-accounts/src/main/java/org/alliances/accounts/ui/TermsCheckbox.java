package org.alliances.accounts.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import org.alliances.kernel.ui.LegalLinks;

/**
 * "J'accepte les conditions d'utilisation", required on every form that makes an account, with a link that opens the
 * terms in a new tab so that what was typed stays.
 */
class TermsCheckbox extends Checkbox {

    TermsCheckbox() {
        setLabel(getTranslation("terms.accept"));
        setRequiredIndicatorVisible(true);
        var read = new Anchor(LegalLinks.TERMS, getTranslation("terms.read"));
        read.setTarget(AnchorTarget.BLANK);
        setHelperComponent(read);
    }
}
