package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import java.util.Map;
import java.util.Set;

/**
 * Bodies the knowledge base lacks, named as where a person works: "an economist at Capital Economics", "chief
 * executive of Nordwind Grain", "a spokeswoman for Sahel Health Alliance". The post is written in lower case and
 * each post takes only the prepositions that make the words after it an employer ("professor of Economics" is a
 * field, "director of Public Prosecutions" a title); the name is the capitalised words no match covers up to a
 * given name the knowledge base knows ("head of Research Sam Otieno"), and may open with a place's name followed
 * by such a word ("economists at Banco Meseta", where "Banco" is also a town).
 */
final class Employers {
    private static final Set<String> AT = Set.of("at", "with");
    private static final Set<String> AT_OF = Set.of("at", "with", "of");
    private static final Set<String> AT_FOR = Set.of("at", "with", "for");
    /** posts, lower case, and the prepositions after which their employer's name follows */
    private static final Map<String, Set<String>> POSTS = Map.ofEntries(Map.entry("economist", AT),
            Map.entry("analyst", AT), Map.entry("strategist", AT), Map.entry("economists", AT), Map.entry("analysts", AT),
            Map.entry("strategists", AT), Map.entry("researchers", AT), Map.entry("researcher", AT), Map.entry("professor", AT),
            Map.entry("lecturer", AT), Map.entry("fellow", AT), Map.entry("partner", AT), Map.entry("executive", AT_OF),
            Map.entry("ceo", AT_OF), Map.entry("founder", AT_OF), Map.entry("chairman", AT_OF), Map.entry("chairwoman", AT_OF),
            Map.entry("spokesman", AT_FOR), Map.entry("spokeswoman", AT_FOR), Map.entry("spokesperson", AT_FOR),
            // "head of research at X", "director of research at X"
            Map.entry("research", AT));
    /** at most this many words of the employer's name */
    private static final int MAX_WORDS = 4;

    private Employers() {}

    /** The employer named at {@code from} after a post and its preposition; null when none is written so. */
    static UnknownNames.Found find(Tokens tokens, Kind[] covered, int from, int end, Set<String> firstNames) {
        int preposition = from - 1;
        int post = from - 2;
        if (post < 0 || tokens.sentenceStart(from) || tokens.afterComma(from) || tokens.sentenceStart(preposition)
                || tokens.afterComma(preposition) || covered[from] != null && covered[from] != Kind.PLACE
                || tokens.capitalised(preposition)
                || firstNames.contains(tokens.key(from)) || !UnknownNames.mayOpenName(tokens.key(from))) {
            return null;
        }
        Set<String> prepositions = POSTS.get(tokens.key(post));
        // the post in lower case, or "CEO"
        boolean lower = !tokens.capitalised(post) || tokens.allCaps(post) && tokens.key(post).equals("ceo");
        if (prepositions == null || !lower || !prepositions.contains(tokens.key(preposition))) {
            return null;
        }
        int last = from;
        while (last < end && last - from + 1 < MAX_WORDS && covered[last + 1] == null && tokens.capitalised(last + 1)
                && !firstNames.contains(tokens.key(last + 1))) {
            last++;
        }
        if (covered[from] != null && last == from) {
            return null; // a place alone ("a professor at Oxford"); a place and a new word ("Oxford Economics") is a name
        }
        return new UnknownNames.Found(Kind.ORGANISATION, from, last, tokens.surface(from, last));
    }
}
