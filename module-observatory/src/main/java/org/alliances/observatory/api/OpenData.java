package org.alliances.observatory.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import com.vaadin.flow.i18n.I18NProvider;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.alliances.observatory.MapFigure;
import org.alliances.observatory.ObservatoryService;
import org.alliances.observatory.TableFormats;
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
 * The public open data: the observatory's figures, aggregated and masked (every count under 5 reads "&lt;5"), for the
 * country, a région, a département or an EPCI. No account needed; described field by field on the page
 * "Données ouvertes" and in OpenAPI at {@code /v3/api-docs}.
 */
@RestController
@RequestMapping("/api/open-data")
@Tag(name = "Données ouvertes", description = "Chiffres agrégés et anonymisés des partenariats par territoire")
class OpenData {

    private final ObservatoryService observatory;
    private final I18NProvider texts;

    OpenData(ObservatoryService observatory, I18NProvider texts) {
        this.observatory = observatory;
        this.texts = texts;
    }

    @GetMapping(value = "/areas/{area}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tous les tableaux d'un territoire", description = "Le territoire, ses territoires inclus et chacun de ses tableaux.")
    Map<String, Object> area(@Parameter(description = "FR, R<code région>, D<code département> ou E<SIREN de l'EPCI>, par ex. D69")
                             @PathVariable String area,
                             @Parameter(description = "Langue des libellés : fr ou en") @RequestParam(defaultValue = "fr") String lang) {
        var report = observatory.openReport(ObservatoryExports.parse(area));
        var locale = Locale.of(lang);
        var result = new LinkedHashMap<String, Object>();
        result.put("area", report.area().key());
        result.put("level", report.area().level().name());
        result.put("name", report.name());
        result.put("population", report.population());
        result.put("ancestors", report.ancestors().stream().map(a -> a.key()).toList());
        result.put("areasBelow", report.children().stream().map(a -> a.key()).toList());
        result.put("masking", texts.getTranslation("observatory.masking", locale));
        var tables = new ArrayList<Map<String, Object>>();
        report.tables().forEach(table -> tables.add(TableFormats.json(report, table, texts, locale)));
        result.put("tables", tables);
        return result;
    }

    @GetMapping(value = "/areas/{area}/tables/{table}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Un tableau d'un territoire, en JSON")
    Map<String, Object> tableJson(@PathVariable String area, @PathVariable String table, @RequestParam(defaultValue = "fr") String lang) {
        var report = observatory.openReport(ObservatoryExports.parse(area));
        return TableFormats.json(report, ObservatoryExports.tableOf(report, table), texts, Locale.of(lang));
    }

    @GetMapping(value = "/areas/{area}/tables/{table}.csv", produces = "text/csv")
    @Operation(summary = "Un tableau d'un territoire, en CSV (UTF-8, « ; »)")
    ResponseEntity<byte[]> tableCsv(@PathVariable String area, @PathVariable String table, @RequestParam(defaultValue = "fr") String lang) {
        var report = observatory.openReport(ObservatoryExports.parse(area));
        return ObservatoryExports.csvFile(report, ObservatoryExports.tableOf(report, table), texts, Locale.of(lang));
    }

    @GetMapping(value = "/areas/{area}/map", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Un chiffre pour chaque territoire de la carte",
            description = "Les départements pour la France et une région, les EPCI pour un département.")
    List<Map<String, Object>> map(@PathVariable String area,
                                  @Parameter(description = "PARTNERSHIPS, MATCHES, NEEDS_PUBLISHED, OPEN_NEEDS, ORGANIZATIONS ou DIAGNOSES")
                                  @RequestParam(defaultValue = "PARTNERSHIPS") MapFigure figure) {
        var values = observatory.openMap(ObservatoryExports.parse(area), figure);
        var result = new ArrayList<Map<String, Object>>();
        values.forEach((mapped, value) -> result.add(Map.of("area", mapped.key(), "name", observatory.name(mapped),
                "value", value instanceof Long ? value : value.toString())));
        return result;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, Object>> unknown(NoSuchElementException unknown) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(UnknownInPath.body(unknown));
    }
}
