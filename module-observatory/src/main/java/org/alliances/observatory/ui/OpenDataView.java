package org.alliances.observatory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.alliances.kernel.ui.LanguageSwitch;
import org.alliances.observatory.Area;
import org.alliances.observatory.ObservatoryService;
import org.alliances.observatory.TableFormats;

/**
 * The open data described for anyone: the addresses of the API, how areas are named, how small counts are masked,
 * and every field of every table with what it counts.
 */
@Route(value = "donnees-ouvertes", autoLayout = false)
@AnonymousAllowed
class OpenDataView extends Div implements HasDynamicTitle {

    OpenDataView(ObservatoryService observatory) {
        addClassName("page");
        addClassName("open-data");
        var home = new Anchor("", getTranslation("observatory.open-data.home"));
        add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(home, new LanguageSwitch()));
        add(new H1(getTranslation("observatory.open-data.title")), new Paragraph(getTranslation("observatory.open-data.intro")));
        add(new H2(getTranslation("observatory.open-data.addresses")));
        var addresses = new UnorderedList();
        for (var address : new String[]{"/api/open-data/areas/D69", "/api/open-data/areas/D69/tables/partnerships-by-model.json",
                "/api/open-data/areas/D69/tables/partnerships-by-model.csv", "/api/open-data/areas/R84/map?figure=PARTNERSHIPS"}) {
            var anchor = new Anchor(address, address);
            anchor.getElement().setAttribute("router-ignore", true);
            addresses.add(new ListItem(anchor));
        }
        add(addresses, new Paragraph(getTranslation("observatory.open-data.areas")),
                new Paragraph(getTranslation("observatory.masking")), new Paragraph(getTranslation("observatory.open-data.formats")));
        var openApi = new Anchor("/v3/api-docs", getTranslation("observatory.open-data.openapi"));
        openApi.getElement().setAttribute("router-ignore", true);
        var swagger = new Anchor("/swagger-ui/index.html", getTranslation("observatory.open-data.swagger"));
        swagger.getElement().setAttribute("router-ignore", true);
        add(new Paragraph(openApi), new Paragraph(swagger));
        add(new H2(getTranslation("observatory.open-data.fields")));
        fieldList("observatory.open-data.fields.area", "area", "level", "name", "population", "ancestors", "areasBelow", "masking", "tables");
        fieldList("observatory.open-data.fields.table", "area", "name", "table", "title", "masking", "rows");
        fieldList("observatory.open-data.fields.map", "area", "name", "value");
        add(new H2(getTranslation("observatory.open-data.tables")));
        for (var table : observatory.openReport(Area.COUNTRY).tables()) {
            add(new H3(getTranslation("observatory.table." + table.id()) + " (" + table.id() + ")"),
                    new Paragraph(getTranslation("observatory.table." + table.id() + ".about")));
            var fields = new UnorderedList();
            for (var column : TableFormats.header(table)) {
                var base = column.endsWith("_label") ? "label" : column;
                var name = new Span(column);
                name.addClassName("field-name");
                fields.add(new ListItem(name, new Span(" — " + getTranslation("observatory.field." + base))));
            }
            add(fields);
        }
        add(new Paragraph(getTranslation("observatory.credits")));
    }

    private void fieldList(String titleKey, String... fields) {
        var list = new UnorderedList();
        for (var field : fields) {
            var name = new Span(field);
            name.addClassName("field-name");
            list.add(new ListItem(name, new Span(" — " + getTranslation("observatory.field." + field))));
        }
        add(new H3(getTranslation(titleKey)), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("observatory.open-data.title");
    }
}
