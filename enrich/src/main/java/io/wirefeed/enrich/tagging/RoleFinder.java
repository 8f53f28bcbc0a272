package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import io.wirefeed.enrich.tagging.AliasIndex.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Roles stated in the text around a person's name: title phrases right before it ("Russian Foreign
 * Minister Sergey Lavrov", "First Deputy Prime Minister and Foreign Minister of Serbia Ivica Dačić",
 * "kryeministri Albin Kurti") or in an apposition after a comma ("Ivica Dačić, Serbia's foreign
 * minister,"). Titles after "former" are left out: they are not roles the person holds.
 */
final class RoleFinder {
    private static final int WINDOW = 12;
    /** words that may stand between title words and the name */
    private static final Set<String> GLUE = Set.of("and", "of", "the", "s", "i", "e", "te", "dhe", "a", "za", "na",
            "и", "acting", "deputy", "then", "incumbent", "current", "new", "ri", "novi", "nova");
    private static final Set<String> FORMER = Set.of("former", "ex", "bivsi", "bivsa", "bivseg", "biviot", "ish", "bivshiyat",
            "proin", "late");

    /** Roles stated around the name at tokens {@code from} to {@code to}; {@code matches} are in text order. */
    List<String> rolesAround(Tokens tokens, List<Match> matches, int from, int to) {
        List<String> found = new ArrayList<>();
        int idx = firstFrom(matches, from);
        // backwards over titles, countries, demonyms and glue words
        int pos = from - 1;
        int mi = idx - 1;
        boolean former = false;
        while (pos >= 0 && from - pos <= WINDOW && !tokens.sentenceStart(pos + 1)) {
            Match m = mi >= 0 && matches.get(mi).to() == pos ? matches.get(mi) : null;
            if (m != null) {
                Target title = titleOf(m);
                if (title != null) {
                    found.add(0, title.ref());
                } else if (!hasKind(m, Kind.COUNTRY, Kind.DEMONYM, Kind.ORGANISATION, Kind.PLACE)) {
                    break;
                }
                pos = m.from() - 1;
                mi--;
            } else if (GLUE.contains(tokens.key(pos))) {
                pos--;
            } else {
                former = FORMER.contains(tokens.key(pos));
                break;
            }
        }
        if (former) {
            found.clear();
        }
        // forwards through an apposition: "Ivica Dačić, Serbia's foreign minister,"
        pos = to + 1;
        mi = idx;
        while (mi < matches.size() && matches.get(mi).from() <= to) {
            mi++;
        }
        if (pos < tokens.size() && tokens.afterComma(pos)) {
            while (pos < tokens.size() && pos - to <= WINDOW && (pos == to + 1 || !tokens.afterComma(pos))
                    && !tokens.sentenceStart(pos)) {
                Match m = mi < matches.size() && matches.get(mi).from() == pos ? matches.get(mi) : null;
                if (m != null) {
                    Target title = titleOf(m);
                    if (title != null) {
                        found.add(title.ref());
                    }
                    pos = m.to() + 1;
                    mi++;
                } else if (FORMER.contains(tokens.key(pos))) {
                    break;
                } else {
                    pos++;
                }
            }
        }
        return found;
    }

    /** The index of the first match starting at or after token {@code from} (binary search: matches are in text order). */
    private static int firstFrom(List<Match> matches, int from) {
        int lo = 0;
        int hi = matches.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (matches.get(mid).from() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Target titleOf(Match m) {
        for (Target t : m.targets()) {
            if (t.kind() == Kind.TITLE) {
                return t;
            }
        }
        return null;
    }

    private static boolean hasKind(Match m, Kind... kinds) {
        for (Target t : m.targets()) {
            for (Kind k : kinds) {
                if (t.kind() == k) {
                    return true;
                }
            }
        }
        return false;
    }
}
