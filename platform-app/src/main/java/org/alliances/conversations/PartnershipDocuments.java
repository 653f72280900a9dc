package org.alliances.conversations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.alliances.accounts.CurrentMember;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;
import org.alliances.kernel.TextColumn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents two partners share in their partnership (its conversation): a PDF, an ODT or DOCX text, an XLSX or ODS
 * sheet, a PNG or JPEG image, at most {@link #LARGEST_BYTES}, its type read from its content. Both partners list and
 * download them; an organisation deletes only its own; once the partnership has ended they stay readable, read-only.
 * Stored in PostgreSQL with the rest.
 */
@Service
public class PartnershipDocuments {

    public static final int LARGEST_BYTES = 10 * 1024 * 1024;
    /** The file's name as the member's computer gave it. */
    public static final TextColumn FILE_NAME = TextColumn.line("conversations_document", "file_name", 255);

    private static final String PARTNERS = "hasAnyRole('" + Roles.ASSOCIATION + "', '" + Roles.COMPANY + "')";
    private static final String COLUMNS = "id, conversation_id, file_name, media_type, size_bytes, uploaded_by_organization, uploaded_by_name, "
            + "uploaded_at";

    /** A document's content, to download. */
    public record DocumentFile(Document document, byte[] content) {
    }

    private final Conversations conversations;
    private final CurrentMember currentMember;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    PartnershipDocuments(Conversations conversations, CurrentMember currentMember, JdbcTemplate jdbc, Clock clock,
                         ApplicationEventPublisher events) {
        this.events = events;
        this.conversations = conversations;
        this.currentMember = currentMember;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The partnership conversation's documents, the latest first; nothing for anyone but its two organisations. */
    @PreAuthorize(PARTNERS)
    public List<Document> of(UUID conversationId) {
        return conversations.find(conversationId).map(conversation -> jdbc.query("select " + COLUMNS + " from conversations_document "
                + "where conversation_id = ? order by uploaded_at desc, position desc", PartnershipDocuments::document, conversation.id())).orElse(List.of());
    }

    /** Adds the file as the signed-in member; refused with a message at the field, nothing stored, when it may not be. */
    @PreAuthorize(PARTNERS)
    @Transactional
    public Document add(UUID conversationId, String fileName, byte[] content) {
        var problems = new InvalidInputException.Collector();
        if (fileName == null || fileName.isBlank()) {
            problems.add("file", "documents.name.required");
        } else {
            FILE_NAME.check("file", fileName, problems);
        }
        problems.throwIfAny();
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "documents.empty");
        }
        if (content.length > LARGEST_BYTES) {
            throw InvalidInputException.of("file", "documents.too-large");
        }
        var type = DocumentType.of(content).orElseThrow(() -> InvalidInputException.of("file", "documents.type.unknown"));
        if (!type.named(fileName)) {
            throw InvalidInputException.of("file", "documents.type.mismatch");
        }
        var conversation = conversations.find(conversationId).filter(found -> found.partnershipId() != null)
                .orElseThrow(() -> InvalidInputException.of("file", "conversations.unknown"));
        if (conversation.isClosed()) {
            throw InvalidInputException.of("file", "conversations.closed");
        }
        var me = currentMember.require();
        var document = new Document(UUID.randomUUID(), conversation.id(), fileName.strip(), type.mediaType(), content.length,
                me.organization().id(), me.name() == null ? "" : me.name(), clock.instant());
        jdbc.update("insert into conversations_document (" + COLUMNS + ", uploaded_by_account_id, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                document.id(), document.conversationId(), document.fileName(), document.mediaType(), document.sizeBytes(),
                document.uploadedByOrganization(), document.uploadedByName(), Timestamp.from(document.uploadedAt()), me.accountId(), content);
        events.publishEvent(new DocumentsChanged(document.conversationId(), document.id(), true, document.uploadedAt()));
        return document;
    }

    @PreAuthorize(PARTNERS)
    public Optional<DocumentFile> download(UUID documentId) {
        return find(documentId).map(document -> new DocumentFile(document,
                jdbc.queryForObject("select content from conversations_document where id = ?", byte[].class, document.id())));
    }

    /** Deletes a document the member's organisation added, while the partnership goes on. */
    @PreAuthorize(PARTNERS)
    @Transactional
    public void delete(UUID documentId) {
        var me = currentMember.require();
        var document = find(documentId).orElseThrow(() -> InvalidInputException.of("file", "documents.unknown"));
        if (!document.uploadedByOrganization().equals(me.organization().id())) {
            throw InvalidInputException.of("file", "documents.not-yours");
        }
        if (conversations.find(document.conversationId()).map(Conversation::isClosed).orElse(true)) {
            throw InvalidInputException.of("file", "conversations.closed");
        }
        jdbc.update("delete from conversations_document where id = ?", document.id());
        events.publishEvent(new DocumentsChanged(document.conversationId(), document.id(), false, clock.instant()));
    }

    private Optional<Document> find(UUID documentId) {
        return jdbc.query("select " + COLUMNS + " from conversations_document where id = ?", PartnershipDocuments::document, documentId)
                .stream().findFirst().filter(document -> conversations.find(document.conversationId()).isPresent());
    }

    private static Document document(ResultSet row, int number) throws SQLException {
        return new Document(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3), row.getString(4), row.getInt(5),
                row.getObject(6, UUID.class), row.getString(7), row.getTimestamp(8).toInstant());
    }
}
