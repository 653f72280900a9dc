package org.alliances.resources.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.alliances.kernel.Territories;
import org.alliances.kernel.TerritoryLevel;
import org.alliances.kernel.testing.ModuleIntegrationTest;
import org.alliances.resources.internal.SearchIndex;
import org.alliances.resources.internal.SqlSearch;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The library's search at scale: 100,000 generated French resources, in a realistic corpus and a worst case (see
 * {@link FrenchCorpus}). For a fixed set of queries — single common words, rare words, two to four words — measures
 * search with every facet counted: the engine ({@link SearchIndex}, words turned into lexemes by PostgreSQL), the plain
 * SQL of {@link SqlSearch} (GIN path forced) and Apache Lucene in the same process over the same corpus (French
 * analysis with accent folding, facets from doc values); with 1 and 8 threads; checks that the engine's top 20, ranks,
 * total and counts are the SQL's. Run by the Maven profile {@code bench}; figures also go to
 * {@code target/benchmarks/library.txt}.
 */
@ModuleIntegrationTest
@TestPropertySource(properties = "spring.application.name=alliances-library-benchmark")
class LibrarySearchBenchmark {

    static final int DOCUMENTS = Integer.getInteger("bench.resources", 100_000);
    static final int RUNS = Integer.getInteger("bench.runs", 40);
    static final int SQL_RUNS = 2;

    @Autowired JdbcTemplate jdbc;
    @Autowired SearchIndex index;
    @Autowired SqlSearch sql;
    @Autowired Territories territories;
    @Autowired TransactionTemplate transaction;

    final StringBuilder report = new StringBuilder();

    @Test
    void engineAgainstSqlAndLucene() throws Exception {
        var departments = territories.searchTerritories("", List.of(TerritoryLevel.DEPARTMENT), 0, 200).stream()
                .map(territory -> territory.code()).toList();
        for (boolean worstCase : new boolean[] {false, true}) {
            corpus(worstCase, departments);
        }
        var text = report.toString();
        System.out.println(text);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/library.txt"), text);
    }

