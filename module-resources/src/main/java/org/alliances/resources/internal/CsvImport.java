package org.alliances.resources.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Theme;
import org.alliances.resources.ImportPreview;
import org.alliances.resources.ImportPreview.RowProblem;
import org.alliances.resources.Purpose;
import org.alliances.resources.ResourceForm;
import org.alliances.resources.ResourceType;
import org.springframework.stereotype.Component;

/**
 * Reads a CSV file of resources or case studies: UTF-8 (with or without byte-order mark) or, failing that, Latin-1
 * (Windows-1252, as spreadsheets save it); ";" or "," as separator, found in the header; quoted fields with doubled
 * quotes and line breaks; several values in a cell separated by "|". Columns are named in the header (see
 * {@link #COLUMNS}); codes are the typology's (e.g. {@code PATRONAGE}). Every problem is reported with its line and
 * column; nothing is saved here.
 */
@Component
public class CsvImport {

    /** The columns a file may have; type, purpose, title, summary and audiences are required in each row. */
    public static final List<String> COLUMNS = List.of("type", "purpose", "title", "summary", "body", "source", "authors", "year",
            "licence", "url", "audiences", "categories", "models", "themes", "commune", "partner_types", "started_on", "ended_on",
            "results_general_interest", "results_company", "review_on");
    static final int MAX_ROWS = 20_000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The column of the file a form's field is read from: {@code partnerTypes} from {@code partner_types}… */
    public static String columnOf(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    /** The rows read (a row with a problem is still read, as far as possible) and the problems of reading. */
    public ImportPreview read(byte[] file) {
        var problems = new ArrayList<RowProblem>();
        var encoding = "UTF-8";
        String text;
        int offset = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file, offset, file.length - offset)).toString();
            encoding = offset == 3 ? "UTF-8 (BOM)" : "UTF-8";
        } catch (CharacterCodingException notUtf8) {
            text = new String(file, WINDOWS_1252);
            encoding = "Latin-1";
        }
        var lines = parse(text);
        if (lines.isEmpty()) {
            problems.add(new RowProblem(1, "", "resources.import.empty"));
            return new ImportPreview(List.of(), List.of(), problems, encoding);
        }
        var header = lines.getFirst().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        var unknown = header.stream().filter(name -> !COLUMNS.contains(name)).toList();
        unknown.forEach(name -> problems.add(new RowProblem(1, name, "resources.import.column.unknown")));
        for (var required : List.of("type", "purpose", "title", "summary", "audiences")) {
            if (!header.contains(required)) {
                problems.add(new RowProblem(1, required, "resources.import.column.missing"));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportPreview(List.of(), List.of(), problems, encoding);
        }
        if (lines.size() - 1 > MAX_ROWS) {
            problems.add(new RowProblem(1, "", "resources.import.too-many"));
            return new ImportPreview(List.of(), List.of(), problems, encoding);
        }
        var rows = new ArrayList<ResourceForm>();
        var rowLines = new ArrayList<Integer>();
        for (int i = 1; i < lines.size(); i++) {
            var cells = lines.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int line = i + 1;
            if (cells.size() != header.size()) {
                problems.add(new RowProblem(line, "", "resources.import.cell-count"));
            }
            var values = new HashMap<String, String>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < cells.size() ? cells.get(c).strip() : "");
            }
            rows.add(form(values, line, problems));
            rowLines.add(line);
        }
        return new ImportPreview(rows, rowLines, problems, encoding);
    }

    private static ResourceForm form(Map<String, String> values, int line, List<RowProblem> problems) {
        return new ResourceForm(one(ResourceType.class, values, "type", line, problems), one(Purpose.class, values, "purpose", line, problems),
                text(values, "title"), text(values, "summary"), text(values, "body"), text(values, "source"), text(values, "authors"),
                year(values, line, problems), text(values, "licence"), text(values, "url"),
                many(OrganizationType.class, values, "audiences", line, problems), many(Category.class, values, "categories", line, problems),
                many(CooperationModel.class, values, "models", line, problems), many(Theme.class, values, "themes", line, problems),
                text(values, "commune"), text(values, "partner_types"), date(values, "started_on", line, problems),
                date(values, "ended_on", line, problems), text(values, "results_general_interest"), text(values, "results_company"),
                date(values, "review_on", line, problems));
    }

    private static String text(Map<String, String> values, String column) {
        var value = values.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    private static <E extends Enum<E>> E one(Class<E> type, Map<String, String> values, String column, int line, List<RowProblem> problems) {
        var value = text(values, column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new RowProblem(line, column, "resources.import.code.unknown"));
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> many(Class<E> type, Map<String, String> values, String column, int line, List<RowProblem> problems) {
        var result = EnumSet.noneOf(type);
        var value = text(values, column);
        if (value == null) {
            return result;
        }
        for (var code : value.split("\\|")) {
            if (code.isBlank()) {
                continue;
            }
            try {
                result.add(Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                problems.add(new RowProblem(line, column, "resources.import.code.unknown"));
                break;
            }
        }
        return result;
    }

    private static Integer year(Map<String, String> values, int line, List<RowProblem> problems) {
        var value = text(values, "year");
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException notANumber) {
            problems.add(new RowProblem(line, "year", "resources.import.year.invalid"));
            return null;
        }
    }

    private static LocalDate date(Map<String, String> values, String column, int line, List<RowProblem> problems) {
        var value = text(values, column);
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{2}/\\d{2}/\\d{4}")) {
                return LocalDate.of(Integer.parseInt(value.substring(6)), Integer.parseInt(value.substring(3, 5)),
                        Integer.parseInt(value.substring(0, 2)));
            }
            return LocalDate.parse(value);
        } catch (java.time.DateTimeException notADate) {
            problems.add(new RowProblem(line, column, "resources.import.date.invalid"));
            return null;
        }
    }

    /** Splits CSV text into lines of cells; the separator is the header's (";" when it has one, "," otherwise). */
    static List<List<String>> parse(String text) {
        int firstBreak = text.indexOf('\n');
        var headerLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char separator = headerLine.indexOf(';') >= 0 ? ';' : ',';
        var lines = new ArrayList<List<String>>();
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(List.copyOf(cells));
                cells.clear();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(List.copyOf(cells));
        }
        lines.removeIf(line -> line.size() == 1 && line.getFirst().isBlank());
        return lines;
    }
}
