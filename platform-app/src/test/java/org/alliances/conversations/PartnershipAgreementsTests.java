package org.alliances.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.alliances.PdfText;
import org.alliances.TestSupport;
import org.alliances.TestMembers;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.testing.SignIn;
import org.alliances.partnerships.ContributionForm;
import org.alliances.partnerships.ContributionKind;
import org.alliances.partnerships.Indicator;
import org.alliances.partnerships.IndicatorForm;
import org.alliances.partnerships.MeasureUnit;
import org.alliances.partnerships.PartnershipService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The draft partnership agreement: a PDF prefilled from the partnership (both partners and their identifiers, the
 * model and what it means, the need as objectives, each one's contributions, the stages, the indicators, the
 * duration), added to the documents both partners read; nobody else prepares one.
 */
@SpringBootTest
@Import({TestSupport.class, ConversationPairs.class})
class PartnershipAgreementsTests {

    @Autowired ConversationPairs pairs;
    @Autowired PartnershipAgreements agreements;
    @Autowired PartnershipDocuments documents;
    @Autowired PartnershipService partnerships;
    @Autowired OrganizationService organizations;
    @Autowired TestMembers members;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theDraftSaysWhatThePlatformKnowsAndJoinsTheDocuments() throws IOException {
        var pair = pairs.interest("Association qui conventionne", "Entreprise qui conventionne");
        var partnership = pairs.partnership(pair);
        SignIn.as(pair.company(), "COMPANY");
        var company = partnerships.find(partnership).orElseThrow();
        partnerships.addContribution(partnership, new ContributionForm(ContributionKind.LOGISTICS, company.companyId(), new BigDecimal("450"),
                "Prêt de la camionnette", LocalDate.now()));
        partnerships.addIndicator(partnership, new IndicatorForm(Indicator.WASTE_AVOIDED, null, new BigDecimal("120"), MeasureUnit.KILOGRAMS,
                LocalDate.now()));

        var draft = agreements.prepare(partnership, Locale.FRENCH);
        assertThat(draft.fileName()).startsWith("convention-de-partenariat-").endsWith(".pdf");
        assertThat(draft.mediaType()).isEqualTo("application/pdf");
        var text = PdfText.of(documents.download(draft.id()).orElseThrow().content());
        var associationId = organizations.find(company.associationId()).orElseThrow();
        assertThat(text).contains("Projet de convention de partenariat", "Association qui conventionne", "Entreprise qui conventionne",
                associationId.identifier(), "Engagement actif", "Transporter des bacs", "Vers le jardin partagé",
                "Apports de Entreprise qui conventionne", "Prêt de la camionnette", "450", "Article 4 – Étapes et calendrier",
                "120", "Article 6 – Durée", "Fait en deux exemplaires");

        SignIn.as(pair.association(), "ASSOCIATION");
        assertThat(documents.of(pair.conversation())).extracting(Document::id).contains(draft.id());

        SignIn.as(members.newCompany("Entreprise qui voudrait lire", "69123"), "COMPANY");
        assertThatThrownBy(() -> agreements.prepare(partnership, Locale.FRENCH)).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from conversations_document where conversation_id = ?", Long.class, pair.conversation()))
                .isEqualTo(1);
    }
}
