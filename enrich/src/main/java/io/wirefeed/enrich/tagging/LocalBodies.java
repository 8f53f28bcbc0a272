package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Place;
import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A town's own bodies that Balkan copy names by their kind and the town, in any case: councils ("Gradsko veće
 * Kraljeva", "Občinski svet Mestne občine Velenje", "Këshilli Bashkiak i Korçës", "Δημοτικό Συμβούλιο Λάρισας"),
 * municipalities and regions ("Bashkia e Elbasanit", "Περιφέρεια Αττικής"), election commissions, police
 * directorates ("Policijska uprava u Nišu", "ОДМВР – Шумен"), health centres, hospitals, regional inspectorates,
 * utilities, port authorities and tourist boards. No knowledge base can list them one by one; the heads and their
 * English are data ({@code tagging/local-bodies.tsv}), the town is a place of the gazetteer in one of the
 * countries the head is used in, and the body is reported under one English pattern per kind ("City Council of
 * Kraljevo", "Police Directorate Niš"), or as the knowledge base's entry when it has that body. The capitalised
 * head makes the body a name ("u opštoj bolnici u Čačku" is only a place); a head before a title's holder
 * ("predsednik Gradskog veća") names a person's office, not the body.
 */
final class LocalBodies {
    /**
     * One kind of body: its head's words, each a set of folded forms, its English, the towns' countries, and
     * whether the town may follow a preposition ("Policijska uprava u Nišu").
     */
    private record Head(List<Set<String>> words, String english, Set<String> countries, boolean at) {}

    static final String RESOURCE = "tagging/local-bodies.tsv";
    private static final String TOWN = "{town}";
    /** in place of the town: the known body named right after the head, whose part this one is ("Ekonomskog fakulteta Univerziteta u Kragujevcu") */
    private static final String BODY = "{body}";
    /** at most this many link words between the head and the town ("Grada", "Mestne občine", "u") */
    private static final int MAX_LINKS = 2;
    /** Albanian articles between a title and the body it heads ("Kryetari i Bashkisë") */
    private static final Set<String> ARTICLES = Folding.get().keys("i", "e", "të", "së");

    /** the heads, by the folded forms of their first word */
    private final Map<String, List<Head>> byFirst = new HashMap<>();
    private final Set<String> links = new HashSet<>();
    private final Set<String> prepositions = new HashSet<>();
    /** the places ("BA/region": the cantons) whose name after a state body's makes it theirs ("Ministarstvo zdravstva Tuzlanskog kantona") */
    private final Set<String> units = new HashSet<>();
    private final List<String> titles = new ArrayList<>();

    private LocalBodies() {}

    static LocalBodies load() {
        LocalBodies bodies = new LocalBodies();
        TsvRows.read(RESOURCE).forEach(bodies::read);
        return bodies;
    }

    private void read(String[] row) {
        Folding folding = Folding.get();
        switch (row[0]) {
            case "body" -> {
                List<Set<String>> words = new ArrayList<>();
                for (String word : row[3].trim().split(" +")) {
                    words.add(folding.keys(word.split("\\|")));
                }
                Head head = new Head(List.copyOf(words), row[1], Set.of(row[2].trim().split(" +")), row.length > 4 && row[4].equals("at"));
                for (String first : words.get(0)) {
                    byFirst.computeIfAbsent(first, k -> new ArrayList<>(1)).add(head);
                }
            }
            case "link" -> links.addAll(folding.keys(row[1].split("\\|")));
            case "unit" -> units.addAll(Arrays.asList(row[1].trim().split(" +")));
            case "at" -> prepositions.addAll(folding.keys(row[1].split("\\|")));
            case "title" -> Arrays.stream(row[1].split("\\|")).map(folding::key).distinct().forEach(titles::add);
            default -> throw new IllegalStateException(RESOURCE + ": unknown row " + row[0]);
        }
    }

    /** The bodies named at tokens no organisation, person and name in {@code used} covers, each with its town. */
    List<TownBodies.Found> find(Tokens tokens, List<Reading> accepted, Set<Integer> used, Map<String, Place> places,
            Map<String, Organisation> orgs, Map<String, Organisation> orgsByKey) {
        List<TownBodies.Found> out = List.of();
        boolean[] covered = null;
        for (int i = 0; i < tokens.size(); i++) {
            List<Head> heads = byFirst.get(tokens.key(i));
            if (heads == null || !tokens.capitalised(i) || used.contains(i)) {
                continue;
            }
            if (covered == null) {
                covered = Reading.coveredByNames(accepted, tokens.size());
            }
            if (covered[i] || title(tokens, i)) {
                continue;
            }
            TownBodies.Found best = null;
            for (Head head : heads) {
                int end = headEnd(tokens, covered, used, head, i);
                TownBodies.Found f = end < 0 ? null : head.english().contains(BODY) ? partOf(accepted, orgs, orgsByKey, head, i, end)
                        : town(tokens, accepted, covered, used, places, orgsByKey, head, i, end);
                if (f != null && (best == null || f.to() > best.to())) {
                    best = f;
                }
            }
            if (best != null) {
                out = out.isEmpty() ? new ArrayList<>(2) : out;
                out.add(best);
                i = best.to();
            }
        }
        return out;
    }

    /** The token after {@code head} read from token {@code i}, or -1. */
    private static int headEnd(Tokens tokens, boolean[] covered, Set<Integer> used, Head head, int i) {
        int j = i;
        for (Set<String> forms : head.words()) {
            if (j >= tokens.size() || !forms.contains(tokens.key(j)) || covered[j] || used.contains(j)
                    || (j > i && tokens.sentenceStart(j))) {
                return -1;
            }
            j++;
        }
        return j;
    }

    /**
     * The body whose head ends before token {@code end}: its town right after, after link words, or a place name
     * that opens with the head's last word ("Општина Битола").
     */
    private TownBodies.Found town(Tokens tokens, List<Reading> accepted, boolean[] covered, Set<Integer> used, Map<String, Place> places,
            Map<String, Organisation> orgsByKey, Head head, int from, int end) {
        Reading town = placeAt(accepted, places, head, end - 1, end);
        int t = end;
        for (int linked = 0; town == null && t < tokens.size() && !tokens.sentenceStart(t) && !covered[t] && !used.contains(t); t++) {
            town = placeAt(accepted, places, head, t, t);
            String key = tokens.key(t);
            if (town == null && (linked++ == MAX_LINKS || !(links.contains(key) || head.at() && prepositions.contains(key)))) {
                return null;
            }
        }
        if (town == null) {
            return null;
        }
        String name = places.get(town.target.ref()).name();
        String english = head.english().replace(TOWN, name);
        Organisation known = orgsByKey.get(Folding.get().key(english));
        return new TownBodies.Found(from, town.to(), known != null ? known.name() : english, town.from());
    }

    /**
     * The body whose head ends before token {@code end} as part of the known body of one of the head's countries
     * read right after it ("Faculty of Economics, University of Kragujevac"). The known body stays a name of its own:
     * copy that names a faculty names its university too.
     */
    private static TownBodies.Found partOf(List<Reading> accepted, Map<String, Organisation> orgs, Map<String, Organisation> orgsByKey,
            Head head, int from, int end) {
        for (Reading r : accepted) {
            Organisation whole = r.from() == end && r.kind() == Kind.ORGANISATION ? orgs.get(r.target.ref()) : null;
            if (whole != null && head.countries().contains(whole.country())) {
                String english = head.english().replace(BODY, whole.name());
                Organisation known = orgsByKey.get(Folding.get().key(english));
                return new TownBodies.Found(from, end - 1, known != null ? known.name() : english, end);
            }
        }
        return null;
    }

    /** The place reading of one of {@code head}'s countries (or of a kind of place there) that starts at token {@code t} and reaches {@code past}, or null. */
    private static Reading placeAt(List<Reading> accepted, Map<String, Place> places, Head head, int t, int past) {
        for (Reading r : accepted) {
            if (r.from() == t && r.to() >= past && r.kind() == Kind.PLACE) {
                Place p = places.get(r.target.ref());
                if (p != null && (head.countries().contains(p.country()) || head.countries().contains(p.country() + "/" + p.kind()))) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * The name of the unit (a canton) whose place reading starts at token {@code t}, or null: a ministry or agency
     * named before it is the unit's ("Ministry of Health of Tuzla Canton"), not the state's.
     */
    String unitAt(List<Reading> accepted, Map<String, Place> places, int t) {
        for (Reading r : accepted) {
            if (r.from() == t && r.kind() == Kind.PLACE) {
                Place p = places.get(r.target.ref());
                if (p != null && units.contains(p.country() + "/" + p.kind())) {
                    return p.name();
                }
            }
        }
        return null;
    }

    /** Whether one of {@code found} shares a token with tokens {@code from..to}. */
    static boolean overlaps(List<TownBodies.Found> found, int from, int to) {
        for (TownBodies.Found f : found) {
            if (f.from() <= to && f.to() >= from) {
                return true;
            }
        }
        return false;
    }

    /** Whether a title stands before token {@code i} ("predsednik Gradskog veća", "Kryetari i Bashkisë"). */
    private boolean title(Tokens tokens, int i) {
        int t = i - 1;
        if (t > 0 && ARTICLES.contains(tokens.key(t))) {
            t--;
        }
        if (t < 0) {
            return false;
        }
        String key = tokens.key(t);
        for (String stem : titles) {
            if (key.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}
