package org.alliances.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.testing.SignIn;
import org.alliances.partnerships.Declaration;
import org.alliances.partnerships.Outcome;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Documents in a partnership: accepted when their content is one of the kinds allowed and their name says the same,
 * refused otherwise with nothing stored; listed and downloaded by both partners only; deleted by their own organisation;
 * read-only once the partnership has ended.
 */
@SpringBootTest
@Import(TestSupport.class)
class PartnershipDocumentsTests {

    @Autowired PartnershipDocuments documents;
    @Autowired Conversations conversations;
    @Autowired PartnershipService partnerships;
    @Autowired TestMembers members;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void eachKindIsToldFromItsContentAndItsNameMustSayTheSame() throws IOException {
        assertThat(DocumentType.of(pdf())).contains(DocumentType.PDF);
        assertThat(DocumentType.of(png())).contains(DocumentType.PNG);
        assertThat(DocumentType.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10})).contains(DocumentType.JPEG);
        assertThat(DocumentType.of(office("word/document.xml"))).contains(DocumentType.DOCX);
        assertThat(DocumentType.of(office("xl/workbook.xml"))).contains(DocumentType.XLSX);
        assertThat(DocumentType.of(openDocument("application/vnd.oasis.opendocument.text"))).contains(DocumentType.ODT);
        assertThat(DocumentType.of(openDocument("application/vnd.oasis.opendocument.spreadsheet"))).contains(DocumentType.ODS);
        assertThat(DocumentType.of(openDocument("application/vnd.oasis.opendocument.presentation"))).isEmpty();
        assertThat(DocumentType.of(office("ppt/presentation.xml"))).isEmpty();
        assertThat(DocumentType.of("MZ\u0090 un programme".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(DocumentType.of(new byte[] {'P', 'K', 3, 4, 1, 2})).as("a broken archive").isEmpty();
        assertThat(DocumentType.JPEG.named("photo.JPEG")).isTrue();
        assertThat(DocumentType.PDF.named("rapport.pdf.exe")).isFalse();
    }

    @Test
    void bothPartnersShareDocumentsAndNobodyElseSeesThem() throws IOException {
        var pair = partnership("Association aux documents", "Entreprise aux documents");
        SignIn.as(pair.company(), "COMPANY");
        var draft = documents.add(pair.conversation(), "projet de convention.pdf", pdf());
        assertThat(draft.mediaType()).isEqualTo("application/pdf");
        SignIn.as(pair.association(), "ASSOCIATION");
        var report = documents.add(pair.conversation(), "Bilan.odt", openDocument("application/vnd.oasis.opendocument.text"));
        assertThat(documents.of(pair.conversation())).extracting(Document::fileName).containsExactly("Bilan.odt", "projet de convention.pdf");
        assertThat(documents.download(draft.id()).orElseThrow().content()).isEqualTo(pdf());
        assertThatThrownBy(() -> documents.delete(draft.id())).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.problems()).containsEntry("file", "documents.not-yours"));
        documents.delete(report.id());
        assertThat(documents.of(pair.conversation())).extracting(Document::id).containsExactly(draft.id());

        SignIn.as(members.newAssociation("Association curieuse des documents", "69123"), "ASSOCIATION");
        assertThat(documents.of(pair.conversation())).isEmpty();
        assertThat(documents.download(draft.id())).isEmpty();
        assertThatThrownBy(() -> documents.add(pair.conversation(), "intrus.pdf", pdf())).isInstanceOf(InvalidInputException.class);
        members.ensureExist();
        SignIn.as(TestMembers.LOCAL_AUTHORITY, "LOCAL_AUTHORITY");
        assertThatThrownBy(() -> documents.download(draft.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(count(pair.conversation())).isEqualTo(1);
    }

    @Test
    void aFileRefusedSavesNothingAndAnEndedPartnershipKeepsItsDocumentsReadOnly() throws IOException {
        var pair = partnership("Association aux fichiers refusés", "Entreprise aux fichiers refusés");
        SignIn.as(pair.association(), "ASSOCIATION");
        var tooLarge = Arrays.copyOf(pdf(), PartnershipDocuments.LARGEST_BYTES + 1);
        refused(pair, "vide.pdf", new byte[0], "documents.empty");
        refused(pair, "enorme.pdf", tooLarge, "documents.too-large");
        refused(pair, "image.pdf", png(), "documents.type.mismatch");
        refused(pair, "programme.pdf", "MZ un programme".getBytes(StandardCharsets.US_ASCII), "documents.type.unknown");
        refused(pair, "", pdf(), "documents.name.required");
        refused(pair, "x".repeat(252) + ".pdf", pdf(), "text.too-long");
        assertThat(count(pair.conversation())).isZero();
        var kept = documents.add(pair.conversation(), "exactement 10 Mo.pdf", Arrays.copyOf(pdf(), PartnershipDocuments.LARGEST_BYTES));
        assertThat(kept.sizeBytes()).isEqualTo(PartnershipDocuments.LARGEST_BYTES);

        partnerships.close(pair.partnership(), new Outcome(true, "Un beau partenariat", 5, false));
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20))
                .until(() -> conversations.find(pair.conversation()).orElseThrow().isClosed());
        refused(pair, "apres.pdf", pdf(), "conversations.closed");
        assertThatThrownBy(() -> documents.delete(kept.id())).isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                assertThat(refusal.problems()).containsEntry("file", "conversations.closed"));
        SignIn.as(pair.company(), "COMPANY");
        assertThat(documents.download(kept.id())).as("still readable by the partner").isPresent();
    }

    private record Pair(String association, String company, java.util.UUID partnership, java.util.UUID conversation) {
    }

    /** A partnership the company declared and the association confirmed, with its conversation. */
    private Pair partnership(String associationName, String companyName) {
        var association = members.newAssociation(associationName, "69123");
        var company = members.newCompany(companyName, "69123");
        SignIn.as(company, "COMPANY");
        var partner = partnerships.findPartners(associationName).getFirst();
        var declared = partnerships.declare(new Declaration(partner.id(), CooperationModel.PRACTICES_AUDIT, "69123", LocalDate.now(), null));
        SignIn.as(association, "ASSOCIATION");
        partnerships.moveTo(declared.id(), Stage.ACTIVE, null, null);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> conversations.ofPartnership(declared.id()).isPresent());
        return new Pair(association, company, declared.id(), conversations.ofPartnership(declared.id()).orElseThrow().id());
    }

    private void refused(Pair pair, String name, byte[] content, String problem) {
        assertThatThrownBy(() -> documents.add(pair.conversation(), name, content)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.problems()).containsEntry("file", problem));
    }

    private long count(java.util.UUID conversation) {
        return jdbc.queryForObject("select count(*) from conversations_document where conversation_id = ?", Long.class, conversation);
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    /** An Office Open XML archive holding the given part. */
    private static byte[] office(String part) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** An OpenDocument archive whose first entry declares its type. */
    private static byte[] openDocument(String mediaType) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(mediaType.getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
