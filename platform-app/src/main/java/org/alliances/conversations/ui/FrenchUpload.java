package org.alliances.conversations.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload's own words (its button, drop zone, progress and errors) in the member's language. */
final class FrenchUpload {

    private FrenchUpload() {
    }

    static UploadI18N texts(Component translator) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(t(translator, "upload.drop")).setMany(t(translator, "upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(t(translator, "upload.add")).setMany(t(translator, "upload.add")))
                .setError(new UploadI18N.Error().setTooManyFiles(t(translator, "upload.error.too-many"))
                        .setFileIsTooBig(t(translator, "documents.too-large")).setIncorrectFileType(t(translator, "documents.type.unknown")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(translator, "upload.connecting"))
                                .setStalled(t(translator, "upload.stalled")).setProcessing(t(translator, "upload.processing"))
                                .setHeld(t(translator, "upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(translator, "upload.remaining"))
                                .setUnknown(t(translator, "upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(translator, "upload.error.server"))
                                .setUnexpectedServerError(t(translator, "upload.error.server")).setForbidden(t(translator, "upload.error.forbidden"))))
                .setFile(new UploadI18N.File().setRetry(t(translator, "upload.retry")).setStart(t(translator, "upload.start"))
                        .setRemove(t(translator, "upload.remove")))
                .setUnits(new UploadI18N.Units(List.of("o", "Ko", "Mo", "Go", "To")));
    }

    private static String t(Component translator, String key) {
        return translator.getTranslation(key);
    }
}
