package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Place;
import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A town's own bodies named in a Balkan language by a capitalised head and the town, in any case: "Grad Split",
 * "budžet Grada Novog Sada", "Općina Visoko", "Општина Параћин", "Mestna občina Kranj", "Община Бургас",
 * "Skupština Grada Kragujevca", "Skupštini opštine Paraćin". The capital makes the head the body's name ("u
 * gradu Nišu" is only a place); the town makes the body one: it is reported as "City of Split", "Municipality of
 * Visoko", "City Assembly of Kragujevac", or as the knowledge base's entry when it has that body.
 */
final class TownBodies {
    /** A body found: tokens {@code from..to}, its English name, and the token its town starts at. */
    record Found(int from, int to, String name, int townFrom) {}

    private static final String CITY = "City";
    private static final String MUNICIPALITY = "Municipality";
    /** the head, in each case, to its English */
    private static final Map<String, String> HEADS = new HashMap<>();
    /** an assembly, whose town follows "Grada" or "opštine" */
    private static final Set<String> ASSEMBLY = Folding.get().keys("skupština", "skupštine", "skupštini", "skupštinu", "skupštinom", "скупштина",
            "скупштине", "скупштини", "скупштину", "скупштином");
    /** Slovenian "Mestna" before "občina": the town's municipality all the same */
    private static final Set<String> URBAN = Folding.get().keys("mestna", "mestne", "mestni", "mestno");

    static {
        Folding.get().putKeys(HEADS, CITY, "grad", "grada", "gradu", "gradom", "град", "града", "граду", "градом");
        Folding.get().putKeys(HEADS, MUNICIPALITY, "općina", "općine", "općini", "općinu", "općinom", "opština", "opštine", "opštini", "opštinu",
                "opštinom", "općina", "općine", "općini", "općinu", "općinom", "општина", "општине", "општини", "општину", "општином",
                "občina", "občine", "občini", "občino", "община", "общината");
    }

    /**
     * a mayor's or a municipal head's title before the body: "načelnik Općine Kakanj", "župan Občine Tržič" name a
     * person's office, not the body (as "Minister of Defence" is no ministry)
     */
    private static final List<String> TITLE_STEMS = Stream.of("načelni", "gradonačelni", "župan", "podžupan", "kmet", "кмет",
            "градоначелни", "начелни", "predsjedni", "predsedni", "председни", "zamjeni", "zameni", "заменик")
            .map(w -> Folding.get().key(w)).distinct().toList();

    private TownBodies() {}

    /** Whether token {@code i} opens a title ("načelnika", "županja", "кметът"). */
    private static boolean title(Tokens tokens, int i) {
        if (i < 0) {
            return false;
        }
        String key = tokens.key(i);
        for (String stem : TITLE_STEMS) {
            if (key.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The bodies named at tokens no organisation, person and name in {@code used} covers, each with the town after its head. */
    static List<Found> find(Tokens tokens, List<Reading> accepted, Set<Integer> used, Map<String, Place> places,
            Map<String, Organisation> orgsByKey) {
        List<Found> out = List.of();
        boolean[] covered = null;
        for (int i = 0; i < tokens.size(); i++) {
            boolean assembly = ASSEMBLY.contains(tokens.key(i));
            if ((!assembly && !HEADS.containsKey(tokens.key(i)) && !URBAN.contains(tokens.key(i))) || !tokens.capitalised(i)
                    || used.contains(i)) {
                continue;
            }
            if (covered == null) {
                covered = Reading.coveredByNames(accepted, tokens.size());
            }
            int head = assembly || URBAN.contains(tokens.key(i)) ? i + 1 : i;
            String kind = head < tokens.size() ? HEADS.get(tokens.key(head)) : null;
            if (kind == null || covered[i] || covered[head] || used.contains(head) || title(tokens, i - 1)) {
                continue;
            }
            // "Mestna občina Kranj" may be one place name; else the town starts after the head
            Reading town = placeFrom(accepted, places, i, head + 1);
            if (town == null || covered[town.to()] || tokens.sentenceStart(town.from()) && town.from() > head) {
                continue;
            }
            String name = places.get(town.target.ref()).name();
            String english = assembly ? (kind.equals(CITY) ? "City Assembly of " : "Municipal Assembly of ") + name
                    : kind + " of " + name;
            Organisation known = orgsByKey.get(Folding.get().key(english));
            out = out.isEmpty() ? new ArrayList<>(2) : out;
            out.add(new Found(i, Math.max(town.to(), head), known != null ? known.name() : english, town.from()));
            i = Math.max(town.to(), head);
        }
        return out;
    }

    /** The place reading starting at {@code from} (over the head's words too) or at {@code after}, or null. */
    private static Reading placeFrom(List<Reading> accepted, Map<String, Place> places, int from, int after) {
        Reading at = null;
        for (Reading r : accepted) {
            if (r.kind() == Kind.PLACE && places.containsKey(r.target.ref())) {
                if (r.from() == after) {
                    at = r;
                } else if (r.from() == from && r.to() >= after) {
                    return r;
                }
            }
        }
        return at;
    }

}
