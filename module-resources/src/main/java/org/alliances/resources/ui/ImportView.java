package org.alliances.resources.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;
import org.alliances.resources.CurationService;
import org.alliances.resources.ImportPreview;
import org.alliances.resources.internal.CsvImport;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.alliances.kernel.ui.PhoneCards;

/**
 * Imports resources and case studies from a CSV file: a preview first (rows read, every problem with its line and
 * column, in French); a file with a problem imports nothing; the import itself runs with a progress bar.
 */
@Route("curation/import")
@RolesAllowed(Roles.ADMIN)
class ImportView extends VerticalLayout implements HasDynamicTitle {

    final Upload upload;
    final Paragraph status = new Paragraph();
    final Grid<ImportPreview.RowProblem> problems = new Grid<>();
    final Checkbox publish = new Checkbox();
    final Button importButton = new Button();
    final ProgressBar progress = new ProgressBar();
    /** The import running, if any, for tests. */
    CompletableFuture<Void> running;

    private final CurationService curation;
    private byte[] file;
    private ImportPreview preview;

    ImportView(CurationService curation) {
        this.curation = curation;
        addClassName("page");
        add(new H1(getTranslation("resources.import.title")), new Paragraph(getTranslation("resources.import.intro",
                String.join(", ", CsvImport.COLUMNS))));
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> show(bytes)))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(20 * 1024 * 1024);
        var cards = PhoneCards.of(problems);
        cards.text(ImportPreview.RowProblem::row).setHeader(getTranslation("resources.import.line")).setAutoWidth(true).setFlexGrow(0);
        cards.text(ImportPreview.RowProblem::column).setHeader(getTranslation("resources.import.column")).setAutoWidth(true).setFlexGrow(0);
        cards.text(problem -> getTranslation(problem.messageKey(), problem.arguments().toArray())).setHeader(getTranslation("resources.import.problem")).setFlexGrow(1);
        cards.cards(getTranslation("resources.import.card"));
        problems.setVisible(false);
        publish.setLabel(getTranslation("resources.import.publish"));
        importButton.setText(getTranslation("resources.import.run"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> run());
        progress.setVisible(false);
        add(upload, status, problems, publish, importButton, progress);
    }

    /** Reads the file and shows what would be imported, or every problem. */
    void show(byte[] bytes) {
        file = bytes;
        preview = curation.preview(bytes);
        problems.setItems(preview.problems());
        problems.setVisible(!preview.problems().isEmpty());
        status.setText(preview.acceptable() ? getTranslation("resources.import.ready", preview.rows().size(), preview.encoding())
                : getTranslation("resources.import.refused", preview.problems().size(), preview.encoding()));
        importButton.setEnabled(preview.acceptable());
        progress.setVisible(false);
    }

    /** Imports in the background; the page follows the progress. */
    void run() {
        var ui = UI.getCurrent();
        int total = preview.rows().size();
        importButton.setEnabled(false);
        upload.setVisible(false);
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(total);
        progress.setValue(0);
        ui.setPollInterval(300);
        boolean published = publish.getValue();
        var bytes = file;
        var done = new AtomicInteger();
        running = CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                int imported = curation.importFile(bytes, published, count -> {
                    done.set(count);
                    ui.access(() -> progress.setValue(count));
                });
                ui.access(() -> finish(getTranslation("resources.import.done", imported)));
            } catch (InvalidInputException problems) {
                ui.access(() -> finish(getTranslation("resources.import.rejected")));
            } catch (RuntimeException failure) {
                ui.access(() -> finish(getTranslation("resources.import.failed")));
            }
        }));
    }

    private void finish(String message) {
        status.setText(message);
        progress.setVisible(false);
        upload.setVisible(true);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.resources.import") + " · " + getTranslation("app.name");
    }
}
