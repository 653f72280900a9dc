package org.alliances.resources;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;
import org.alliances.resources.internal.CsvImport;
import org.alliances.resources.internal.ResourceChecks;
import org.alliances.resources.internal.Resources;
import org.alliances.resources.internal.SearchIndex;
import org.alliances.resources.internal.StoredResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curators' side of the library (admins only): write, review, publish and archive resources, and import them
 * from a CSV file. Members read and propose through {@link LibraryService}.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CurationService {

    private final Resources resources;
    private final SearchIndex index;
    private final ResourceChecks checks;
    private final CsvImport csv;
    private final Clock clock;

    CurationService(Resources resources, SearchIndex index, ResourceChecks checks, CsvImport csv, Clock clock) {
        this.resources = resources;
        this.index = index;
        this.checks = checks;
        this.csv = csv;
        this.clock = clock;
    }

    /** @throws InvalidInputException with every problem found; nothing is saved then */
        @Transactional
    public Resource create(ResourceForm form) {
        checks.check(form).throwIfAny();
        return resources.save(new StoredResource(ResourceStatus.DRAFT, form, checks.departmentOf(form), null, clock.instant())).toResource();
    }

    /** @throws InvalidInputException with every problem found; nothing is saved then */
        @Transactional
    public Resource update(UUID id, ResourceForm form) {
        checks.check(form).throwIfAny();
        return change(id, stored -> stored.write(form, checks.departmentOf(form), clock.instant()));
    }

        @Transactional
    public Resource submit(UUID id) {
        return change(id, stored -> stored.submit(clock.instant()));
    }

    /** Publishes a resource: members find it; {@link ResourcePublished} is announced. */
        @Transactional
    public Resource publish(UUID id) {
        return change(id, stored -> {
            checks.check(stored.toResource().toForm()).throwIfAny();
            stored.publish(clock.instant());
        });
    }

    /** Archives a resource: it leaves the library (a proposal refused is archived too). */
        @Transactional
    public Resource archive(UUID id) {
        return change(id, stored -> stored.archive(clock.instant()));
    }

    /** Changes a resource and has the search index read it again once the change is committed. */
    private Resource change(UUID id, Consumer<StoredResource> change) {
        var stored = find(id);
        change.accept(stored);
        index.resourceChanged(id);
        return resources.save(stored).toResource();
    }

    /** Resources in one status, the last changed first (drafts, the review queue, the archive…). */
        @Transactional(readOnly = true)
    public Page<Resource> inStatus(ResourceStatus status, int page) {
        return resources.findByStatusOrderByUpdatedAtDesc(status, PageRequest.of(page, LibraryService.PAGE_SIZE)).map(StoredResource::toResource);
    }

    /** Published resources whose review date has come. */
        @Transactional(readOnly = true)
    public List<Resource> reviewDue() {
        return resources.findReviewDue(LocalDate.now(clock)).stream().map(StoredResource::toResource).toList();
    }

    /** Reads and checks a CSV file (UTF-8, with or without BOM, or Latin-1); imports nothing. */
        public ImportPreview preview(byte[] file) {
        var preview = csv.read(file);
        var problems = new ArrayList<>(preview.problems());
        var said = new HashSet<String>();
        preview.problems().forEach(problem -> said.add(problem.row() + ":" + problem.column()));
        for (int i = 0; i < preview.rows().size(); i++) {
            int row = preview.lines().get(i);
            var found = checks.check(preview.rows().get(i)).toException();
            found.problems().forEach((field, key) -> {
                var column = CsvImport.columnOf(field);
                if (said.add(row + ":" + column)) {
                    problems.add(new ImportPreview.RowProblem(row, column, key, List.of(found.arguments(field))));
                }
            });
        }
        problems.sort(Comparator.comparingInt(ImportPreview.RowProblem::row));
        return new ImportPreview(preview.rows(), preview.lines(), List.copyOf(problems), preview.encoding());
    }

    /**
     * Imports every row of a file that has no problem, as drafts or published, all or nothing; tells the progress
     * (rows done) every 100 rows.
     *
     * @throws InvalidInputException when the file has a problem; nothing is imported then
     */
        @Transactional
    public int importFile(byte[] file, boolean publish, IntConsumer progress) {
        var preview = preview(file);
        if (!preview.acceptable()) {
            throw InvalidInputException.of("file", preview.rows().isEmpty() ? "resources.import.empty" : "resources.import.rejected");
        }
        var now = clock.instant();
        int done = 0;
        var batch = new ArrayList<StoredResource>();
        for (var form : preview.rows()) {
            var stored = new StoredResource(ResourceStatus.DRAFT, form, checks.departmentOf(form), null, now);
            if (publish) {
                stored.publish(now);
            }
            batch.add(stored);
            if (batch.size() == 100) {
                resources.saveAll(batch);
                batch.clear();
            }
            done++;
            if (done % 100 == 0) {
                progress.accept(done);
            }
        }
        resources.saveAll(batch);
        if (done % 100 != 0) {
            progress.accept(done);
        }
        if (publish) {
            index.imported(done, now);
        }
        return done;
    }

    private StoredResource find(UUID id) {
        return resources.findById(id).orElseThrow(() -> InvalidInputException.of("resource", "resources.unknown"));
    }
}