    private void corpus(boolean worstCase, List<String> departments) throws Exception {
        var name = worstCase ? "worst case" : "realistic";
        jdbc.update("delete from resources_resource");
        index.reload();
        var corpus = new FrenchCorpus(DOCUMENTS, worstCase, departments, worstCase ? 11 : 7);
        var documents = new ArrayList<FrenchCorpus.Document>(DOCUMENTS);
        long started = System.nanoTime();
        var batch = new ArrayList<Object[]>();
        var now = Instant.now();
        for (int i = 0; i < DOCUMENTS; i++) {
            var document = corpus.next();
            documents.add(document);
            batch.add(new Object[] {UUID.randomUUID(), document.type().name(), document.purpose().name(), document.title(), document.summary(),
                    document.body(), document.year(), array(document.audiences()), array(document.categories()), array(document.models()),
                    array(document.themes()), document.department(), Timestamp.from(now), Timestamp.from(now),
                    Timestamp.from(now.minusSeconds(i))});
            if (batch.size() == 1000) {
                insert(batch);
            }
        }
        insert(batch);
        jdbc.execute("analyze resources_resource");
        report.append(String.format(Locale.ROOT, "%n== %s corpus: %,d resources, generated and stored in PostgreSQL in %.0f s%n", name,
                DOCUMENTS, (System.nanoTime() - started) / 1e9));
        report.append(String.format(Locale.ROOT, "most frequent background content word in %.0f %% of the documents%n",
                100 * corpus.highestShare(DOCUMENTS)));
        var frequencies = new StringBuilder();
        for (var word : List.of("partenariat", "association", "entreprise", "territoire", corpus.rare(0))) {
            var lexemes = sql.lexemes(word);
            long count = jdbc.queryForObject("select count(*) from resources_resource where document @@ '" + lexemes.getFirst().replace("'", "''")
                    + "'::tsquery", Long.class);
            frequencies.append(String.format(Locale.ROOT, " %s %.0f %%", word, 100.0 * count / DOCUMENTS));
        }
        report.append("documents containing:").append(frequencies).append('\n');

        System.gc();
        long before = usedMemory();
        started = System.nanoTime();
        index.reload();
        long loaded = (System.nanoTime() - started) / 1_000_000;
        System.gc();
        report.append(String.format(Locale.ROOT, "engine index: loaded in %.1f s, ~%d MB of heap%n", loaded / 1000.0,
                (usedMemory() - before) / (1024 * 1024)));

        var queries = new ArrayList<String>(List.of("partenariat", "association", "entreprise", corpus.rare(0), corpus.rare(1),
                corpus.rare(2), "partenariat association", "entreprise territoire", "projet solidarité", "association entreprise territoire",
                "partenariat projet impact", "partenariat association entreprise territoire", "acteur engagement social impact",
                "partenariat " + corpus.rare(3)));

        // exactness: the engine's answer is the SQL's
        int same = 0;
        for (var query : queries) {
            var lexemes = sql.lexemes(query);
            var engine = index.search(lexemes, true, Map.of(), 0, 20);
            var reference = transaction.execute(status -> {
                jdbc.execute("set local enable_seqscan = off");
                return sql.search(lexemes, true, Map.of(), 0, 20);
            });
            assertThat(engine.ids()).as(query).isEqualTo(reference.ids());
            assertThat(engine.ranks()).as(query).isEqualTo(reference.ranks());
            assertThat(engine.total()).as(query).isEqualTo(reference.total());
            assertThat(engine.facets()).as(query).isEqualTo(reference.facets());
            same++;
        }
        report.append(String.format(Locale.ROOT, "engine = SQL (top 20, ranks, total, every facet count) on %d of %d queries%n", same,
                queries.size()));

        var lucene = new LuceneLibrary(documents);
        report.append(String.format(Locale.ROOT, "Lucene index built in %.1f s%n", lucene.builtInSeconds));

        report.append(String.format(Locale.ROOT, "%-52s %10s %26s %26s %26s %8s%n", "query (matches)", "", "engine p50/p95/p99 ms",
                "Lucene p50/p95/p99 ms", "SQL (GIN forced) p50/p95/p99", "L/E p95"));
        var allEngine = new ArrayList<Double>();
        var allLucene = new ArrayList<Double>();
        for (var query : queries) {
            var lexemes = sql.lexemes(query);
            long matches = index.search(lexemes, true, Map.of(), 0, 20).total();
            for (int warm = 0; warm < 5; warm++) {
                engineSearch(query);
                lucene.search(query);
            }
            var engineTimes = time(RUNS, () -> engineSearch(query));
            var luceneTimes = time(RUNS, () -> lucene.search(query));
            var sqlTimes = time(SQL_RUNS, () -> transaction.execute(status -> {
                jdbc.execute("set local enable_seqscan = off");
                return sql.search(sql.lexemes(query), true, Map.of(), 0, 20);
            }));
            allEngine.addAll(engineTimes);
            allLucene.addAll(luceneTimes);
            report.append(String.format(Locale.ROOT, "%-52s %10s %26s %26s %26s %7.1fx%n", "\"" + query + "\"", "(" + matches + ")",
                    percentiles(engineTimes), percentiles(luceneTimes), percentiles(sqlTimes),
                    percentile(luceneTimes, 95) / percentile(engineTimes, 95)));
        }
        report.append(String.format(Locale.ROOT, "all queries, 1 thread: engine %s ms, Lucene %s ms, ratio at p95 %.1fx%n",
                percentiles(allEngine), percentiles(allLucene), percentile(allLucene, 95) / percentile(allEngine, 95)));
        var engineParallel = parallel(8, queries, this::engineSearch);
        var luceneParallel = parallel(8, queries, lucene::search);
        report.append(String.format(Locale.ROOT, "all queries, 8 threads: engine %s ms, Lucene %s ms, ratio at p95 %.1fx%n",
                percentiles(engineParallel), percentiles(luceneParallel), percentile(luceneParallel, 95) / percentile(engineParallel, 95)));
        lucene.close();
    }

    /** What a search costs the engine: the words to lexemes (PostgreSQL), the top 20 and every facet counted. */
    private Object engineSearch(String query) {
        return index.search(sql.lexemes(query), true, Map.of(), 0, 20);
    }

    private void insert(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into resources_resource (id, status, type, purpose, title, summary, body, year, audiences, categories, "
                + "models, themes, department_code, created_at, updated_at, published_at) values (?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, "
                + "?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?, ?, ?, ?)", batch);
        batch.clear();
    }

