package org.alliances.observatory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;
import org.alliances.kernel.CsvCells;

/**
 * A table as the exports and the open data write it: each labelled column twice (the code, then {@code <column>_label}
 * in the language asked), numbers as numbers, a masked count as the text "&lt;5". CSV is UTF-8 with ";" between cells
 * (what a French spreadsheet opens), a header line and quoted text, neutralised when it looks like a formula.
 */
public final class TableFormats {

    private TableFormats() {
    }

    public static List<String> header(Table table) {
        var header = new ArrayList<String>();
        var first = table.rows().isEmpty() ? null : table.rows().getFirst();
        for (int c = 0; c < table.columns().size(); c++) {
            header.add(table.columns().get(c));
            if (first != null && first.get(c) instanceof Table.Label) {
                header.add(table.columns().get(c) + "_label");
            }
        }
        return header;
    }

    public static List<Map<String, Object>> rows(Table table, I18NProvider texts, Locale locale) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var row : table.rows()) {
            var out = new LinkedHashMap<String, Object>();
            for (int c = 0; c < table.columns().size(); c++) {
                var column = table.columns().get(c);
                var value = row.get(c);
                if (value instanceof Table.Label label) {
                    out.put(column, label.code());
                    out.put(column + "_label", texts.getTranslation(label.key(), locale, label.arguments().toArray()));
                } else if (value instanceof Masked) {
                    out.put(column, value.toString());
                } else {
                    out.put(column, value);
                }
            }
            rows.add(out);
        }
        return rows;
    }

    public static Map<String, Object> json(Report report, Table table, I18NProvider texts, Locale locale) {
        var result = new LinkedHashMap<String, Object>();
        result.put("area", report.area().key());
        result.put("name", report.name());
        result.put("table", table.id());
        result.put("title", texts.getTranslation("observatory.table." + table.id(), locale));
        result.put("masking", texts.getTranslation("observatory.masking", locale));
        result.put("rows", rows(table, texts, locale));
        return result;
    }

    public static String csv(Table table, I18NProvider texts, Locale locale) {
        var out = new StringBuilder();
        var header = header(table);
        out.append(String.join(";", header.stream().map(TableFormats::quote).toList())).append("\r\n");
        for (var row : rows(table, texts, locale)) {
            out.append(String.join(";", header.stream().map(column -> cell(row.get(column))).toList())).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case Long number -> number.toString();
            case Integer number -> number.toString();
            case BigDecimal number -> number.toPlainString();
            default -> quote(value.toString());
        };
    }

    private static String quote(String text) {
        return CsvCells.text(text);
    }
}
