package org.alliances.diagnosis.internal;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.alliances.diagnosis.Axis;
import org.alliances.diagnosis.DiagnosisResult;
import org.alliances.diagnosis.Questionnaire;
import org.alliances.kernel.Organization;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Writes a diagnosis result as a PDF report (OpenPDF) that an organisation can print or send to its board:
 * its maturity, the score of each axis, the categories ranked with their reasons and double impact, the models to
 * consider and its objectives. Same texts as the result page.
 */
@Component
public class DiagnosisReport {

    private final I18NProvider i18n;

    DiagnosisReport(I18NProvider i18n) {
        this.i18n = i18n;
    }

    public byte[] write(DiagnosisResult result, Questionnaire questionnaire, Organization organization, Locale locale) {
        DiagnosisTexts.Translator texts = (key, parameters) -> i18n.getTranslation(key, locale, parameters);
        var title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, Font.NORMAL);
        var heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, Font.NORMAL);
        var bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, Font.NORMAL);
        var body = FontFactory.getFont(FontFactory.HELVETICA, 10, Font.NORMAL);
        var assessment = result.assessment();
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(texts.get("diagnosis.report.title", organization.name()));
        document.open();
        document.add(new Paragraph(texts.get("diagnosis.report.title", organization.name()), title));
        document.add(new Paragraph(texts.get("diagnosis.report.taken",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(result.completedAt().atZone(org.alliances.kernel.Territories.TIME_ZONE)),
                result.questionnaireVersion()), body));

        document.add(section(texts.get("diagnosis.result.level.title"), heading));
        var level = new Paragraph();
        level.add(new Chunk(texts.get(assessment.level().labelKey()) + " — " + texts.get("diagnosis.result.score", assessment.overallScore()), bold));
        document.add(level);
        document.add(new Paragraph(texts.get(assessment.level().descriptionKey()), body));
        var axes = new PdfPTable(new float[] {3, 1});
        axes.setWidthPercentage(70);
        axes.setHorizontalAlignment(Element.ALIGN_LEFT);
        axes.setSpacingBefore(8);
        axes.addCell(cell(texts.get("diagnosis.result.axis"), bold));
        axes.addCell(cell(texts.get("diagnosis.result.axis.score"), bold));
        for (Axis axis : Axis.values()) {
            if (assessment.axisScores().containsKey(axis)) {
                axes.addCell(cell(texts.get(axis.labelKey()), body));
                axes.addCell(cell(assessment.axisScores().get(axis) + " / 100", body));
            }
        }
        document.add(axes);

        document.add(section(texts.get("diagnosis.result.categories.title"), heading));
        if (assessment.entryDoorFirst()) {
            document.add(new Paragraph(texts.get("diagnosis.result.entry-door"), body));
        }
        int rank = 1;
        for (var ranked : assessment.categories()) {
            var category = ranked.category();
            document.add(new Paragraph(rank++ + ". " + texts.get(category.labelKey()) + " — "
                    + texts.get("diagnosis.result.points", ranked.score()), bold));
            document.add(new Paragraph(texts.get(category.seeksKey()), body));
            document.add(new Paragraph(texts.get("diagnosis.result.impact") + " " + texts.get(category.impactKey()), body));
            for (var reason : ranked.reasons()) {
                document.add(new Paragraph("• " + DiagnosisTexts.reason(reason, category, questionnaire, texts, locale), body));
            }
        }

        document.add(section(texts.get("diagnosis.result.models.title"), heading));
        for (var model : assessment.models()) {
            var line = new Phrase();
            line.add(new Chunk(model.position() + ". " + texts.get(model.labelKey()) + " : ", bold));
            line.add(new Chunk(texts.get(model.definitionKey()), body));
            document.add(new Paragraph(line));
        }

        document.add(section(texts.get("diagnosis.result.objectives.title"), heading));
        for (var objective : assessment.objectives()) {
            document.add(new Paragraph("• " + DiagnosisTexts.objectiveLabel(questionnaire, objective, locale), body));
        }
        document.add(new Paragraph(" "));
        document.add(new Paragraph(texts.get("diagnosis.report.source"), FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8, Font.NORMAL)));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph section(String text, Font font) {
        var paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }
}
