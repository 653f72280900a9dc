package org.alliances.resources.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.alliances.resources.Facet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The library's search said in SQL: PostgreSQL's French full-text search (configuration {@code alliances_fr}: unaccent
 * then French stems) over the stored weighted tsvector, every word required, ranked by {@code ts_rank} of the words
 * joined by "or", newest first without words, and the count of every facet value in the same statement. It defines
 * what a search returns; {@link SearchIndex} gives the same answer faster, and the tests and the benchmark hold one
 * against the other. It also turns words into lexemes and marks them in summaries ({@code ts_headline}).
 */
@Component
public class SqlSearch {

    static final String CONFIGURATION = "alliances_fr";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]+");
    /** Marks put around matching words by ts_headline, replaced by HTML once the rest is escaped. */
    /** Up to this many words, a summary is shown whole with its matching words marked. */
    static final int WHOLE_SUMMARY_WORDS = 80;
    public static final char START = '\u27e6';
    public static final char STOP = '\u27e7';

    private final JdbcTemplate jdbc;

    public SqlSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The words typed, as the lexemes PostgreSQL's French configuration makes of them (stop words dropped). */
    public List<String> lexemes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return jdbc.queryForList("select unnest(tsvector_to_array(to_tsvector('" + CONFIGURATION + "', ?)))", String.class, text);
    }

    /** The same answer as {@link SearchIndex#search}, from PostgreSQL alone. */
    public SearchIndex.Found search(List<String> lexemes, boolean wordsGiven, Map<Facet, Set<String>> filters, int page, int pageSize) {
        if (lexemes.isEmpty() && wordsGiven) {
            return new SearchIndex.Found(List.of(), List.of(), 0, emptyFacets());
        }
        var ranked = !lexemes.isEmpty();
        var matches = "select id, published_at, " + (ranked ? "ts_rank(document, '" + query(lexemes, " | ") + "'::tsquery)" : "0::real")
                + " as rank, type, purpose, audiences, categories, models, themes, department_code, year from resources_resource "
                + "where status = 'PUBLISHED' and hidden_reason is null" + (ranked ? " and document @@ '" + query(lexemes, " & ") + "'::tsquery" : "");
        var facetQueries = new ArrayList<String>();
        for (var facet : Facet.values()) {
            facetQueries.add("select '" + facet.name() + "' as facet, value::text as value, count(*) as count from matches, unnest("
                    + values(facet) + ") value where " + conditions(filters, facet) + " group by value");
        }
        var facets = emptyFacets();
        var raw = new EnumMap<Facet, Map<String, Long>>(Facet.class);
        jdbc.query("with matches as (" + matches + ") " + String.join(" union all ", facetQueries), rs -> {
            if (rs.getString("value") != null) {
                raw.computeIfAbsent(Facet.valueOf(rs.getString("facet")), any -> new HashMap<>()).put(rs.getString("value"), rs.getLong("count"));
            }
        });
        raw.forEach((facet, counts) -> facets.put(facet, sorted(counts)));
        var where = conditions(filters, null);
        var order = ranked ? "rank desc, id" : "published_at desc nulls last, id";
        var ids = new ArrayList<UUID>();
        var ranks = new ArrayList<Float>();
        jdbc.query("with matches as (" + matches + ") select id, rank from matches where " + where + " order by " + order
                + " limit " + pageSize + " offset " + (long) page * pageSize, rs -> {
            ids.add(rs.getObject("id", UUID.class));
            ranks.add(rs.getFloat("rank"));
        });
        long total = jdbc.queryForObject("with matches as (" + matches + ") select count(*) from matches where " + where, Long.class);
        return new SearchIndex.Found(ids, ranks, total, facets);
    }

    /** Summaries of these resources with the query's words marked (START … STOP), by id. */
    public Map<UUID, String> headlines(List<UUID> ids, List<String> lexemes) {
        var result = new HashMap<UUID, String>();
        if (ids.isEmpty()) {
            return result;
        }
        var marks = "StartSel=" + START + ", StopSel=" + STOP;
        var query = "'" + query(lexemes, " | ") + "'::tsquery";
        // a short summary is shown whole, a long one as the passage around the words
        var sql = lexemes.isEmpty() ? "select id, summary as headline from resources_resource where id = any(?)"
                : "select id, case when array_length(regexp_split_to_array(summary, '\\s+'), 1) <= " + WHOLE_SUMMARY_WORDS
                + " then ts_headline('" + CONFIGURATION + "', summary, " + query + ", '" + marks + ", HighlightAll=true')"
                + " else ts_headline('" + CONFIGURATION + "', summary, " + query + ", '" + marks + ", MaxWords=45, MinWords=25') end as headline "
                + "from resources_resource where id = any(?)";
        jdbc.query(sql, rs -> {
            result.put(rs.getObject("id", UUID.class), rs.getString("headline"));
        }, (Object) ids.toArray(UUID[]::new));
        return result;
    }

    /** The lexemes as a tsquery text, each quoted, joined by the operator. */
    static String query(List<String> lexemes, String operator) {
        return lexemes.stream().map(lexeme -> "''" + lexeme.replace("\\", "\\\\").replace("'", "''''") + "''")
                .collect(Collectors.joining(operator));
    }

    private static String values(Facet facet) {
        return switch (facet) {
            case TYPE -> "array[type]";
            case PURPOSE -> "array[purpose]";
            case CATEGORY -> "categories";
            case MODEL -> "models";
            case AUDIENCE -> "audiences";
            case THEME -> "themes";
            case DEPARTMENT -> "array[department_code]";
            case YEAR -> "array[year::text]";
        };
    }

    /** The filters of every facet but {@code except}, as SQL; "true" when none. */
    private static String conditions(Map<Facet, Set<String>> filters, Facet except) {
        var conditions = new ArrayList<String>();
        conditions.add("true");
        filters.forEach((facet, chosen) -> {
            if (facet == except || chosen.isEmpty()) {
                return;
            }
            var literal = "'{" + chosen.stream().filter(value -> CODE.matcher(value).matches()).sorted().collect(Collectors.joining(",")) + "}'";
            conditions.add(switch (facet) {
                case TYPE -> "type = any(" + literal + "::varchar[])";
                case PURPOSE -> "purpose = any(" + literal + "::varchar[])";
                case CATEGORY -> "categories && " + literal + "::varchar[]";
                case MODEL -> "models && " + literal + "::varchar[]";
                case AUDIENCE -> "audiences && " + literal + "::varchar[]";
                case THEME -> "themes && " + literal + "::varchar[]";
                case DEPARTMENT -> "department_code = any(" + literal + "::varchar[])";
                case YEAR -> "year::text = any(" + literal + "::text[])";
            });
        });
        return String.join(" and ", conditions);
    }

    static EnumMap<Facet, Map<String, Long>> emptyFacets() {
        var facets = new EnumMap<Facet, Map<String, Long>>(Facet.class);
        for (var facet : Facet.values()) {
            facets.put(facet, Map.of());
        }
        return facets;
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        var result = new LinkedHashMap<String, Long>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> result.put(entry.getKey(), entry.getValue()));
        return result;
    }
}