    private static String array(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    private static List<Double> time(int runs, Callable<?> search) throws Exception {
        var times = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            search.call();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }

    private static List<Double> parallel(int threads, List<String> queries, java.util.function.Function<String, Object> search) throws Exception {
        var executor = Executors.newFixedThreadPool(threads);
        try {
            var tasks = new ArrayList<Callable<List<Double>>>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                tasks.add(() -> {
                    var times = new ArrayList<Double>();
                    for (int run = 0; run < RUNS / 2; run++) {
                        for (int q = 0; q < queries.size(); q++) {
                            var query = queries.get((q + offset) % queries.size());
                            long start = System.nanoTime();
                            search.apply(query);
                            times.add((System.nanoTime() - start) / 1e6);
                        }
                    }
                    return times;
                });
            }
            var all = new ArrayList<Double>();
            for (var future : executor.invokeAll(tasks)) {
                all.addAll(future.get());
            }
            return all;
        } finally {
            executor.shutdown();
        }
    }

    static String percentiles(List<Double> times) {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", percentile(times, 50), percentile(times, 95), percentile(times, 99));
    }

    static double percentile(List<Double> times, int percent) {
        var sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int at = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, at)));
    }

    private static long usedMemory() {
        var runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The same corpus in Lucene: French analysis with elision, stop words, accent folding and light stemming. */
    static final class LuceneLibrary {

        static final String[] FACETS = {"type", "purpose", "category", "model", "audience", "theme", "department", "year"};
        final ByteBuffersDirectory directory = new ByteBuffersDirectory();
        final Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
                stream = new ASCIIFoldingFilter(stream);
                stream = new FrenchLightStemFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
        final FacetsConfig config = new FacetsConfig();
        final DirectoryReader reader;
        final IndexSearcher searcher;
        final DefaultSortedSetDocValuesReaderState state;
        final double builtInSeconds;

        LuceneLibrary(List<FrenchCorpus.Document> documents) throws IOException {
            long started = System.nanoTime();
            for (var facet : FACETS) {
                config.setMultiValued(facet, true);
            }
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256))) {
                for (var document : documents) {
                    var doc = new Document();
                    doc.add(new TextField("title", document.title(), Field.Store.NO));
                    doc.add(new TextField("summary", document.summary(), Field.Store.NO));
                    doc.add(new TextField("body", document.body(), Field.Store.NO));
                    doc.add(new SortedSetDocValuesFacetField("type", document.type().name()));
                    doc.add(new SortedSetDocValuesFacetField("purpose", document.purpose().name()));
                    document.categories().forEach(value -> doc.add(new SortedSetDocValuesFacetField("category", value.name())));
                    document.models().forEach(value -> doc.add(new SortedSetDocValuesFacetField("model", value.name())));
                    document.audiences().forEach(value -> doc.add(new SortedSetDocValuesFacetField("audience", value.name())));
                    document.themes().forEach(value -> doc.add(new SortedSetDocValuesFacetField("theme", value.name())));
                    if (document.department() != null) {
                        doc.add(new SortedSetDocValuesFacetField("department", document.department()));
                    }
                    doc.add(new SortedSetDocValuesFacetField("year", Integer.toString(document.year())));
                    writer.addDocument(config.build(doc));
                }
                writer.forceMerge(1);
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            state = new DefaultSortedSetDocValuesReaderState(reader, config);
            builtInSeconds = (System.nanoTime() - started) / 1e9;
        }

        /** Every word required, in any of the three fields (title weighs most), the top 20 and every facet counted. */
        Object search(String text) {
            try {
                var terms = terms(text);
                Query query;
                if (terms.isEmpty()) {
                    query = new MatchAllDocsQuery();
                } else {
                    var all = new BooleanQuery.Builder();
                    for (var term : terms) {
                        var anyField = new BooleanQuery.Builder()
                                .add(new BoostQuery(new TermQuery(new Term("title", term)), 4f), BooleanClause.Occur.SHOULD)
                                .add(new BoostQuery(new TermQuery(new Term("summary", term)), 2f), BooleanClause.Occur.SHOULD)
                                .add(new TermQuery(new Term("body", term)), BooleanClause.Occur.SHOULD);
                        all.add(anyField.build(), BooleanClause.Occur.MUST);
                    }
                    query = all.build();
                }
                var result = FacetsCollectorManager.search(searcher, query, 20, new FacetsCollectorManager());
                var counts = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
                var facets = new ArrayList<Object>();
                for (var facet : FACETS) {
                    facets.add(counts.getAllChildren(facet));
                }
                return List.of(result.topDocs(), facets);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        List<String> terms(String text) throws IOException {
            var terms = new ArrayList<String>();
            try (var stream = analyzer.tokenStream("body", text)) {
                var term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            }
            return terms.stream().distinct().toList();
        }

        void close() throws IOException {
            reader.close();
            directory.close();
        }
    }
}
