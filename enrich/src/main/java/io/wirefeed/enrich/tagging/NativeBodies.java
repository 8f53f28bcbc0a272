package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import io.wirefeed.enrich.tagging.AliasIndex.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Bodies every state has, named in a Balkan language without their state: "Собранието" (the Assembly),
 * "Savjet ministara" (the Council of Ministers), "Ustavni sud", "υπουργείο Εξωτερικών" (the Foreign
 * Ministry). Each is read as the English generic name {@link GenericBodies} resolves to the story's country;
 * it counts only as the knowledge base's entry for that country. Words are folded keys in their declined forms.
 */
final class NativeBodies {
    /** One way of naming a body: the forms each word may take, whether the first must be capitalised, the English name. */
    private record Phrase(List<Set<String>> words, boolean capitalised, String english) {}

    private static final Set<String> MINISTRY = Set.of("ministarstvo", "ministarstva", "ministarstvu", "ministarstvom",
            "ministerstvo", "ministerstvoto", "ministerstva");
    private static final List<Phrase> PHRASES = List.of(
            new Phrase(List.of(Set.of("sobranie", "sobranieto")), true, "Assembly"),
            new Phrase(List.of(Set.of("savjet", "savjeta", "savjetu", "savjetom", "vijece", "vijeca", "vijecu", "vijecem",
                    "savet", "saveta", "savetu", "savetom"), Set.of("ministara")), true, "Council of Ministers"),
            new Phrase(List.of(Set.of("ustavni", "ustavnog", "ustavnom", "ustavnoga", "ustaven", "ustavniot"),
                    Set.of("sud", "suda", "sudu", "sudom", "sudot")), true, "Constitutional Court"),
            new Phrase(List.of(Set.of("gjykata", "gjykates", "gjykaten"), Set.of("kushtetuese")), true, "Constitutional Court"),
            new Phrase(List.of(MINISTRY, Set.of("vanjskih", "spoljnih", "spoljasnjih", "inostranih"), Set.of("poslova")), true,
                    "Ministry of Foreign Affairs"),
            new Phrase(List.of(MINISTRY, Set.of("za"), Set.of("nadvoresni"), Set.of("raboti")), true, "Ministry of Foreign Affairs"),
            new Phrase(List.of(MINISTRY, Set.of("na"), Set.of("vansnite"), Set.of("raboti")), true, "Ministry of Foreign Affairs"),
            new Phrase(List.of(Set.of("ministria", "ministrise", "ministrine"), Set.of("e", "se"), Set.of("jashtme")), true,
                    "Ministry of Foreign Affairs"),
            // Greek writes a ministry in lower case: "το υπουργείο Εξωτερικών"
            new Phrase(List.of(Set.of("ypoyrgeio", "ypoyrgeioy"), Set.of("exoterikon")), false, "Ministry of Foreign Affairs"),
            new Phrase(List.of(MINISTRY, Set.of("odbrane", "obrane")), true, "Ministry of Defence"),
            new Phrase(List.of(MINISTRY, Set.of("unutrasnjih"), Set.of("poslova")), true, "Ministry of Interior"),
            new Phrase(List.of(MINISTRY, Set.of("finansija", "financija")), true, "Ministry of Finance"));

    /** The phrases each form of a first word may open: one lookup a token, not one a phrase (this runs on every story). */
    private static final java.util.Map<String, List<Phrase>> BY_FIRST_WORD = new java.util.HashMap<>();

    static {
        for (Phrase p : PHRASES) {
            p.words().get(0).forEach(w -> BY_FIRST_WORD.computeIfAbsent(w, k -> new ArrayList<>()).add(p));
        }
    }

    /** A body found: tokens {@code from..to}, its English generic name, the country written right after it or null. */
    record Found(int from, int to, String english, String country) {}

    private NativeBodies() {}

    /** languages of one state: a body named in them without a state is that state's ("το υπουργείο Εξωτερικών") */
    private static final java.util.Map<String, String> STATE_OF_LANGUAGE = java.util.Map.of("mk", "MK", "bg", "BG", "sl", "SI",
            "hr", "HR", "el", "GR");

    /**
     * The bodies named at tokens no accepted match and no name in {@code used} covers; each of the country
     * written right after it, else of the one state whose language the story is in, else of none.
     */
    static List<Found> find(Tokens tokens, List<Match> accepted, Set<Integer> used, String language) {
        boolean[] covered = new boolean[tokens.size()];
        // a title covers nothing: the body in "претседателот на Собранието" is named although it makes a title
        accepted.stream().filter(m -> m.targets().stream().anyMatch(t -> t.kind() != Kind.TITLE))
                .forEach(m -> java.util.Arrays.fill(covered, m.from(), m.to() + 1, true));
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Phrase> candidates = covered[i] ? null : BY_FIRST_WORD.get(tokens.key(i));
            if (candidates == null) {
                continue;
            }
            for (Phrase p : candidates) {
                int last = i + p.words().size() - 1;
                if (last >= tokens.size() || (p.capitalised() && !tokens.capitalised(i))) {
                    continue;
                }
                boolean fits = true;
                for (int k = 0; k < p.words().size() && fits; k++) {
                    fits = !covered[i + k] && !used.contains(i + k) && p.words().get(k).contains(tokens.key(i + k));
                }
                if (fits) {
                    String written = countryAt(accepted, last + 1);
                    out.add(new Found(i, last, p.english(), written != null ? written : STATE_OF_LANGUAGE.get(language)));
                    i = last;
                    break;
                }
            }
        }
        return out;
    }

    /** The country a match starting at token {@code i} names ("Ministarstvo odbrane Srbije"), or null. */
    private static String countryAt(List<Match> accepted, int i) {
        for (Match m : accepted) {
            if (m.from() == i) {
                for (Target t : m.targets()) {
                    if (t.kind() == Kind.COUNTRY) {
                        return t.ref();
                    }
                }
            }
        }
        return null;
    }
}
