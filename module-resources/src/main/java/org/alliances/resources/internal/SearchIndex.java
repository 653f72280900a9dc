package org.alliances.resources.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.alliances.kernel.OnEveryInstance;
import org.alliances.resources.Facet;
import org.alliances.resources.LibraryImported;
import org.alliances.resources.ResourceChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The library's search, in memory: the published resources' stored tsvectors as posting lists (document, share of
 * ts_rank) per lexeme, and their facets as small integer columns ({@link IndexedDocuments}). A search
 * ({@link IndexSearch}) intersects the lists of its words, ranks every match with PostgreSQL's own ts_rank and counts
 * every facet value in one pass, so that the top results and the counts are exactly those the SQL of
 * {@link SqlSearch} gives, in a few milliseconds even when a word is in every document (decision 0012). PostgreSQL
 * stays the source: words are turned into lexemes by its French configuration, and the index follows each commit on
 * every instance ({@link ResourceChanged}, {@link LibraryImported}, shared through Kafka when several run) and reloads
 * whole now and then as a safety net.
 */
@Component
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean loaded;
    private IndexedDocuments documents = new IndexedDocuments();

    public SearchIndex(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
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

    /** After the transaction that changed this resource commits, every instance reads it again (or drops it). */
    public void resourceChanged(UUID id) {
        events.publishEvent(new ResourceChanged(id));
    }

    /** After the transaction that imported these resources commits, every instance reads its whole index again. */
    public void imported(int resources, Instant at) {
        events.publishEvent(new LibraryImported(resources, at));
    }

    @EventListener
    void on(OnEveryInstance<ResourceChanged> changed) {
        if (loaded) {
            refresh(changed.event().resourceId());
        }
    }

    @EventListener
    void onImport(OnEveryInstance<LibraryImported> imported) {
        if (loaded) {
            reload();
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
    @Scheduled(fixedDelayString = "${alliances.resources.index-reload:PT30M}", initialDelayString = "${alliances.resources.index-reload:PT30M}")
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
