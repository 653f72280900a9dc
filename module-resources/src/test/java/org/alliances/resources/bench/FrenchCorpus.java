package org.alliances.resources.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Theme;
import org.alliances.resources.Purpose;
import org.alliances.resources.ResourceType;

/**
 * Generated French resources for the library benchmark. Words follow a Zipf law over a vocabulary of real French
 * words (the most frequent first) then French-sounding made-up words, with the function words of French prose between
 * them. In the realistic corpus no content word is in more than a third of the documents, as in real prose; the worst
 * case adds the domain's top words (partenariat, association, entreprise, territoire…) to 60 to 100 % of them.
 */
final class FrenchCorpus {

    /** The domain's words, most frequent first; in the worst case word i is in (100 − 4 i) % of the documents. */
    static final List<String> DOMAIN = List.of("partenariat", "association", "entreprise", "territoire", "projet", "solidarité",
            "acteur", "engagement", "impact", "social");
    static final List<String> COMMON = List.of("partenariat", "association", "entreprise", "territoire", "projet", "solidarité",
            "acteur", "engagement", "impact", "social", "temps", "personne", "jeune", "emploi", "habitant", "ville", "commune", "action",
            "service", "formation", "bénévole", "salarié", "public", "réseau", "développement", "quartier", "culture", "santé",
            "environnement", "insertion", "éducation", "famille", "enfant", "école", "travail", "économie", "innovation", "mécénat",
            "compétence", "collectivité", "région", "département", "financement", "dispositif", "accompagnement", "programme", "politique",
            "citoyen", "logement", "transport", "mobilité", "alimentation", "agriculture", "énergie", "climat", "déchet", "recyclage",
            "réemploi", "biodiversité", "eau", "forêt", "jardin", "sport", "musique", "théâtre", "lecture", "bibliothèque", "numérique",
            "handicap", "autonomie", "vieillissement", "aidant", "pauvreté", "précarité", "exclusion", "égalité", "diversité", "femme",
            "homme", "métier", "apprentissage", "stage", "entrepreneur", "coopérative", "fondation", "fonds", "subvention", "budget",
            "gouvernance", "conseil", "assemblée", "bureau", "président", "trésorier", "secrétaire", "membre", "adhérent", "donateur",
            "évaluation", "mesure", "indicateur", "résultat", "rapport", "étude", "enquête", "diagnostic", "stratégie", "objectif",
            "méthode", "outil", "guide", "fiche", "atelier", "formation", "réunion", "rencontre", "forum", "festival", "chantier",
            "bâtiment", "local", "matériel", "véhicule", "logistique", "communication", "réseau", "média", "presse", "image", "marque",
            "client", "fournisseur", "achat", "produit", "offre", "marché", "prix", "qualité", "sécurité", "risque", "crise", "relance",
            "avenir", "histoire", "patrimoine", "tourisme", "montagne", "littoral", "campagne", "village", "métropole", "banlieue",
            "médiation", "prévention", "soin", "hôpital", "médecin", "infirmier", "psychologue", "éducateur", "animateur", "formateur",
            "coach", "mentor", "parrain", "tuteur", "étudiant", "université", "recherche", "laboratoire", "expérimentation", "prototype",
            "solution", "besoin", "demande", "réponse", "question", "difficulté", "obstacle", "levier", "opportunité", "confiance",
            "dialogue", "coopération", "alliance", "co-construction", "convention", "contrat", "charte", "engagement", "valeur", "mission");
    private static final List<String> FUNCTION_WORDS = List.of("le", "la", "de", "des", "et", "un", "une", "pour", "dans", "avec", "sur",
            "au", "aux", "du", "en", "par", "qui", "que", "leur", "ce", "cette", "son", "sa", "ses", "est", "sont", "a", "ont");
    private static final String[] ONSETS = {"b", "br", "c", "ch", "cl", "d", "f", "fr", "g", "gr", "j", "l", "m", "n", "p", "pl", "pr", "r",
            "s", "t", "tr", "v"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "é", "ou", "ai", "au", "eu", "on", "an", "in"};
    private static final String[] ENDINGS = {"tion", "ment", "age", "eur", "ité", "ance", "isme", "ier", "ette", "erie", "ure", "oir"};

    record Document(String title, String summary, String body, ResourceType type, Purpose purpose, Set<OrganizationType> audiences,
                    Set<Category> categories, Set<CooperationModel> models, Set<Theme> themes, String department, int year) {
    }

