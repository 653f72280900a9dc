package org.alliances.observatory.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import com.vaadin.flow.i18n.I18NProvider;
import io.swagger.v3.oas.annotations.Hidden;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.runtime.SecurityLog;
import org.alliances.observatory.Area;
import org.alliances.observatory.ObservatoryService;
import org.alliances.observatory.Report;
import org.alliances.observatory.Table;
import org.alliances.observatory.TableFormats;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The observatory's tables as files, for the signed-in local authority (its territory and what lies inside it) or
 * admin: {@code /api/observatory/{area}/{table}.csv} or {@code .json}. Another territory's figures are refused (403).
 */
@RestController
@RequestMapping("/api/observatory")
@Hidden // behind the sign-in: not part of the open data described in OpenAPI
class ObservatoryExports {

    private final ObservatoryService observatory;
    private final I18NProvider texts;
    private final SecurityLog securityLog;
    private final CurrentOrganization currentOrganization;

    ObservatoryExports(ObservatoryService observatory, I18NProvider texts, SecurityLog securityLog, CurrentOrganization currentOrganization) {
        this.observatory = observatory;
        this.texts = texts;
        this.securityLog = securityLog;
        this.currentOrganization = currentOrganization;
    }

    @GetMapping(value = "/{area}/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String area, @PathVariable String table, @RequestParam(defaultValue = "fr") String lang) {
        var report = observatory.report(parse(area));
        var file = csvFile(report, tableOf(report, table), texts, Locale.of(lang));
        logExport();
        return file;
    }

    @GetMapping(value = "/{area}/{table}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json(@PathVariable String area, @PathVariable String table, @RequestParam(defaultValue = "fr") String lang) {
        var report = observatory.report(parse(area));
        var rows = tableOf(report, table);
        logExport();
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(report, table) + ".json\"")
                .body(TableFormats.json(report, rows, texts, Locale.of(lang)));
    }

    /** An export of figures is a security event: who took data, when, from where. */
    private void logExport() {
        securityLog.event("observatory-export", currentOrganization.memberId().orElse(null));
    }

    static Area parse(String key) {
        return Area.parse(key).orElseThrow(() -> new UnknownInPath("area",
                List.of("FR", "R<région code>", "D<département code>", "E<EPCI SIREN>", "C<commune code>")));
    }

    static Table tableOf(Report report, String id) {
        return report.table(id).orElseThrow(() -> new UnknownInPath("table", report.tables().stream().map(Table::id).toList()));
    }

    static ResponseEntity<byte[]> csvFile(Report report, Table table, I18NProvider texts, Locale locale) {
        var bytes = ("\uFEFF" + TableFormats.csv(table, texts, locale)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(report, table.id()) + ".csv\"").body(bytes);
    }

    static String fileName(Report report, String table) {
        return "alliances-" + report.area().key() + "-" + table;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, Object>> unknown(NoSuchElementException unknown) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(UnknownInPath.body(unknown));
    }
}
