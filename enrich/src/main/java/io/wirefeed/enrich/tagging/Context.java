package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Match;
import io.wirefeed.enrich.tagging.AliasIndex.Target;
import java.util.List;
import java.util.Set;

/** Small readings of the words around a match that decide whether it means what its alias says. */
final class Context {
    /** Currency words after a country or demonym ("US dollars", "Egyptian pounds", "srpskih dinara"). */
    private static final Set<String> CURRENCY = Set.of("dollar", "dollars", "pound", "pounds", "dinar", "dinars", "dinara",
            "lira", "liras", "rouble", "roubles", "ruble", "rubles", "franc", "francs", "yuan", "yen", "peso", "pesos",
            "krona", "kronor", "krone", "forint", "forints", "lev", "leva", "leu", "lei", "lek", "leke", "denar", "denars",
            "denara", "kuna", "kunas", "rupee", "rupees", "rand", "real", "reais", "shekel", "shekels", "dolar", "dolara",
            "dollari", "funti", "funte", "rubalja", "jena", "juana");

    private static final Set<String> ETHNIC = Set.of("ethnic", "etnicki", "etnickih", "etnicka", "etnickim", "etnik", "etnike",
            "etnicheski", "ethnically");

    private Context() {}

    /** "ethnic Albanian(s)": the people, not the country. */
    static boolean ethnic(Tokens tokens, Match m) {
        return m.from() > 0 && ETHNIC.contains(tokens.key(m.from() - 1));
    }

    /** A short word written in capitals ("MEKO") matched by a name that is not an acronym: an acronym of something else. */
    static boolean acronymLike(Tokens tokens, Match m) {
        if (m.from() != m.to() || !tokens.allCaps(m.from()) || tokens.end(m.from()) - tokens.start(m.from()) > 5) {
            return false;
        }
        // a headline written in capitals is not an acronym
        boolean capsAround = (m.from() > 0 && tokens.allCaps(m.from() - 1)) || (m.to() + 1 < tokens.size() && tokens.allCaps(m.to() + 1));
        return !capsAround;
    }

    static boolean isCurrency(Tokens tokens, Match m) {
        int next = m.to() + 1;
        int end = tokens.end(m.to());
        if (end < tokens.text.length() && tokens.text.charAt(end) == '$') {
            return true;
        }
        return next < tokens.size() && CURRENCY.contains(tokens.key(next)) && !tokens.afterComma(next);
    }

    /**
     * A one-word match directly next to a capitalised word that matched nothing, inside a sentence:
     * most likely part of a person's name ("Julie Kozack").
     */
    static boolean partOfUnknownName(Tokens tokens, Match m, List<Match> matches) {
        if (m.from() != m.to()) {
            return false;
        }
        int next = m.to() + 1;
        boolean nameAfter = next < tokens.size() && tokens.capitalised(next) && !tokens.allCaps(next)
                && !tokens.afterComma(next) && !tokens.sentenceStart(next)
                && (!covered(matches, next) || coveredBy(matches, next, AliasIndex.Kind.PERSON, AliasIndex.Kind.SURNAME));
        int prev = m.from() - 1;
        boolean nameBefore = prev >= 0 && tokens.capitalised(prev) && !tokens.allCaps(prev) && !tokens.afterComma(m.from())
                && !tokens.sentenceStart(m.from()) && !tokens.sentenceStart(prev) && !covered(matches, prev);
        return nameAfter || nameBefore;
    }

    /**
     * A one-word match followed by a known person's name or surname: a first name ("Constantine Tassoulas",
     * "Victoria Nuland"), whatever town it also names.
     */
    static boolean firstNameOfKnownPerson(Tokens tokens, Match m, List<Match> matches) {
        int next = m.to() + 1;
        return m.from() == m.to() && next < tokens.size() && !tokens.afterComma(next) && !tokens.sentenceStart(next)
                && coveredBy(matches, next, AliasIndex.Kind.PERSON, AliasIndex.Kind.SURNAME);
    }

    /** A one-word, title-case match that opens a sentence: the word may just be capitalised because it comes first. */
    static boolean loneWordOpeningSentence(Tokens tokens, Match m) {
        return m.from() == m.to() && tokens.sentenceStart(m.from()) && !tokens.allCaps(m.from());
    }

    /** Whether the same meaning is matched again elsewhere, not at the start of a sentence. */
    static boolean alsoElsewhere(Tokens tokens, Match m, List<Match> matches, Target t) {
        for (Match other : matches) {
            if (other != m && other.targets().contains(t) && !tokens.sentenceStart(other.from())) {
                return true;
            }
        }
        return false;
    }

    private static boolean coveredBy(List<Match> matches, int token, AliasIndex.Kind... kinds) {
        for (Match m : matches) {
            if (m.from() <= token && token <= m.to()) {
                for (Target t : m.targets()) {
                    for (AliasIndex.Kind k : kinds) {
                        if (t.kind() == k) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean covered(List<Match> matches, int token) {
        for (Match m : matches) {
            if (m.from() <= token && token <= m.to()) {
                return true;
            }
        }
        return false;
    }
}
