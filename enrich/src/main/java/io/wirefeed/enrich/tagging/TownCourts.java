package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Place;
import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Courts and prosecutors' offices named in a Balkan language by their kind and the town they sit in, in any case:
 * "Osnovni sud u Nišu", "Višem javnom tužilaštvu u Beogradu", "Županijsko državno odvjetništvo u Rijeci",
 * "okrožno sodišče v Mariboru", "Основниот кривичен суд Скопје", "Районната прокуратура в Пловдив", "Gjykata
 * Themelore në Prizren", "Tribunalul Cluj", "Curtea de Apel București". Every such body is one court, so the
 * town makes the name: each is reported under the English its country's courts use ("Basic Court in Niš",
 * "Basic Criminal Court Skopje", "Plovdiv District Court", "Cluj Tribunal"), or the knowledge base's entry when it
 * has that body. A kind without a town ("Viši sud") is left alone.
 */
final class TownCourts {
    /** A body found: tokens {@code from..to} and its English name. */
    record Found(int from, int to, String name) {}

    private static final String APPEAL = "Appeal";
    /** the kind of court, to its English: "Osnovni" Basic, "Районният" District ... */
    private static final Map<String, String> KINDS = new HashMap<>();
    /** words between the kind and the head: "javno" Public, "državno" State, "кривичен" Criminal */
    private static final Map<String, String> SECOND = new HashMap<>();
    /** the head, to its English: "sud" Court, "tužilaštvo" Prosecutor's Office */
    private static final Map<String, String> HEADS = new HashMap<>();
    /** Romanian courts, the town right after them in English before ("Tribunalul Cluj" Cluj Tribunal) */
    private static final Map<String, String> ROMANIAN = new HashMap<>();
    /** "Parchetul de pe lângă Tribunalul Cluj" is the prosecutor's office attached to the court, not the court */
    private static final String ATTACHED = "langa";
    /** the Albanian kind written after its head: "Gjykata Themelore" */
    private static final Map<String, String> KINDS_AFTER = new HashMap<>();
    /** words before the town: "u", "v", "в", "во", "në"; Albanian "e" before a genitive ("e Prishtinës") */
    private static final Set<String> BEFORE_TOWN = Folding.get().keys("u", "v", "во", "në", "e");
    /** South Slavic adjective endings, each case and gender ("Višeg", "Višem": the soft stem takes -eg, -em) */
    private static final List<String> ADJECTIVE = List.of("i", "a", "o", "e", "og", "oga", "om", "ome", "im", "oj", "u", "ega", "eg",
            "em", "ih", "ima");
    private static final List<String> NEUTER = List.of("o", "a", "u", "om", "e", "em");
    private static final int MAX_SECOND = 2;
    /** Macedonian forms: the town follows the body without a preposition ("Основниот суд Битола") */
    private static final Set<String> MACEDONIAN = Folding.get().keys("основен", "основниот", "основната", "основното", "вишиот", "вишото",
            "апелационен", "апелациониот", "апелационото", "управен", "управниот", "јавното", "државното", "кривичен",
            "кривичниот", "граѓански", "граѓанскиот", "судот", "обвинителство", "обвинителството");
    /** Bulgarian forms: the town comes first in English ("Plovdiv District Court") */
    private static final Set<String> BULGARIAN = Folding.get().keys("съд", "съда", "съдът", "прокуратура", "прокуратурата");
    /** every word a body's name may open with (a kind, a head or a Romanian court): one lookup for each word of a story */
    private static final Set<String> OPENERS = new java.util.HashSet<>();

