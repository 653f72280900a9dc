package org.alliances.legal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import org.alliances.kernel.ui.LegalLinks;

/**
 * A legal page: a title and sections of plain paragraphs and lists, every text from the translations (French and
 * English), the operator's settings filled in.
 */
abstract class LegalPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    LegalPage(String titleKey) {
        this.titleKey = titleKey;
        addClassName("page");
        addClassName("legal-page");
        add(new H1(getTranslation(titleKey)));
    }

    /** A section with its heading and paragraphs; a paragraph's key may take the page's arguments. */
    protected Section section(String headingKey, Object[] arguments, String... paragraphKeys) {
        var section = new Section(new H2(getTranslation(headingKey)));
        for (var key : paragraphKeys) {
            section.add(new Paragraph(getTranslation(key, arguments)));
        }
        add(section);
        return section;
    }

    /** A list of items under the last section. */
    protected void list(Section section, Object[] arguments, String... itemKeys) {
        var list = new UnorderedList();
        for (var key : itemKeys) {
            list.add(new ListItem(getTranslation(key, arguments)));
        }
        section.add(list);
    }

    /** A setting the operator has not given yet reads as such, never as an empty line. */
    protected String given(String value) {
        return value == null || value.isBlank() ? getTranslation("legal.not-given") : value;
    }

    /** The links to the other legal pages close every page (and give a keyboard a stop inside a long page). */
    @Override
    protected void onAttach(AttachEvent attach) {
        if (getChildren().noneMatch(LegalLinks.class::isInstance)) {
            add(new LegalLinks());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
