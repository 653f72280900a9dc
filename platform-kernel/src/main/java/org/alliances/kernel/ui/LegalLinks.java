package org.alliances.kernel.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;

/** The links to the legal pages, at the foot of the menu and of the pages shown before signing in. */
public class LegalLinks extends Footer {

    public static final String NOTICE = "mentions-legales";
    public static final String PRIVACY = "confidentialite";
    public static final String TERMS = "conditions-utilisation";
    public static final String ACCESSIBILITY = "accessibilite";

    public LegalLinks() {
        addClassName("legal-links");
        var list = new UnorderedList();
        list.add(item(NOTICE, "legal.notice.title"), item(PRIVACY, "legal.privacy.title"), item(TERMS, "legal.terms.title"),
                item(ACCESSIBILITY, "legal.accessibility.link"));
        var nav = new Nav(list);
        nav.getElement().setAttribute("aria-label", getTranslation("legal.links"));
        add(nav);
    }

    private ListItem item(String route, String key) {
        return new ListItem(new Anchor(route, getTranslation(key)));
    }
}
