package io.wirefeed.enrich.tagging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names given to things: a short quoted name ("Milano Moda" d.o.o., stadion „Vasil Levski“, «Roma Ndërtim») or
 * capitalised words before a legal form (Ελληνικό Μετρό Α.Ε.). The quotation marks or the legal form say a name
 * is given; a person it is named after is not mentioned by it, nor is a town whose name is one of its words.
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
     * Whether tokens {@code from..to} lie inside a firm's or brand's name of two words or more that has a word
     * outside them: a short quotation opening with a capital, or capitalised words before a legal form.
     */
    static boolean within(Tokens tokens, int from, int to) {
        return quoted(tokens, from, to) || beforeLegalForm(tokens, from, to);
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
        return opensQuote(tokens, first) && closesQuote(tokens, last) && last > first || legalFormAfter(tokens, to)
                || roadBefore(tokens, from);
    }

    /** roads and squares named after people, in the South Slavic cases, as keys ("аутопута", "Bulevar", "avtocesti") */
    private static final java.util.Set<String> ROADS = java.util.Set.of("autoput", "autoputa", "autoputu", "autoputem",
            "autoputom", "autocesta", "autoceste", "autocesti", "autocestu", "autocestom", "avtocesta", "avtoceste",
            "avtocesti", "avtocesto", "bulevar", "bulevara", "bulevaru", "bulevarom", "trg", "trga", "trgu", "trgom");

    /**
     * Whether a road's or a square's word stands right before: "deonica autoputa Miloš Veliki", "na Trgu Nikole
     * Pašića" name the road after the person, who is not mentioned by it.
     */
    private static boolean roadBefore(Tokens tokens, int from) {
        return from > 0 && !tokens.sentenceStart(from) && !tokens.afterComma(from) && ROADS.contains(tokens.key(from - 1));
    }

    private static boolean quoted(Tokens tokens, int from, int to) {
        int first = from;
        while (first > 0 && from - first < MAX_QUOTED_WORDS && !opensQuote(tokens, first) && plainGap(tokens, first - 1, first)) {
            first--;
        }
        if (!opensQuote(tokens, first) || !tokens.capitalised(first)) {
            return false;
        }
        int last = to;
        while (last + 1 < tokens.size() && last - first + 1 < MAX_QUOTED_WORDS && !closesQuote(tokens, last)
                && plainGap(tokens, last, last + 1)) {
            last++;
        }
        return closesQuote(tokens, last) && last > first && (first < from || last > to);
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

    /**
     * Whether tokens {@code a} and {@code b} are words of one name: spaces (or an ampersand) between them, or
     * a hyphen or apostrophe joining them; a dash between spaces parts a dateline from the story.
     */
    private static boolean plainGap(Tokens tokens, int a, int b) {
        int from = tokens.end(a);
        int to = tokens.start(b);
        if (to - from == 1 && "-'’".indexOf(tokens.text.charAt(from)) >= 0) {
            return true;
        }
        for (int c = from; c < to; c++) {
            char ch = tokens.text.charAt(c);
            if (ch != ' ' && ch != '&') {
                return false;
            }
        }
        return true;
    }

    private static boolean beforeLegalForm(Tokens tokens, int from, int to) {
        int last = to;
        while (last + 1 < tokens.size() && last - from < MAX_QUOTED_WORDS && tokens.capitalised(last + 1)
                && plainGap(tokens, last, last + 1) && !legalFormAfter(tokens, last)) {
            last++;
        }
        if (!legalFormAfter(tokens, last)) {
            return false;
        }
        int first = from;
        while (first > 0 && to - first < MAX_QUOTED_WORDS && tokens.capitalised(first - 1) && !tokens.sentenceStart(first)
                && plainGap(tokens, first - 1, first)) {
            first--;
        }
        return first < from || last > to;
    }

    private static boolean legalFormAfter(Tokens tokens, int i) {
        if (!mayOpenLegalForm(tokens.text, tokens.end(i))) {
            return false;
        }
        Matcher m = LEGAL_FORM.matcher(tokens.text);
        m.region(tokens.end(i), tokens.text.length());
        return m.lookingAt();
    }

    /** the first letter of each of {@link #LEGAL_FORM}'s legal forms */
    private static final String LEGAL_FORM_FIRST = "dDДдЕОАΑΕΙsaALIGS";

    /**
     * What {@link #LEGAL_FORM} needs at {@code at}, checked without a matcher (this runs for every person read): an
     * optional quote, spaces or commas, then a letter a legal form opens with.
     */
    private static boolean mayOpenLegalForm(String text, int at) {
        int j = at < text.length() && "\"“”»’'".indexOf(text.charAt(at)) >= 0 ? at + 1 : at;
        int gap = j;
        while (j < text.length() && (text.charAt(j) == ',' || isRegexSpace(text.charAt(j)))) {
            j++;
        }
        return j > gap && j < text.length() && LEGAL_FORM_FIRST.indexOf(text.charAt(j)) >= 0;
    }

    /** {@code \s} of {@link java.util.regex.Pattern} without UNICODE_CHARACTER_CLASS */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
