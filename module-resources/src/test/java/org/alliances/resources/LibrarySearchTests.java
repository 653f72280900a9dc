package org.alliances.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Theme;
import org.alliances.kernel.testing.ModuleIntegrationTest;
import org.alliances.kernel.testing.TestOrganizations;
import org.alliances.resources.internal.SearchIndex;
import org.alliances.resources.internal.SqlSearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** French full-text search in the library: relevance, exact facet counts, and the in-memory index giving SQL's answer. */
@ModuleIntegrationTest
class LibrarySearchTests {

    @Autowired LibraryService library;
    @Autowired CurationService curation;
    @Autowired SearchIndex index;
    @Autowired SqlSearch sql;
    @Autowired TestOrganizations members;

    @AfterEach
    void signOut() {
        TestOrganizations.signOut();
    }

    static ResourceForm form(ResourceType type, String title, String summary, String body, Set<Category> categories, Integer year) {
        return new ResourceForm(type, Purpose.INFORM, title, summary, body, "Source", "Auteurs", year, null, null,
                Set.of(OrganizationType.ASSOCIATION), categories, Set.of(), Set.of(), null, null, null, null, null, null, null);
    }

    UUID published(ResourceForm form) {
        var id = new java.util.concurrent.atomic.AtomicReference<UUID>();
        TestOrganizations.asAdmin(() -> id.set(curation.publish(curation.create(form).id()).id()));
        return id.get();
    }

    void asMember() {
        members.ensureExist();
        TestOrganizations.signIn(TestOrganizations.ASSOCIATION, "ASSOCIATION");
    }

    @Test
    void accentsCaseAndPluralsAreIgnoredAndAMatchingWordIsMarked() {
        var id = published(form(ResourceType.GUIDE, "Créer des jardins partagés en pied d'immeuble",
                "Comment les habitants et une entreprise voisine ont créé des jardins partagés.", "", Set.of(Category.PATRONAGE), 2024));
        asMember();
        for (var words : List.of("jardin partage", "JARDINS PARTAGÉS", "jàrdîn pàrtagé", "partagés jardins")) {
            var result = library.search(SearchQuery.of(words), 0);
            assertThat(result.hits()).as(words).extracting(SearchResult.Hit::id).contains(id);
        }
        var hit = library.search(SearchQuery.of("jardins"), 0).hits().stream().filter(found -> found.id().equals(id)).findFirst().orElseThrow();
        assertThat(hit.highlighted()).contains("<mark>jardins</mark>");
        assertThat(sql.lexemes("de la et du")).isEmpty();
        assertThat(library.search(SearchQuery.of("de la et du"), 0).total()).as("only stop words: nothing matches").isZero();
    }

    @Test
    void aTitleHitRanksAboveASummaryHitAboveABodyOnlyHit() {
        var body = published(form(ResourceType.STUDY, "Étude sur les tiers-lieux", "Une étude des lieux partagés.",
                "Parmi eux, une xylothèque de quartier.", Set.of(), 2021));
        var title = published(form(ResourceType.GUIDE, "Ouvrir une xylothèque", "Un guide pas à pas.", "", Set.of(), 2022));
        var summary = published(form(ResourceType.GUIDE, "Guide du réemploi", "La xylothèque, un atelier de réemploi du bois.", "", Set.of(), 2023));
        asMember();
        assertThat(library.search(SearchQuery.of("xylothèques"), 0).hits()).extracting(SearchResult.Hit::id).containsExactly(title, summary, body);
    }

    @Test
    void facetCountsAreExactAndAFacetsOwnChoiceLeavesItsOtherValuesCounted() {
        published(form(ResourceType.GUIDE, "Quokka et partenariat", "Premier guide quokka.", "", Set.of(Category.PATRONAGE), 2020));
        published(form(ResourceType.GUIDE, "Quokka solidaire", "Deuxième guide quokka.", "", Set.of(Category.PATRONAGE, Category.SOCIETAL_INNOVATION), 2021));
        published(form(ResourceType.GUIDE, "Le quokka", "Troisième guide quokka.", "", Set.of(Category.RESPONSIBLE_PRACTICES), 2021));
        published(form(ResourceType.STUDY, "Étude quokka", "Une étude sur le quokka.", "", Set.of(Category.PATRONAGE), 2021));
        published(form(ResourceType.STUDY, "Quokkas du territoire", "Une autre étude quokka.", "", Set.of(), 2022));
        published(form(ResourceType.MOOC, "Quokka en ligne", "Un cours sur le quokka.", "", Set.of(Category.ECONOMIC_COOPERATION), null));
        asMember();

        var all = library.search(SearchQuery.of("quokka"), 0);
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.facets().get(Facet.TYPE)).containsExactly(Map.entry("GUIDE", 3L), Map.entry("STUDY", 2L), Map.entry("MOOC", 1L));
        assertThat(all.facets().get(Facet.CATEGORY)).containsExactlyInAnyOrderEntriesOf(Map.of("PATRONAGE", 3L, "SOCIETAL_INNOVATION", 1L,
                "RESPONSIBLE_PRACTICES", 1L, "ECONOMIC_COOPERATION", 1L));
        assertThat(all.facets().get(Facet.YEAR)).containsExactlyInAnyOrderEntriesOf(Map.of("2020", 1L, "2021", 3L, "2022", 1L));

