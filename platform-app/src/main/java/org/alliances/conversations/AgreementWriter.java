package org.alliances.conversations;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.alliances.kernel.Organization;
import org.alliances.kernel.Territories;
import org.alliances.matching.InterestOpenings;
import org.alliances.partnerships.ContributionEntry;
import org.alliances.partnerships.IndicatorEntry;
import org.alliances.partnerships.Partnership;
import org.alliances.partnerships.StageChange;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Writes a draft partnership agreement as a PDF (OpenPDF): the two partners with their identifiers, the cooperation
 * model and what it means, the objectives (the need it was born of), what each partner brings, the stages and their
 * dates, the evaluation and its indicators, the duration; what the platform does not know is left "à compléter".
 */
@Component
class AgreementWriter {

    /** What the draft is written from. */
    record Draft(Partnership partnership, @Nullable Organization association, @Nullable Organization company,
                 InterestOpenings.@Nullable NeedSummary need, List<ContributionEntry> contributions, List<StageChange> history,
                 List<IndicatorEntry> indicators, LocalDate preparedOn) {
    }

    private final I18NProvider i18n;

    AgreementWriter(I18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] write(Draft draft, Locale locale) {
        var texts = new Texts(i18n, locale);
        var title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, Font.NORMAL);
        var heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, Font.NORMAL);
        var body = FontFactory.getFont(FontFactory.HELVETICA, 10, Font.NORMAL);
        var partnership = draft.partnership();
        var out = new ByteArrayOutputStream();
        var document = new org.openpdf.text.Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(texts.get("agreement.title"));
        document.open();
        document.add(new Paragraph(texts.get("agreement.title"), title));
        document.add(new Paragraph(texts.get("agreement.prepared", texts.date(draft.preparedOn())), body));

        document.add(spaced(texts.get("agreement.parties"), heading));
        document.add(new Paragraph(party(texts, partnership.associationName(), draft.association(), "agreement.association"), body));
        document.add(new Paragraph(texts.get("agreement.and"), body));
        document.add(new Paragraph(party(texts, partnership.companyName(), draft.company(), "agreement.company"), body));

        document.add(spaced(texts.get("agreement.article.model"), heading));
        var categories = partnership.model().categories().stream().sorted().map(category -> texts.get(category.labelKey()))
                .reduce((one, other) -> one + " / " + other).orElse("");
        document.add(new Paragraph(texts.get("agreement.model", texts.get(partnership.model().labelKey()), categories), body));
        document.add(new Paragraph(texts.get(partnership.model().definitionKey()), body));

        document.add(spaced(texts.get("agreement.article.objectives"), heading));
        if (draft.need() == null) {
            document.add(new Paragraph(texts.get("agreement.objectives.none"), body));
        } else {
            document.add(new Paragraph(texts.get("agreement.objectives", draft.need().title()), body));
            document.add(new Paragraph(draft.need().description(), body));
        }

        document.add(spaced(texts.get("agreement.article.contributions"), heading));
        contributions(document, texts, body, draft, partnership.associationId(), partnership.associationName());
        contributions(document, texts, body, draft, partnership.companyId(), partnership.companyName());

        document.add(spaced(texts.get("agreement.article.stages"), heading));
        document.add(new Paragraph(texts.get("agreement.stages.started", texts.date(partnership.startedOn()),
                texts.get(partnership.stage().labelKey())), body));
        draft.history().stream().sorted(Comparator.comparing(StageChange::at)).forEach(change -> document.add(new Paragraph("– "
                + texts.get("agreement.stages.line", texts.date(change.at().atZone(Territories.TIME_ZONE).toLocalDate()),
                texts.get(change.to().labelKey()), texts.get(change.model().labelKey())), body)));
        document.add(new Paragraph(partnership.nextStepDueOn() == null ? texts.get("agreement.stages.next.blank")
                : texts.get("agreement.stages.next", texts.date(partnership.nextStepDueOn())), body));

        document.add(spaced(texts.get("agreement.article.evaluation"), heading));
        document.add(new Paragraph(texts.get("agreement.evaluation"), body));
        if (draft.indicators().isEmpty()) {
            document.add(new Paragraph(texts.get("agreement.evaluation.none"), body));
        }
        draft.indicators().forEach(indicator -> document.add(new Paragraph("– " + texts.get("agreement.evaluation.line",
                indicator.label() == null || indicator.label().isBlank() ? texts.get(indicator.indicator().labelKey()) : indicator.label(),
                indicator.value().stripTrailingZeros().toPlainString(), texts.get(indicator.unit().labelKey()), texts.date(indicator.measuredOn())), body)));

        document.add(spaced(texts.get("agreement.article.duration"), heading));
        var end = draft.need() == null ? null : draft.need().deadline();
        document.add(new Paragraph(end == null ? texts.get("agreement.duration.open", texts.date(partnership.startedOn()))
                : texts.get("agreement.duration", texts.date(partnership.startedOn()), texts.date(end)), body));

        document.add(spaced(texts.get("agreement.article.other"), heading));
        document.add(new Paragraph(texts.get("agreement.other"), body));

        document.add(spaced(texts.get("agreement.signatures"), heading));
        document.add(new Paragraph(texts.get("agreement.signature", partnership.associationName()), body));
        document.add(new Paragraph(texts.get("agreement.signature", partnership.companyName()), body));
        document.close();
        return out.toByteArray();
    }

    private static void contributions(org.openpdf.text.Document document, Texts texts, Font body, Draft draft, java.util.UUID partner, String name) {
        document.add(new Paragraph(texts.get("agreement.contributions.of", name), body));
        var given = draft.contributions().stream().filter(entry -> entry.givenBy().equals(partner))
                .sorted(Comparator.comparing(ContributionEntry::givenOn)).toList();
        if (given.isEmpty()) {
            document.add(new Paragraph("– " + texts.get("agreement.blank"), body));
        }
        for (var entry : given) {
            var when = entry.givenOn().isAfter(draft.preparedOn()) ? "agreement.contributions.planned" : "agreement.contributions.given";
            document.add(new Paragraph("– " + texts.get(when, texts.get(entry.kind().labelKey()), entry.amount().stripTrailingZeros().toPlainString(),
                    texts.get(entry.kind().unit().labelKey()), texts.date(entry.givenOn()),
                    entry.description() == null ? "" : entry.description()), body));
        }
    }

    private static String party(Texts texts, String name, @Nullable Organization organization, String roleKey) {
        var identifier = organization == null || organization.identifier() == null || organization.identifier().isBlank()
                ? texts.get("agreement.blank") : organization.identifier();
        return texts.get(roleKey, name, identifier);
    }

    private static Paragraph spaced(String text, Font font) {
        var paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private record Texts(I18NProvider i18n, Locale locale) {

        String get(String key, Object... parameters) {
            return i18n.getTranslation(key, locale, parameters);
        }

        String date(LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
        }
    }
}
