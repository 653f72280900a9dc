package org.alliances.resources.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.alliances.kernel.AfterCommit;
import org.alliances.resources.Facet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The library's search, in memory: the published resources' stored tsvectors as posting lists (document, share of
 * ts_rank) per lexeme, and their facets as small integer columns ({@link IndexedDocuments}). A search
 * ({@link IndexSearch}) intersects the lists of its words, ranks every match with PostgreSQL's own ts_rank and counts
 * every facet value in one pass, so that the top results and the counts are exactly those the SQL of
 * {@link SqlSearch} gives, in a few milliseconds even when a word is in every document (decision 0012). PostgreSQL
 * stays the source: words are turned into lexemes by its French configuration, and the index follows each commit and
 * reloads whole every few minutes.
 */
@Component
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final JdbcTemplate jdbc;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean loaded;
    private IndexedDocuments documents = new IndexedDocuments();

    public SearchIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of matches, ranked, and the count of every facet value. */
    public record Found(List<UUID> ids, List<Float> ranks, long total, Map<Facet, Map<String, Long>> facets) {
    }

    /**
     * @param lexemes the query's lexemes as PostgreSQL's French configuration makes them; empty with no words (then the
     *                newest first)
     * @param wordsGiven true when words were typed: if none of them is a lexeme (only stop words), nothing matches
     */
    public Found search(List<String> lexemes, boolean wordsGiven, Map<Facet, Set<String>> filters, int page, int pageSize) {
        ensureLoaded();
        lock.readLock().lock();
        try {
            var search = new IndexSearch(documents, filters, !lexemes.isEmpty(), (page + 1) * pageSize);
            long total = 0;
            if (lexemes.isEmpty()) {
                if (!wordsGiven) {
                    total = search.everyDocument();
                }
            } else {
                var terms = sortedAsPostgres(lexemes);
                var alone = terms.size() == 1 && filters.isEmpty() ? documents.postings.get(terms.getFirst()) : null;
                if (alone != null && alone.counts != null) {
                    return IndexSearch.readAnswer(documents, alone, page, pageSize);
                }
                total = search.intersect(terms);
            }
            return search.answer(total, page, pageSize);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Orders uuids as PostgreSQL does: their 16 bytes compared unsigned. */
    public static int compareUuids(UUID one, UUID other) {
        int high = Long.compareUnsigned(one.getMostSignificantBits(), other.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(one.getLeastSignificantBits(), other.getLeastSignificantBits());
    }

    /** The lexemes in the order PostgreSQL sorts a query's items: their UTF-8 bytes compared unsigned, shorter first. */
    static List<String> sortedAsPostgres(List<String> lexemes) {
        return lexemes.stream().distinct().sorted((one, other) -> Arrays.compareUnsigned(one.getBytes(StandardCharsets.UTF_8),
                other.getBytes(StandardCharsets.UTF_8))).toList();
    }

    // ---- keeping up to date ------------------------------------------------------------------------------------

    /** After the transaction that changed this resource commits, the index reads it again (or drops it). */
    public void resourceChanged(UUID id) {
        if (loaded) {
            AfterCommit.run(() -> refresh(id));
        }
    }

    /** After the transaction commits, the whole index is read again (after an import of many resources). */
    public void reloadAfterCommit() {
        if (loaded) {
            AfterCommit.run(this::reload);
        }
    }

    private void refresh(UUID id) {
        var rows = jdbc.query(ResourceRow.LOAD + " and id = ?", (rs, row) -> ResourceRow.of(rs), id);
        lock.writeLock().lock();
        try {
            documents.remove(id);
            rows.forEach(documents::add);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Reads every published resource again; the whole index is replaced at once. */
    @Scheduled(fixedDelayString = "${alliances.resources.index-reload:PT5M}", initialDelayString = "${alliances.resources.index-reload:PT5M}")
    public void reload() {
        long started = System.nanoTime();
        var fresh = new IndexedDocuments();
        jdbc.query(ResourceRow.LOAD, rs -> {
            fresh.add(ResourceRow.of(rs));
        });
        fresh.settle();
        lock.writeLock().lock();
        try {
            documents = fresh;
            loaded = true;
        } finally {
            lock.writeLock().unlock();
        }
        log.debug("Search index loaded: {} resources in {}", fresh.slots, Duration.ofNanos(System.nanoTime() - started));
    }

    private void ensureLoaded() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    reload();
                }
            }
        }
    }
}
