package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import io.wirefeed.enrich.tagging.AliasIndex.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organisations' acronyms in a story: the initials of a name ("Nigerian Labour Congress" gives "nlc"), the
 * knowledge base's organisations written as acronyms (a name with their initials spelt alike is one of them),
 * and an acronym a story defines after a name ("Balkan Energy Forum (BEF)"). Keys are folded like every alias.
 */
final class Acronyms {
    /** words a name's initials skip: "Office of the High Representative" is OHR */
    private static final Set<String> SKIPPED = Set.of("of", "the", "for", "and", "in", "on", "za", "i", "e", "te", "per",
            "de", "del", "des", "du", "und", "na", "u", "se", "a");
    private static final int MIN_LETTERS = 2;
    /** the longest name a story defines an acronym for */
    private static final int MAX_DEFINED_WORDS = 8;
    /** two spellings of one word start alike: "nigeria" and "nigerian", "labour" and "labor" */
    private static final int PREFIX = 4;

    private Acronyms() {}

    /** The folded initials of the words of tokens {@code from..to}, less the small words; "" for fewer than two. */
    static String initials(Tokens tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i <= to; i++) {
            String key = tokens.key(i);
            if (!key.isEmpty() && !SKIPPED.contains(key)) {
                out.append(key.charAt(0));
            }
        }
        return out.length() < MIN_LETTERS ? "" : out.toString();
    }

    /**
     * The knowledge base's organisations the story names by acronym ("NLC"), by their folded acronym: the
     * names of each (full name and aliases).
     */
    static Map<String, List<String>> ofOrganisations(Tokens tokens, List<Match> accepted, Map<String, Organisation> orgs) {
        Map<String, List<String>> out = new HashMap<>();
        for (Match m : accepted) {
            if (m.from() != m.to() || !tokens.allCaps(m.from())) {
                continue;
            }
            for (Target t : m.targets()) {
                Organisation o = t.kind() == Kind.ORGANISATION ? orgs.get(t.ref()) : null;
                if (o != null) {
                    List<String> names = out.computeIfAbsent(tokens.key(m.from()), k -> new ArrayList<>());
                    names.add(o.name());
                    names.addAll(o.aliases());
                }
            }
        }
        return out;
    }

    /**
     * Whether tokens {@code from..to} are one of {@code names} spelt another way: the same initials and each
     * word starting like the name's ("Nigerian Labour Congress" and "Nigeria Labour Congress"), not another
     * body that shares the initials ("Eurasian Union" is not the EU).
     */
    static boolean spellsOneOf(Tokens tokens, int from, int to, List<String> names) {
        List<String> written = significant(tokens, from, to);
        for (String name : names) {
            Tokens n = Tokens.of(name);
            List<String> known = significant(n, 0, n.size() - 1);
            if (known.size() != written.size()) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < known.size() && same; i++) {
                String a = known.get(i);
                String b = written.get(i);
                int prefix = Math.min(PREFIX, Math.min(a.length(), b.length()));
                same = a.regionMatches(0, b, 0, prefix);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    private static List<String> significant(Tokens tokens, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            if (!SKIPPED.contains(tokens.key(i))) {
                out.add(tokens.key(i));
            }
        }
        return out;
    }

    /**
     * The acronym a story defines for the name at tokens {@code from..to}: written in brackets right after it
     * ("Balkan Energy Forum (BEF)") or the name in brackets right after the acronym ("BEF (Balkan Energy
     * Forum)"), when it is the name's initials; folded, else null.
     */
    static String defined(Tokens tokens, int from, int to) {
        String after = definedAfter(tokens, from, to);
        return after != null ? after : definedBefore(tokens, from, to);
    }

    /**
     * The words a story defines the all-caps token {@code i}'s acronym for elsewhere: "Electric Power Plants of the
     * North (EPN)" or "EPN (Electric ...)", up to eight words whose initials it is. {first, last} or null.
     */
    static int[] definitionOf(Tokens tokens, int i) {
        String key = tokens.key(i);
        for (int j = 0; j < tokens.size(); j++) {
            if (!tokens.allCaps(j) || !key.equals(tokens.key(j))) {
                continue;
            }
            for (int from = j - 1; from >= Math.max(0, j - MAX_DEFINED_WORDS); from--) {
                if (definedAfter(tokens, from, j - 1) != null) {
                    return new int[] {from, j - 1};
                }
            }
            for (int to = j + 1; to < Math.min(tokens.size(), j + 1 + MAX_DEFINED_WORDS); to++) {
                if (definedBefore(tokens, j + 1, to) != null) {
                    return new int[] {j + 1, to};
                }
            }
        }
        return null;
    }

    private static String definedBefore(Tokens tokens, int from, int to) {
        int acronym = from - 1;
        if (acronym < 0 || !tokens.allCaps(acronym)) {
            return null;
        }
        String text = tokens.text;
        int open = tokens.start(from) - 1;
        while (open > tokens.end(acronym) && text.charAt(open) == ' ') {
            open--;
        }
        int close = tokens.end(to);
        if (open <= tokens.end(acronym) - 1 || text.charAt(open) != '(' || close >= text.length() || text.charAt(close) != ')') {
            return null;
        }
        String key = tokens.key(acronym);
        return key.length() >= MIN_LETTERS && key.equals(initials(tokens, from, to)) ? key : null;
    }

    private static String definedAfter(Tokens tokens, int from, int to) {
        String acronym = bracketedAfter(tokens, to);
        return acronym != null && acronym.equals(initials(tokens, from, to)) ? acronym : null;
    }

    /**
     * The acronym written alone in brackets right after token {@code to}, whatever its letters: "the Croatian People's
     * Party (HNS)" abbreviates the party's native name. Folded; null when there is none.
     */
    static String bracketedAfter(Tokens tokens, int to) {
        int next = to + 1;
        if (next >= tokens.size() || !tokens.allCaps(next)) {
            return null;
        }
        String text = tokens.text;
        int open = tokens.end(to);
        while (open < tokens.start(next) && text.charAt(open) == ' ') {
            open++;
        }
        int close = tokens.end(next);
        if (open >= tokens.start(next) || text.charAt(open) != '(' || close >= text.length() || text.charAt(close) != ')') {
            return null;
        }
        String acronym = tokens.key(next);
        return acronym.length() >= MIN_LETTERS ? acronym : null;
    }
}