    static {
        stems(KINDS, "Basic", "osnovn");
        stems(KINDS, "Higher", "vis", "visj");
        stems(KINDS, APPEAL, "apelacion", "apelacijsk", "apelativn");
        stems(KINDS, "Commercial", "privredn", "trgovack", "gospodarsk");
        stems(KINDS, "Misdemeanour", "prekrsajn");
        stems(KINDS, "Municipal", "opcinsk", "opstinsk");
        stems(KINDS, "County", "zupanijsk");
        stems(KINDS, "Cantonal", "kantonaln");
        stems(KINDS, "District", "okruzn", "okrozn");
        stems(KINDS, "Local", "okrajn");
        stems(KINDS, "Administrative", "upravn", "administrativn");
        // Macedonian and Bulgarian definite forms the endings above do not make
        Folding.get().putKeys(KINDS, "Basic", "основен", "основниот", "основната", "основното");
        Folding.get().putKeys(KINDS, "Higher", "вишиот", "вишото", "вишата");
        Folding.get().putKeys(KINDS, APPEAL, "апелационен", "апелациониот", "апелационото", "апелативен", "апелативния", "апелативният",
                "апелативната");
        Folding.get().putKeys(KINDS, "Administrative", "управен", "управниот", "административен", "административния", "административният",
                "административната");
        Folding.get().putKeys(KINDS, "District", "районен", "районния", "районният", "районната");
        Folding.get().putKeys(KINDS, "Regional", "окръжен", "окръжния", "окръжният", "окръжната", "окръжна");
        stems(SECOND, "Public", "javn");
        stems(SECOND, "State", "drzavn");
        Folding.get().putKeys(SECOND, "Public", "јавното");
        Folding.get().putKeys(SECOND, "State", "државното");
        Folding.get().putKeys(SECOND, "Criminal", "кривичен", "кривичниот");
        Folding.get().putKeys(SECOND, "Civil", "граѓански", "граѓанскиот");
        Folding.get().putKeys(HEADS, "Court", "sud", "suda", "sudu", "sudom", "sudot", "съд", "съда", "съдът", "gjykata", "gjykatës", "gjykatën");
        endings(HEADS, "Court", NEUTER, "sodisc");
        endings(HEADS, "Prosecutor's Office", NEUTER, "tuzilastv", "tuziteljstv", "tozilstv", "obvinitelstv");
        Folding.get().putKeys(HEADS, "Prosecutor's Office", "обвинителството", "прокуратура", "прокуратурата", "prokuroria", "prokurorisë",
                "prokurorinë");
        endings(HEADS, "Attorney's Office", NEUTER, "odvjetnistv");
        Folding.get().putKeys(KINDS_AFTER, "Basic", "themelore");
        Folding.get().putKeys(ROMANIAN, "Tribunal", "tribunalul", "tribunalului");
        Folding.get().putKeys(ROMANIAN, "Court", "judecătoria", "judecătoriei");
        Folding.get().putKeys(ROMANIAN, "Court of Appeal", "curtea", "curții");
        OPENERS.addAll(KINDS.keySet());
        OPENERS.addAll(HEADS.keySet());
        OPENERS.addAll(ROMANIAN.keySet());
    }

    private TownCourts() {}

