package org.alliances.observatory.ui;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.Roles;
import org.alliances.kernel.ui.PhoneCards;
import org.alliances.observatory.Area;
import org.alliances.observatory.AreaLevel;
import org.alliances.observatory.MapFigure;
import org.alliances.observatory.Masked;
import org.alliances.observatory.ObservatoryService;
import org.alliances.observatory.Report;
import org.alliances.observatory.Table;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The observatory of a territory: where it lies, a map coloured by a chosen figure, charts and tables of every figure
 * (each exportable as CSV and JSON), the areas below it, the national reference. A local authority opens its own
 * territory and what lies inside it; an admin the whole country, and can rebuild the figures.
 */
@Route("observatoire")
@Menu(title = "menu.observatory", order = 60, icon = "vaadin:chart-grid")
@RolesAllowed({Roles.LOCAL_AUTHORITY, Roles.ADMIN})
class ObservatoryView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final Select<MapFigure> mapFigure = new Select<>();
    final Div mapHolder = new Div();
    final Div body = new Div();
    final Span notice = new Span();
    final ProgressBar rebuildProgress = new ProgressBar(0, 1);
    Report report;
    private Area home;
    private final ObservatoryService observatory;

    ObservatoryView(ObservatoryService observatory) {
        this.observatory = observatory;
        addClassName("page");
        mapFigure.setLabel(getTranslation("observatory.map.figure"));
        mapFigure.setItems(MapFigure.values());
        mapFigure.setItemLabelGenerator(figure -> getTranslation(figure.labelKey()));
        mapFigure.setValue(MapFigure.PARTNERSHIPS);
        mapFigure.setWidth("20em");
        mapHolder.setWidthFull();
        mapFigure.addValueChangeListener(change -> showMap());
        notice.addClassName("notice");
        rebuildProgress.setVisible(false);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String key) {
        home = observatory.home();
        var area = key == null ? home : Area.parse(key).orElse(null);
        notice.setText("");
        if (area == null) {
            notice.setText(getTranslation("observatory.unknown-area"));
            area = home;
        }
        try {
            report = observatory.report(area);
        } catch (NoSuchElementException unknown) {
            notice.setText(getTranslation("observatory.unknown-area"));
            report = observatory.report(home);
        } catch (AccessDeniedException outside) {
            notice.setText(getTranslation("observatory.outside"));
            report = observatory.report(home);
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("observatory.title", report == null ? "" : report.name());
    }

    private void render() {
        removeAll();
        var numbers = NumberFormat.getIntegerInstance(getLocale());
        var title = new H1(getTranslation("observatory.title", report.name()));
        title.addClassName("observatory-title");
        add(title);
        // a link at the foot of a page leads to another area: its page opens at its title, not where the link was
        title.getElement().executeJs("this.scrollIntoView({block: 'start'})");
        if (!notice.getText().isEmpty()) {
            add(notice);
        }
        var where = new HorizontalLayout();
        where.addClassName("breadcrumb");
        report.ancestors().forEach(ancestor -> where.add(link(ancestor, observatory.name(ancestor)), new Span("›")));
        where.add(new Span(getTranslation(report.area().level().labelKey()) + " — "
                + getTranslation("observatory.population", numbers.format(report.population()))));
        add(where, new Paragraph(getTranslation("observatory.intro")));
        add(new H2(getTranslation("observatory.map.title")), mapFigure, mapHolder);
        showMap();
        body.removeAll();
        body.setWidthFull();
        var tables = new LinkedHashMap<String, Table>();
        report.tables().forEach(t -> tables.put(t.id(), t));
        section("references", tables, null);
        section("organizations", tables, null);
        section("maturity", tables, null);
        section("needs", tables, null);
        section("matching", tables, null);
        section("partnerships-by-category", tables, bars(tables.get("partnerships-by-category"), 1));
        section("partnerships-by-model", tables, bars(tables.get("partnerships-by-model"), 1));
        section("partnerships-by-stage", tables, bars(tables.get("partnerships-by-stage"), 1));
        section("contributions", tables, null);
        section("months", tables, months(tables.get("months")));
        section("model-flows", tables, flows(tables.get("model-flows")));
        section("unmet-by-theme", tables, bars(tables.get("unmet-by-theme"), 1));
        section("unmet-by-category", tables, null);
        section("areas-below", tables, null);
        add(body);
        add(new Paragraph(getTranslation("observatory.masking")), new Paragraph(getTranslation("observatory.credits")),
                new Anchor("donnees-ouvertes", getTranslation("observatory.open-data.link")));
        if (home.level() == AreaLevel.COUNTRY) {
            var rebuild = new Button(getTranslation("observatory.rebuild"), click -> confirmRebuild());
            rebuild.addThemeVariants(ButtonVariant.PRIMARY);
            add(new HorizontalLayout(rebuild, rebuildProgress));
        }
    }

    private void section(String id, Map<String, Table> tables, Html chart) {
        var table = tables.get(id);
        var block = new Div();
        block.addClassName("observatory-section");
        block.setId("table-" + id);
        block.add(new H2(getTranslation("observatory.table." + id)));
        var explanation = getTranslation("observatory.table." + id + ".about");
        if (!explanation.startsWith("!")) {
            block.add(new Paragraph(explanation));
        }
        if (table.isEmpty()) {
            block.add(new Paragraph(getTranslation("observatory.table.empty")));
        } else {
            if (chart != null) {
                block.add(chart);
            }
            block.add(grid(table));
        }
        var exports = new HorizontalLayout(new Span(getTranslation("observatory.export")),
                export(id, "csv"), export(id, "json"));
        exports.addClassName("exports");
        block.add(exports);
        body.add(block);
    }

    private Anchor export(String table, String format) {
        var anchor = new Anchor("api/observatory/" + report.area().key() + "/" + table + "." + format, format.toUpperCase());
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    Grid<List<Object>> grid(Table table) {
        var grid = new Grid<List<Object>>();
        var cards = PhoneCards.of(grid);
        for (int c = 0; c < table.columns().size(); c++) {
            int column = c;
            var header = getTranslation("observatory.column." + table.columns().get(c));
            if (table.id().equals("areas-below") && column == 0) {
                cards.component(row -> {
                    var label = (Table.Label) row.getFirst();
                    return link(Area.parse(label.code()).orElseThrow(), String.valueOf(label.arguments().getFirst()));
                }).setHeader(header).setFlexGrow(1);
            } else {
                cards.text(row -> cell(row.get(column))).setHeader(header).setFlexGrow(column == 0 ? 2 : 1);
            }
        }
        cards.cards(getTranslation("observatory.card"));
        grid.setItems(table.rows());
        grid.setAllRowsVisible(table.rows().size() <= 30);
        if (table.rows().size() > 30) {
            grid.setHeight("32em");
        }
        return grid;
    }

    String cell(Object value) {
        return switch (value) {
            case Table.Label label -> getTranslation(label.key(), label.arguments().toArray());
            case Masked masked -> "<5";
            case Long number -> NumberFormat.getIntegerInstance(getLocale()).format(number);
            case BigDecimal number -> NumberFormat.getNumberInstance(getLocale()).format(number);
            case null -> "";
            default -> value.toString();
        };
    }

    private Html bars(Table table, int valueColumn) {
        var bars = table.rows().stream().map(row -> new Charts.Bar(cell(row.getFirst()), row.get(valueColumn))).toList();
        return wrap(Charts.bars(bars, alternative(table)));
    }

    private Html months(Table table) {
        var labels = table.rows().stream().map(row -> cell(row.getFirst())).toList();
        var series = new LinkedHashMap<String, List<Object>>();
        for (int c = 1; c < table.columns().size(); c++) {
            int column = c;
            series.put(getTranslation("observatory.column." + table.columns().get(c)), table.rows().stream().map(row -> row.get(column)).toList());
        }
        return wrap(Charts.months(labels, series, alternative(table)));
    }

    private Html flows(Table table) {
        var flows = table.rows().stream().map(row -> new Charts.Flow(CooperationModel.valueOf(((Table.Label) row.get(0)).code()),
                CooperationModel.valueOf(((Table.Label) row.get(1)).code()), row.get(2))).toList();
        var labels = Arrays.stream(CooperationModel.values()).map(m -> getTranslation(m.labelKey())).toList();
        return wrap(Charts.flows(flows, labels, alternative(table)));
    }

    /** The chart's text alternative: the table read out, row by row. */
    String alternative(Table table) {
        var text = new StringBuilder(getTranslation("observatory.table." + table.id())).append(" : ");
        var rows = new ArrayList<String>();
        for (var row : table.rows()) {
            rows.add(String.join(" ", row.stream().map(this::cell).toList()));
        }
        return text.append(String.join(" ; ", rows)).toString();
    }

    private static Html wrap(String svg) {
        return new Html("<div class='observatory-chart'>" + svg + "</div>");
    }

    void showMap() {
        mapHolder.removeAll();
        if (report == null) {
            return;
        }
        var values = observatory.map(report.area(), mapFigure.getValue());
        var mapped = new LinkedHashMap<Area, Object>(values);
        boolean tiles = report.area().level() == AreaLevel.DEPARTMENT || report.area().level() == AreaLevel.EPCI;
        if (tiles) {
            var byName = new TreeMap<String, Area>(Collator.getInstance(Locale.FRENCH));
            values.keySet().forEach(area -> byName.put(observatory.name(area) + " " + area.code(), area));
            mapped.clear();
            byName.values().forEach(area -> mapped.put(area, values.get(area)));
        }
        if (mapped.isEmpty()) {
            mapHolder.add(new Paragraph(getTranslation("observatory.map.none")));
            return;
        }
        var figure = getTranslation(mapFigure.getValue().labelKey());
        var alternative = getTranslation("observatory.map.alt", figure, report.name());
        var svg = tiles
                ? AreaMap.tiles(mapped, observatory::name, area -> "observatoire/" + area.key(), alternative)
                : AreaMap.departments(mapped, observatory::name, area -> "observatoire/" + area.key(), alternative);
        mapHolder.add(new Html("<div class='observatory-map'>" + svg + "</div>"));
        mapHolder.add(new Html("<div class='observatory-legend'>" + AreaMap.legend(AreaMap.bounds(mapped),
                getTranslation("observatory.map.masked"), getTranslation("observatory.map.zero")) + "</div>"));
        if (tiles) {
            mapHolder.add(new Paragraph(getTranslation("observatory.map.tiles")));
        }
        var rows = new ArrayList<List<Object>>();
        mapped.forEach((area, value) -> rows.add(List.of(new Table.Label(area.key(), "observatory.name", List.of(observatory.name(area))), value)));
        var alternativeTable = new Table("map", List.of("area", "value"), rows);
        var grid = grid(alternativeTable);
        grid.setHeight("16em");
        grid.setAllRowsVisible(false);
        grid.getColumns().get(1).setHeader(figure);
        mapHolder.add(new Paragraph(getTranslation("observatory.map.table")), grid);
    }

    private RouterLink link(Area area, String name) {
        return new RouterLink(name, ObservatoryView.class, area.key());
    }

    private void confirmRebuild() {
        var dialog = new ConfirmDialog(getTranslation("observatory.rebuild.title"), getTranslation("observatory.rebuild.text"),
                getTranslation("observatory.rebuild.confirm"), confirm -> rebuild());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("observatory.rebuild.cancel"));
        dialog.open();
    }

    void rebuild() {
        var ui = UI.getCurrent();
        rebuildProgress.setVisible(true);
        rebuildProgress.setValue(0);
        ui.setPollInterval(300);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                int events = observatory.rebuild(progress -> ui.access(() -> rebuildProgress.setValue(progress)));
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    report = observatory.report(report.area());
                    notice.setText(getTranslation("observatory.rebuild.done", events));
                    render();
                });
            } catch (RuntimeException failure) {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    rebuildProgress.setVisible(false);
                    notice.setText(getTranslation("observatory.rebuild.failed"));
                    render();
                });
            }
        }));
    }
}
