package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import java.util.Set;

/**
 * Sports bodies the knowledge base lacks, named the way sport names them: a sport and its country ("Tennis
 * Australia", "Rugby Canada": the national body of that sport) and a club after its prefix in capitals ("FC
 * Midtjylland", "FK Sarajevo", "NK Osijek"). Reported under the name as written.
 */
final class SportsBodies {
    /** sports whose national bodies are named "Sport Country" */
    private static final Set<String> SPORTS = Set.of("tennis", "cricket", "football", "rugby", "basketball", "netball",
            "swimming", "athletics", "cycling", "hockey", "golf", "rowing", "sailing", "volleyball", "handball", "baseball",
            "softball", "triathlon", "gymnastics", "skiing", "boxing", "judo", "archery", "badminton", "squash", "bowls");
    /**
     * prefixes of clubs' names, written in capitals, folded: Cyrillic ФК, ПФК (pfk), Albanian KF, women's ŽNK, Greek
     * ΠΑΕ and ΚΑΕ (pae, kae: the football and basketball companies that own a club)
     */
    private static final Set<String> CLUB_PREFIXES = Set.of("fc", "afc", "cf", "fk", "nk", "hnk", "kk", "rk", "ok", "sk", "pfc",
            "ssc", "sc", "ac", "as", "bk", "if", "ik", "sv", "vfb", "vfl", "tsv", "ks", "fsv", "cska", "gnk", "hsk", "kf", "znk",
            "pfk", "pae", "kae");
    /**
     * Greek clubs' owning companies, which name the club as English does with a suffix: "ΠΑΕ Αστέρας Τρίπολης" is
     * Asteras Tripolis FC, "ΚΑΕ Άρης" Aris BC
     */
    private static final java.util.Map<String, String> GREEK_SUFFIXES = java.util.Map.of("pae", " FC", "kae", " BC");
    /**
     * prefixes that also stand alone for the club or its company, before the name of someone in it: "треньорът на
     * ЦСКА Александър Тодоров", "της ΠΑΕ Κώστας Ζαφειρίου"
     */
    private static final Set<String> STANDALONE = Set.of("cska", "pae", "kae");
    /** at most this many words of a club's name after its prefix */
    private static final int MAX_CLUB_WORDS = 3;

    private SportsBodies() {}

    /** A sports body opening the run {@code from..end}; null when there is none. */
    static UnknownNames.Found find(Tokens tokens, Kind[] covered, int from, int end, Set<String> firstNames) {
        if (from >= end || covered[from] != null) {
            return null;
        }
        String key = tokens.key(from);
        if (SPORTS.contains(key) && !tokens.allCaps(from) && covered[from + 1] == Kind.COUNTRY && !tokens.sentenceStart(from + 1)) {
            int last = from + 1;
            while (last + 1 <= end && covered[last + 1] == Kind.COUNTRY) {
                last++;
            }
            // "Tennis Australia" ends the run: "Football Australia Cup" or "Rugby New Zealand Sevens" name no body
            return last == end ? new UnknownNames.Found(Kind.ORGANISATION, from, last, tokens.surface(from, last)) : null;
        }
        if (tokens.allCaps(from) && CLUB_PREFIXES.contains(key) && from + 1 <= end && !tokens.allCaps(from + 1)
                && tokens.capitalised(from + 1)
                && !(STANDALONE.contains(key) && opensPerson(tokens, covered, from + 1, end, firstNames))) {
            // a lower-case word after the prefix ends it: "ЦСКА и Левски" is no club "ЦСКА и"
            int last = from + 1;
            // the name ends before a person named after it: "trener FK Radnički Niš Milan Petrović"; its first word is
            // the club's whatever it is ("FK Spartak Subotica")
            while (last + 1 <= end && last - from < MAX_CLUB_WORDS && tokens.capitalised(last + 1)
                    && !opensPerson(tokens, covered, last + 1, end, firstNames)) {
                last++;
            }
            String suffix = GREEK_SUFFIXES.get(key);
            if (suffix != null) {
                return new UnknownNames.Found(Kind.ORGANISATION, from, last, tokens.surface(from + 1, last) + suffix);
            }
            if (key.equals("kf") && last == from + 1) {
                // an Albanian club's name declines as a surname does: "mposhti KF Teutën" is KF Teuta
                return new UnknownNames.Found(Kind.ORGANISATION, from, last,
                        tokens.surface(from, from) + " " + NameForms.albanianSurname(tokens.surface(last, last)));
            }
            return new UnknownNames.Found(Kind.ORGANISATION, from, last, tokens.surface(from, last));
        }
        return null;
    }

    /**
     * Whether a known given name at {@code k} opens a person's name: a capitalised word follows it in the run that
     * is no place ("FK Spartak Subotica" is a club in its town)
     */
    private static boolean opensPerson(Tokens tokens, Kind[] covered, int k, int end, Set<String> firstNames) {
        return k + 1 <= end && firstNames.contains(tokens.key(k)) && tokens.capitalised(k + 1)
                && covered[k + 1] != Kind.PLACE && covered[k + 1] != Kind.COUNTRY;
    }
}
