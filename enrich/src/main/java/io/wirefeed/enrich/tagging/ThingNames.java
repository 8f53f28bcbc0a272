package io.wirefeed.enrich.tagging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names given to things: a short quoted name ("Milano Moda" d.o.o., stadion „Vasil Levski“, «Roma Ndërtim») or
 * capitalised words before a legal form (Ελληνικό Μετρό Α.Ε.). The quotation marks or the legal form say a name
 * is given; a person it is named after is not mentioned by it.
 */
final class ThingNames {
    /** a quoted name has at most this many words; a longer quotation is speech */
    private static final int MAX_QUOTED_WORDS = 4;
    private static final String OPENING = "\"„“«‚‘";
    private static final String CLOSING = "\"“”»‘’";
    /** legal forms after a name in the Balkan scripts and English (Companies reads the Latin ones as the firm's cue) */
    private static final Pattern LEGAL_FORM = Pattern.compile("[\"“”»’']?[\\s,]+(?:d\\.o\\.o\\.|DOO|ДООЕЛ|ДОО|д\\.о\\.о\\.|ЕООД|ООД|ЕАД|АД"
            + "|Α\\.?Ε\\.?|Ε\\.?Π\\.?Ε\\.?|Ι\\.?Κ\\.?Ε\\.?|sh\\.p\\.k\\.|sh\\.a\\.|a\\.d\\.|d\\.d\\.|AD|Ltd|Inc|GmbH|S\\.?A\\.|S\\.p\\.A\\.)"
            + "(?![\\p{L}\\p{N}])");

    private ThingNames() {
    }

    /**
     * Whether tokens {@code from..to} are a name given to a thing: quoted whole, as schools, stadiums, airports
     * and firms named after a person are ("stadion „Vasil Levski“", "Universiteti \"Hasan Prishtina\""), or a
     * firm's words before its legal form ("Alba Konstruksion" sh.p.k.). No person is mentioned by it.
     */
    static boolean givenAsName(Tokens tokens, int from, int to) {
        int first = from;
        while (first > 0 && from - first < MAX_QUOTED_WORDS && !opensQuote(tokens, first) && tokens.capitalised(first - 1)
                && plainGap(tokens, first - 1, first)) {
            first--; // the name may be read from a later word: „Ivan Goran Kovačić“
        }
        int last = to;
        while (last + 1 < tokens.size() && last - to < MAX_QUOTED_WORDS && !closesQuote(tokens, last)
                && tokens.capitalised(last + 1) && plainGap(tokens, last, last + 1)) {
            last++;
        }
        return opensQuote(tokens, first) && closesQuote(tokens, last) && last > first || legalFormAfter(tokens, to);
    }

    /** Whether a quotation mark stands right before token {@code i}. */
    private static boolean opensQuote(Tokens tokens, int i) {
        int s = tokens.start(i);
        return s > 0 && OPENING.indexOf(tokens.text.charAt(s - 1)) >= 0;
    }

    /** Whether a quotation mark stands right after token {@code i}. */
    private static boolean closesQuote(Tokens tokens, int i) {
        int e = tokens.end(i);
        return e < tokens.text.length() && CLOSING.indexOf(tokens.text.charAt(e)) >= 0;
    }

    /** Whether only spaces, hyphens or an apostrophe stand between tokens {@code a} and {@code b}. */
    private static boolean plainGap(Tokens tokens, int a, int b) {
        for (int c = tokens.end(a); c < tokens.start(b); c++) {
            char ch = tokens.text.charAt(c);
            if (ch != ' ' && ch != '-' && ch != '\'' && ch != '&') {
                return false;
            }
        }
        return true;
    }

    private static boolean legalFormAfter(Tokens tokens, int i) {
        Matcher m = LEGAL_FORM.matcher(tokens.text);
        m.region(tokens.end(i), tokens.text.length());
        return m.lookingAt();
    }
}
