package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fields listed after a body's name that name bodies of the same kind: "the Ministry of Justice,
 * Transport, Labour and Defence" names four ministries. Only a closed list counts, its last field after
 * "and" ("i", "dhe", "και"): a capitalised word after a comma alone may begin anything ("..., Prime Minister X").
 */
final class CoordinatedFields {
    private static final Set<String> AND = Set.of("and", "i", "dhe", "kai", "si", "in");
    /** a field is a word or two: "Foreign Affairs", "Public Administration" */
    private static final int MAX_FIELD_WORDS = 2;

    private CoordinatedFields() {}

    /**
     * portfolios nearly every state gives a ministry of its own: two of them in one list ("Justice, Transport,
     * Labour and Defence") name several ministries; a list with one at most names one ministry by its fields
     * ("Ministry of Finance, Planning and Economic Development", "Ministry of Culture, Sports and Tourism")
     */
    private static final Set<String> OWN_MINISTRY = Set.of("justice", "defence", "defense", "interior", "finance",
            "foreign", "health", "education");

    /**
     * Whether a ministry whose name ends at token {@code last} and the fields listed after it are several
     * ministries: two fields or more (its own among them) open with a portfolio of {@link #OWN_MINISTRY}.
     */
    static boolean several(Tokens tokens, int last, List<int[]> fields) {
        int own = 0;
        int field = last;
        while (field > 0 && tokens.capitalised(field - 1)) {
            field--; // the ministry's own field: "Foreign Affairs" in "Ministry of Foreign Affairs"
        }
        own += OWN_MINISTRY.contains(tokens.key(field)) ? 1 : 0;
        for (int[] f : fields) {
            own += OWN_MINISTRY.contains(tokens.key(f[0])) ? 1 : 0;
        }
        return own >= 2;
    }

    /** The fields (first and last token) listed after token {@code last}, or none when the list is not closed by "and". */
    static List<int[]> after(Tokens tokens, List<Match> accepted, int last) {
        boolean[] covered = new boolean[tokens.size()];
        accepted.forEach(m -> java.util.Arrays.fill(covered, m.from(), m.to() + 1, true));
        List<int[]> fields = new ArrayList<>();
        int i = last + 1;
        while (i < tokens.size() && !tokens.sentenceStart(i)) {
            boolean closing = AND.contains(tokens.key(i)) && !tokens.capitalised(i);
            if (!closing && !tokens.afterComma(i)) {
                break;
            }
            int from = closing ? i + 1 : i;
            int to = from;
            while (to < tokens.size() && to - from < MAX_FIELD_WORDS && tokens.capitalised(to) && !covered[to]
                    && !tokens.sentenceStart(to) && (to == from || !tokens.afterComma(to))) {
                to++;
            }
            if (to == from) {
                break;
            }
            fields.add(new int[] {from, to - 1});
            if (closing) {
                return fields;
            }
            i = to;
        }
        return List.of();
    }
}