        var guides = library.search(SearchQuery.of("quokka").with(Facet.TYPE, "GUIDE"), 0);
        assertThat(guides.total()).isEqualTo(3);
        assertThat(guides.facets().get(Facet.TYPE)).containsExactly(Map.entry("GUIDE", 3L), Map.entry("STUDY", 2L), Map.entry("MOOC", 1L));
        assertThat(guides.facets().get(Facet.CATEGORY)).containsExactlyInAnyOrderEntriesOf(Map.of("PATRONAGE", 2L, "SOCIETAL_INNOVATION", 1L,
                "RESPONSIBLE_PRACTICES", 1L));
        var patronageGuides = library.search(SearchQuery.of("quokka").with(Facet.TYPE, "GUIDE").with(Facet.CATEGORY, "PATRONAGE"), 0);
        assertThat(patronageGuides.total()).isEqualTo(2);
        assertThat(patronageGuides.facets().get(Facet.TYPE)).containsExactly(Map.entry("GUIDE", 2L), Map.entry("STUDY", 1L));
    }

    /** Random words and filters over a generated corpus: the index answers exactly what PostgreSQL's SQL answers. */
    @Test
    void theIndexGivesTheVeryPageRanksTotalAndCountsOfTheSql() {
        var words = List.of("partenariat", "association", "entreprise", "territoire", "mécénat", "bénévoles", "insertion", "jardin",
                "numérique", "solidarité", "compétences", "jeunesse", "handicap", "emploi", "climat", "réemploi", "culture", "sport");
        var random = new Random(17);
        for (int i = 0; i < 120; i++) {
            var title = sentence(words, random, 3 + random.nextInt(4));
            var summary = sentence(words, random, 10 + random.nextInt(15));
            var body = sentence(words, random, random.nextInt(40));
            var categories = new java.util.HashSet<>(List.of(Category.values()[random.nextInt(4)], Category.values()[random.nextInt(4)]));
            var type = ResourceType.values()[random.nextInt(ResourceType.values().length)];
            var form = new ResourceForm(type,
                    Purpose.values()[random.nextInt(3)], title, summary, body, null, null, 2015 + random.nextInt(10), null, null,
                    Set.of(OrganizationType.values()[random.nextInt(3)]), categories,
                    Set.of(CooperationModel.values()[random.nextInt(9)]), Set.of(Theme.values()[random.nextInt(5)]),
                    type == ResourceType.CASE_STUDY || random.nextInt(3) == 0 ? List.of("69123", "38185", "44109").get(random.nextInt(3)) : null, null, null, null, null, null, null);
            published(form);
        }
        index.reload();
        asMember();
        compareRandomQueries(words, random, 120);
        // then changes followed one by one (the index updated after each commit, its frequent words' counts too)
        var archived = new java.util.concurrent.atomic.AtomicReference<UUID>();
        for (int i = 0; i < 6; i++) {
            var id = published(form(ResourceType.GUIDE, "partenariat association " + words.get(i), "entreprise territoire " + words.get(i + 1),
                    "", Set.of(Category.PATRONAGE), 2024));
            archived.compareAndSet(null, id);
        }
        TestOrganizations.asAdmin(() -> curation.archive(archived.get()));
        asMember();
        compareRandomQueries(words, random, 60);
    }

    private void compareRandomQueries(List<String> words, Random random, int queries) {
        for (int q = 0; q < queries; q++) {
            var text = sentence(words, random, 1 + random.nextInt(3));
            var query = SearchQuery.of(random.nextInt(6) == 0 ? "" : text);
            if (random.nextBoolean()) {
                query = query.with(Facet.TYPE, ResourceType.values()[random.nextInt(8)].name(), ResourceType.values()[random.nextInt(8)].name());
            }
            if (random.nextInt(3) == 0) {
                query = query.with(Facet.CATEGORY, Category.values()[random.nextInt(4)].name());
            }
            if (random.nextInt(4) == 0) {
                query = query.with(Facet.YEAR, Integer.toString(2015 + random.nextInt(10)));
            }
            if (random.nextInt(5) == 0) {
                query = query.with(Facet.DEPARTMENT, "69", "38");
            }
            var lexemes = sql.lexemes(query.text());
            int page = random.nextInt(4) == 0 ? 1 : 0;
            var fromIndex = index.search(lexemes, query.hasText(), query.filters(), page, LibraryService.PAGE_SIZE);
            var fromSql = sql.search(lexemes, query.hasText(), query.filters(), page, LibraryService.PAGE_SIZE);
            assertThat(fromIndex.ids()).as("page of %s", query).containsExactlyElementsOf(fromSql.ids());
            assertThat(fromIndex.ranks()).as("ranks of %s", query).containsExactlyElementsOf(fromSql.ranks());
            assertThat(fromIndex.total()).as("total of %s", query).isEqualTo(fromSql.total());
            assertThat(fromIndex.facets()).as("facets of %s", query).isEqualTo(fromSql.facets());
        }
    }

    private static String sentence(List<String> words, Random random, int length) {
        var chosen = new ArrayList<String>();
        for (int i = 0; i < length; i++) {
            chosen.add(words.get(Math.min(words.size() - 1, (int) Math.abs(random.nextGaussian() * 6))));
        }
        return String.join(" ", chosen);
    }
}