    final List<String> vocabulary = new ArrayList<>();
    private final double[] cumulative;
    private final Random random;
    private final int[] documentFrequency;
    private final int documents;
    private final boolean worstCase;
    private final List<String> departments;

    FrenchCorpus(int documents, boolean worstCase, List<String> departments, long seed) {
        this.documents = documents;
        this.worstCase = worstCase;
        this.departments = departments;
        this.random = new Random(seed);
        vocabulary.addAll(new LinkedHashSet<>(COMMON));
        var made = new HashSet<>(vocabulary);
        var words = new Random(7);
        while (vocabulary.size() < 30_000) {
            var word = ONSETS[words.nextInt(ONSETS.length)] + VOWELS[words.nextInt(VOWELS.length)]
                    + ONSETS[words.nextInt(ONSETS.length)] + VOWELS[words.nextInt(VOWELS.length)] + ENDINGS[words.nextInt(ENDINGS.length)];
            if (made.add(word)) {
                vocabulary.add(word);
            }
        }
        cumulative = new double[vocabulary.size()];
        double sum = 0;
        for (int rank = 0; rank < vocabulary.size(); rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < cumulative.length; rank++) {
            cumulative[rank] /= sum;
        }
        documentFrequency = new int[vocabulary.size()];
    }

    /** A word of rank 2,500 or more: in a few dozen documents at most. */
    String rare(int which) {
        return vocabulary.get(2_500 + which * 3_001);
    }

    Document next() {
        var inDocument = new HashSet<Integer>();
        var title = text(6 + random.nextInt(5), inDocument);
        var summary = text(25 + random.nextInt(16), inDocument);
        var body = text(80 + random.nextInt(61), inDocument);
        if (worstCase) {
            var titleWords = new StringBuilder(title);
            var bodyWords = new StringBuilder(body);
            for (int i = 0; i < DOMAIN.size(); i++) {
                if (random.nextDouble() < 1.0 - 0.04 * i) {
                    if (random.nextDouble() < 0.3) {
                        titleWords.append(' ').append(DOMAIN.get(i));
                    }
                    for (int times = 1 + random.nextInt(3); times > 0; times--) {
                        bodyWords.append(" les ").append(DOMAIN.get(i));
                    }
                }
            }
            title = titleWords.toString();
            body = bodyWords.toString();
        }
        for (int word : inDocument) {
            documentFrequency[word]++;
        }
        var type = ResourceType.values()[random.nextInt(ResourceType.values().length)];
        var audiences = new HashSet<OrganizationType>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            audiences.add(OrganizationType.values()[random.nextInt(3)]);
        }
        var categories = new HashSet<Category>();
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            categories.add(Category.values()[random.nextInt(4)]);
        }
        var models = new HashSet<CooperationModel>();
        for (int i = random.nextInt(3); i > 0; i--) {
            models.add(CooperationModel.values()[random.nextInt(9)]);
        }
        var themes = new HashSet<Theme>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            themes.add(Theme.values()[random.nextInt(Theme.values().length)]);
        }
        var department = type == ResourceType.CASE_STUDY ? departments.get(random.nextInt(departments.size())) : null;
        return new Document(title, summary, body, type, Purpose.values()[random.nextInt(3)], audiences, categories, models, themes,
                department, 2005 + random.nextInt(22));
    }

    /** Words of French prose: function words between content words drawn by rank, none beyond a third of the documents. */
    private String text(int contentWords, Set<Integer> inDocument) {
        var text = new StringBuilder();
        for (int i = 0; i < contentWords; i++) {
            if (random.nextBoolean()) {
                text.append(FUNCTION_WORDS.get(random.nextInt(FUNCTION_WORDS.size()))).append(' ');
            }
            int rank = 0;
            for (int attempt = 0; attempt < 20; attempt++) {
                rank = draw();
                if (inDocument.contains(rank) || documentFrequency[rank] < documents / 3) {
                    break;
                }
            }
            inDocument.add(rank);
            text.append(vocabulary.get(rank)).append(' ');
        }
        return text.toString().strip();
    }

    private int draw() {
        int found = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, found >= 0 ? found : -found - 1);
    }

    /** The document frequency of the most frequent content word so far, as a share of the documents. */
    double highestShare(int generated) {
        int highest = 0;
        for (int count : documentFrequency) {
            highest = Math.max(highest, count);
        }
        return (double) highest / generated;
    }
}