    /**
     * The bodies named at tokens no organisation, person and name in {@code used} covers, each followed by a town
     * the story's readings take as a place.
     */
    static List<Found> find(Tokens tokens, List<Reading> accepted, Set<Integer> used, String language,
            Map<String, Place> places, Map<String, Organisation> orgsByKey) {
        List<Found> out = new ArrayList<>();
        boolean[] covered = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (!OPENERS.contains(tokens.key(i))) {
                continue;
            }
            String kind = KINDS.get(tokens.key(i));
            String head = HEADS.get(tokens.key(i));
            String romanian = ROMANIAN.get(tokens.key(i));
            if (kind == null && head == null && romanian == null) {
                continue;
            }
            if (covered == null) {
                covered = Reading.coveredByNames(accepted, tokens.size());
            }
            Found f = kind != null ? slavic(tokens, accepted, covered, used, language, places, orgsByKey, i, kind)
                    : romanian != null ? romanian(tokens, accepted, covered, used, places, orgsByKey, i, romanian)
                    : albanian(tokens, accepted, covered, used, places, orgsByKey, i, head);
            if (f != null) {
                out.add(f);
                i = f.to();
            }
        }
        return out;
    }

    /** "Osnovno javno tužilaštvo u Nišu": kind, up to two words more, head, town. */
    private static Found slavic(Tokens tokens, List<Reading> accepted, boolean[] covered, Set<Integer> used, String language,
            Map<String, Place> places, Map<String, Organisation> orgsByKey, int i, String kind) {
        StringBuilder core = new StringBuilder(kind);
        int j = i + 1;
        while (j < tokens.size() && j - i <= MAX_SECOND && SECOND.containsKey(tokens.key(j))) {
            core.append(' ').append(SECOND.get(tokens.key(j)));
            j++;
        }
        String head = j < tokens.size() ? HEADS.get(tokens.key(j)) : null;
        if (head == null || taken(covered, used, i, j)) {
            return null;
        }
        String english = kind.equals(APPEAL) && head.equals("Court") ? "Court of Appeal" : core + " " + head;
        if (kind.equals(APPEAL) && !head.equals("Court")) {
            english = "Appellate " + core.substring(APPEAL.length()).trim() + " " + head;
            english = english.replace("  ", " ");
        }
        // the language by the words themselves: a short story's is not always told from Serbian
        boolean macedonian = "mk".equals(language);
        for (int k = i; k <= j; k++) {
            macedonian |= MACEDONIAN.contains(tokens.key(k));
        }
        boolean bulgarian = "bg".equals(language) || BULGARIAN.contains(tokens.key(j));
        int t = j + 1;
        boolean preposition = t < tokens.size() && BEFORE_TOWN.contains(tokens.key(t)) && !tokens.sentenceStart(t);
        if (preposition) {
            t++;
        } else if (!macedonian) {
            return null; // only Macedonian writes the town right after the body: "Основниот суд Битола"
        }
        Reading town = placeAt(accepted, places, t);
        if (town == null || tokens.sentenceStart(t)) {
            return null;
        }
        String name = places.get(town.target.ref()).name();
        String written = bulgarian ? name + " " + english : macedonian ? english + " " + name : english + " in " + name;
        return new Found(i, town.to(), known(orgsByKey, english, name, written));
    }

    /** "Gjykata Themelore në Prizren", "Prokuroria Themelore e Prishtinës": head, kind, town. */
    private static Found albanian(Tokens tokens, List<Reading> accepted, boolean[] covered, Set<Integer> used,
            Map<String, Place> places, Map<String, Organisation> orgsByKey, int i, String head) {
        String kind = i + 1 < tokens.size() ? KINDS_AFTER.get(tokens.key(i + 1)) : null;
        if (kind == null || taken(covered, used, i, i + 1) || i + 3 >= tokens.size()
                || !BEFORE_TOWN.contains(tokens.key(i + 2))) {
            return null;
        }
        Reading town = placeAt(accepted, places, i + 3);
        if (town == null) {
            return null;
        }
        String english = kind + " " + head;
        String name = places.get(town.target.ref()).name();
        return new Found(i, town.to(), known(orgsByKey, english, name, english + " of " + name));
    }

    /** "Tribunalul București", "Curtea de Apel Cluj": head, town. */
    private static Found romanian(Tokens tokens, List<Reading> accepted, boolean[] covered, Set<Integer> used,
            Map<String, Place> places, Map<String, Organisation> orgsByKey, int i, String english) {
        int t = i + 1;
        if (english.equals("Court of Appeal")) {
            if (t + 1 >= tokens.size() || !tokens.key(t).equals("de") || !tokens.key(t + 1).equals("apel")) {
                return null;
            }
            t += 2;
        }
        if (!tokens.capitalised(i) || (i > 0 && tokens.key(i - 1).equals(ATTACHED)) || taken(covered, used, i, t - 1)) {
            return null;
        }
        Reading town = placeAt(accepted, places, t);
        if (town == null || tokens.sentenceStart(t)) {
            return null;
        }
        String name = places.get(town.target.ref()).name();
        return new Found(i, town.to(), known(orgsByKey, english, name, name + " " + english));
    }

    /** Whether any of tokens {@code from..to} is another name's. */
    private static boolean taken(boolean[] covered, Set<Integer> used, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (covered[k] || used.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** The knowledge base's name of the body when it has one ("Higher Public Prosecutor's Office in Belgrade"), else {@code written}. */
    private static String known(Map<String, Organisation> orgsByKey, String english, String town, String written) {
        Folding folding = Folding.get();
        for (String n : List.of(written, english + " in " + town, english + " of " + town, town + " " + english)) {
            Organisation o = orgsByKey.get(folding.key(n));
            if (o != null) {
                return o.name();
            }
        }
        return written;
    }

    /** The place reading that starts at token {@code t}, or null. */
    private static Reading placeAt(List<Reading> accepted, Map<String, Place> places, int t) {
        for (Reading r : accepted) {
            if (r.from() == t && r.kind() == Kind.PLACE && places.containsKey(r.target.ref())) {
                return r;
            }
        }
        return null;
    }

    private static void stems(Map<String, String> into, String english, String... stems) {
        for (String s : stems) {
            endings(into, english, ADJECTIVE, s);
        }
    }

    private static void endings(Map<String, String> into, String english, List<String> endings, String... stems) {
        for (String s : stems) {
            for (String e : endings) {
                into.putIfAbsent(Folding.get().key(s + e), english);
            }
        }
    }

}
