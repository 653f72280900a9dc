package org.alliances.conversations.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.alliances.conversations.Conversation;
import org.alliances.conversations.Document;
import org.alliances.conversations.PartnershipAgreements;
import org.alliances.conversations.PartnershipDocuments;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Territories;
import org.alliances.kernel.ui.Announcer;
import org.alliances.kernel.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * A partnership's documents on its conversation's page: the upload (a progress bar while it runs, a refused file says
 * why), the list, the latest first, each dated and signed, to download; "Supprimer" for one's own after confirming;
 * the draft partnership agreement, prepared from the platform's data and added to the list. Read-only once ended.
 */
class DocumentsPanel extends VerticalLayout {

    final Upload upload;
    final Paragraph uploadError = new Paragraph();
    final Div list = new Div();
    final Button agreement = new Button();
    /** The confirmation shown before deleting, for tests. */
    @Nullable ConfirmDialog confirmation;

    private final PartnershipDocuments documents;
    private final PartnershipAgreements agreements;
    private final CurrentOrganization currentOrganization;
    private @Nullable Conversation conversation;
    private String partnerName = "";
    /** The documents listed now: a refresh that finds the same leaves the links as they are (one may be being clicked). */
    private java.util.List<java.util.UUID> listed = java.util.List.of();

    DocumentsPanel(PartnershipDocuments documents, PartnershipAgreements agreements, CurrentOrganization currentOrganization) {
        this.documents = documents;
        this.agreements = agreements;
        this.currentOrganization = currentOrganization;
        setPadding(false);
        addClassName("documents");
        upload = new Upload(new DocumentUpload());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PartnershipDocuments.LARGEST_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".odt", ".docx", ".xlsx", ".ods", ".png", ".jpg", ".jpeg");
        upload.setI18n(FrenchUpload.texts(this));
        upload.addFileRejectedListener(rejected -> refuse(rejected.getErrorMessage()));
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        uploadError.addClassName("field-error");
        uploadError.setId("document-upload-error");
        uploadError.setVisible(false);
        agreement.setText(getTranslation("agreement.prepare"));
        agreement.setIcon(VaadinIcon.FILE_TEXT_O.create());
        agreement.addClickListener(click -> prepareAgreement());
        list.addClassName("document-list");
    }

    void show(Conversation shown, String partnerName) {
        conversation = shown;
        this.partnerName = partnerName;
        listed = java.util.List.of();
        removeAll();
        add(new H2(getTranslation("documents.title")));
        if (!shown.isClosed()) {
            add(new Paragraph(getTranslation("documents.intro")), upload, uploadError, agreement);
        } else {
            add(new Paragraph(getTranslation("documents.closed")));
        }
        add(list);
        refresh();
    }

    /** Lists the documents again (after an upload, a deletion, or one added in another window). */
    void refresh() {
        if (conversation == null) {
            return;
        }
        var shown = documents.of(conversation.id());
        var ids = shown.stream().map(Document::id).toList();
        if (ids.equals(listed) && !list.getChildren().findAny().isEmpty()) {
            return;
        }
        listed = ids;
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("documents.empty")));
        }
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        for (var document : shown) {
            list.add(card(document, format));
        }
    }

    private Div card(Document document, DateTimeFormatter format) {
        var card = new Div();
        card.addClassName("card");
        card.addClassName("document");
        var id = document.id();
        var name = document.fileName();
        var download = new Anchor(DownloadHandler.fromInputStream(request -> documents.download(id)
                .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.document().fileName(),
                        file.document().mediaType(), file.content().length))
                .orElseGet(() -> DownloadResponse.error(404))), name);
        download.getElement().setAttribute("download", true);
        boolean ours = document.uploadedByOrganization().equals(currentOrganization.require().id());
        var organization = ours ? currentOrganization.require().name() : partnerName;
        var who = document.uploadedByName().isBlank() ? organization : document.uploadedByName() + " (" + organization + ")";
        card.add(new Paragraph(download), new Paragraph(getTranslation("documents.line", sizeOf(document.sizeBytes(), getLocale()),
                format.format(document.uploadedAt().atZone(Territories.TIME_ZONE)), who)));
        if (ours && conversation != null && !conversation.isClosed()) {
            var delete = new Button(getTranslation("documents.delete"), click -> confirmDelete(document));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.getElement().setAttribute("aria-label", getTranslation("documents.delete.aria", name));
            card.add(delete);
        }
        return card;
    }

    private void confirmDelete(Document document) {
        confirmation = new ConfirmDialog();
        confirmation.setHeader(getTranslation("documents.delete.title"));
        confirmation.setText(getTranslation("documents.delete.confirm", document.fileName()));
        confirmation.setCancelable(true);
        confirmation.setCancelText(getTranslation("action.cancel"));
        confirmation.setConfirmText(getTranslation("documents.delete"));
        confirmation.setConfirmButtonTheme("error primary");
        confirmation.addConfirmListener(confirmed -> {
            try {
                documents.delete(document.id());
                Notification.show(getTranslation("documents.deleted", document.fileName())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                changed();
            } catch (InvalidInputException refused) {
                refuse(FieldErrors.message(refused, "file", this));
            }
        });
        confirmation.open();
    }

    /** Adds the uploaded file, read up to one byte past the largest allowed so that a bigger one is refused, not stored. */
    void add(String fileName, byte[] content) {
        if (conversation == null) {
            return;
        }
        uploadError.setVisible(false);
        try {
            var added = documents.add(conversation.id(), fileName, content);
            Notification.show(getTranslation("documents.added", added.fileName())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            Announcer.announce(this, getTranslation("documents.added", added.fileName()));
            changed();
        } catch (InvalidInputException refused) {
            refuse(FieldErrors.message(refused, "file", this));
        }
    }

    void prepareAgreement() {
        if (conversation == null || conversation.partnershipId() == null) {
            return;
        }
        uploadError.setVisible(false);
        try {
            var added = agreements.prepare(conversation.partnershipId(), getLocale());
            Notification.show(getTranslation("agreement.added", added.fileName())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            Announcer.announce(this, getTranslation("agreement.added", added.fileName()));
            changed();
        } catch (InvalidInputException refused) {
            refuse(FieldErrors.message(refused, "file", this));
        }
    }

    private void changed() {
        refresh();
    }

    private void refuse(String message) {
        uploadError.setText(message);
        uploadError.setVisible(true);
        Announcer.announce(this, message);
    }

    static String sizeOf(int bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " o";
        }
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%.0f Ko", bytes / 1024.0);
        }
        return String.format(locale, "%.1f Mo", bytes / (1024.0 * 1024));
    }

    /** Receives the file in the upload's own request (as its member), then shows the outcome in the page. */
    private final class DocumentUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] content;
            try (var in = event.getInputStream()) {
                content = in.readNBytes(PartnershipDocuments.LARGEST_BYTES + 1);
            }
            var fileName = event.getFileName();
            UI ui = event.getUI();
            ui.access(() -> add(fileName, content));
        }

        @Override
        public long getFileSizeMax() {
            return PartnershipDocuments.LARGEST_BYTES + 1024L * 1024;
        }

        @Override
        public long getRequestSizeMax() {
            return PartnershipDocuments.LARGEST_BYTES + 2L * 1024 * 1024;
        }
    }
}
