package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Match;
import java.util.List;
import java.util.Set;

/**
 * Capitalised phrases that describe a body rather than name it: a head word after English adjectives only
 * ("Diplomatic Forum", "Governing Council", "National Executive Council"). A name has a word that names
 * something: a place, country or person the knowledge base knows ("Philippine Coast Guard"), or a noun
 * ("General Affairs Council", "Balkan Energy Forum").
 */
final class GenericPhrases {
    /** endings of English adjectives: constitutional, diplomatic, governing, executive, advisory, provisional */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("al", "ic", "ing", "ive", "ary", "ory");
    private static final Set<String> GLUE = Set.of("the", "of", "for", "and", "on");

    private GenericPhrases() {}

    /** Whether tokens {@code from..to}, ending in a head word, have only English adjectives before it and nothing known. */
    static boolean describes(Tokens tokens, List<Match> accepted, int from, int to) {
        for (Match m : accepted) {
            if (m.from() <= to && m.to() >= from) {
                return false;
            }
        }
        if (!UnknownNames.isOrgHead(tokens.key(to))) {
            return false; // "Capital Economics", named as a person's employer: no head word, so no description of one
        }
        int adjectives = 0;
        for (int i = from; i < to; i++) {
            String key = tokens.key(i);
            if (GLUE.contains(key)) {
                return false; // "Council of ...", "Institute for ...": the words after the head name it
            }
            if (!adjective(key)) {
                return false;
            }
            adjectives++;
        }
        return adjectives > 0;
    }

    private static boolean adjective(String key) {
        if (!key.chars().allMatch(c -> c >= 'a' && c <= 'z') || key.length() < 5) {
            return false;
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (key.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
