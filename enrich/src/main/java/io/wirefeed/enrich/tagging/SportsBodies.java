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
    /** prefixes of clubs' names, written in capitals */
    private static final Set<String> CLUB_PREFIXES = Set.of("fc", "afc", "cf", "fk", "nk", "hnk", "kk", "rk", "ok", "sk", "pfc",
            "ssc", "sc", "ac", "as", "bk", "if", "ik", "sv", "vfb", "vfl", "tsv", "ks", "fsv", "cska", "gnk", "hsk");
    /** at most this many words of a club's name after its prefix */
    private static final int MAX_CLUB_WORDS = 3;

    private SportsBodies() {}

    /** A sports body opening the run {@code from..end}; null when there is none. */
    static UnknownNames.Found find(Tokens tokens, Kind[] covered, int from, int end) {
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
        if (tokens.allCaps(from) && CLUB_PREFIXES.contains(key) && !tokens.allCaps(from + 1)) {
            int last = from + 1;
            while (last + 1 <= end && last - from < MAX_CLUB_WORDS && tokens.capitalised(last + 1)) {
                last++;
            }
            return new UnknownNames.Found(Kind.ORGANISATION, from, last, tokens.surface(from, last));
        }
        return null;
    }
}
