package io.wirefeed.enrich.tagging;

import java.util.Set;

/**
 * Where a story credits a news outlet: the words around a name that make it a source ("(AP)", "told AP",
 * "according to AP", "AP reported", "the AP agency", "prenosi AP", "sipas AA"). A name an outlet shares with
 * other things (the knowledge base's {@code credit_aliases}) counts only there.
 */
final class NewsCredits {
    /** words before the outlet: "told AP", "citing AP", "prenosi AP", "sipas AA" */
    private static final Set<String> BEFORE = Set.of("told", "citing", "cited", "quoting", "quoted", "reported", "via",
            "prema", "prenosi", "prenose", "javlja", "javljaju", "navodi", "navode", "pise", "sipas", "raportoi",
            "njofton", "shkruan", "citira", "citiraju", "transmeton");
    /** a source line's word, before a colon or not: "Πηγή: ΑΠΕ", "Izvor: Fena", "Burimi: KTV" */
    private static final Set<String> SOURCE_LINE = Set.of("source", "izvor", "burimi", "pigi", "iztochnik");
    /** words after the outlet: "AP reported", "AP news agency", "an AP reporter" */
    private static final Set<String> AFTER = Set.of("reported", "reports", "reporting", "wrote", "writes", "quoted",
            "cited", "report", "agency", "news", "newswire", "wire", "channel", "newspaper", "daily", "broadcaster",
            "television", "tv", "radio", "reporter", "reporters", "correspondent", "journalist", "photographer",
            "interview", "poll", "javlja", "prenosi", "pise", "navodi", "objavio", "objavila", "raportoi", "njofton",
            "shkruan", "agencija", "agencije", "agenciji", "agjencia", "agjencise");
    /** media words before the outlet: "the agency AA", "agencija AP", "agjencia AP" */
    private static final Set<String> MEDIA_BEFORE = Set.of("agency", "agencija", "agencije", "agenciji", "agjencia",
            "agjencise", "channel", "newspaper", "daily", "broadcaster", "portal", "portali", "televizija",
            "televizioni", "dnevnik", "list");
    /** a verb of saying before "za", "për": "izjavio je za AP", "tha për AP" are "told AP" */
    private static final Set<String> SAID = Set.of("rekao", "rekla", "izjavio", "izjavila", "kazao", "kazala",
            "potvrdio", "potvrdila", "tha", "deklaroi", "intervju", "intervjuu", "interviu", "interviste", "intervista");

    private NewsCredits() {}

    /** days and months may follow a credited outlet ("told AP Monday"); another capitalised word makes a name ("AP Vojvodina") */
    private static final Set<String> DATES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december");

    /** Whether tokens {@code from..to} stand where a story credits an outlet. */
    static boolean credits(Tokens tokens, int from, int to) {
        if (bracketed(tokens, from, to) || quoted(tokens, from, to)
                || (from > 0 && SOURCE_LINE.contains(tokens.key(from - 1)) && tokens.capitalised(from - 1))) {
            return true;
        }
        int next = to + 1;
        if (next < tokens.size() && tokens.capitalised(next) && !tokens.sentenceStart(next) && !tokens.afterComma(next)
                && !DATES.contains(tokens.key(next)) && !AFTER.contains(tokens.key(next))) {
            return false; // "prema AP Vojvodini" is "towards the autonomous province of Vojvodina"
        }
        int before = from - 1;
        if (before >= 0 && tokens.key(before).equals("the") && !tokens.afterComma(from)) {
            before--; // "told the AP", "the AP agency"
        }
        if (before >= 0 && !tokens.afterComma(before + 1)) {
            String b = tokens.key(before);
            if (BEFORE.contains(b) || MEDIA_BEFORE.contains(b)
                    || (b.equals("to") && before > 0 && tokens.key(before - 1).equals("according"))
                    || (b.equals("by") && before > 0 && Set.of("reported", "quoted", "cited").contains(tokens.key(before - 1)))
                    || (b.equals("with") && before > 0 && tokens.key(before - 1).equals("interview"))
                    || ((b.equals("za") || b.equals("per")) && saidBefore(tokens, before))) {
                return true;
            }
        }
        int after = to + 1;
        return after < tokens.size() && !tokens.afterComma(after) && !tokens.sentenceStart(after)
                && AFTER.contains(tokens.key(after));
    }

    /** A verb of saying one or two words before token {@code i}: "rekao za", "izjavio je za". */
    private static boolean saidBefore(Tokens tokens, int i) {
        return (i > 0 && SAID.contains(tokens.key(i - 1))) || (i > 1 && SAID.contains(tokens.key(i - 2)));
    }

    /** The outlet's name alone in quotes ("предаде репортер на „Фокус“"): written as a name, not the word it also is. */
    private static boolean quoted(Tokens tokens, int from, int to) {
        String text = tokens.text;
        int open = tokens.start(from) - 1;
        int close = tokens.end(to);
        return open >= 0 && close < text.length() && QUOTES.indexOf(text.charAt(open)) >= 0 && QUOTES.indexOf(text.charAt(close)) >= 0;
    }

    private static final String QUOTES = "\"„“”«»‘’'";

    /** "(AP)", "(AFP) -": the outlet alone in brackets, as datelines credit it. */
    private static boolean bracketed(Tokens tokens, int from, int to) {
        String text = tokens.text;
        int open = tokens.start(from) - 1;
        while (open >= 0 && text.charAt(open) == ' ') {
            open--;
        }
        int close = tokens.end(to);
        while (close < text.length() && text.charAt(close) == ' ') {
            close++;
        }
        return open >= 0 && close < text.length() && text.charAt(open) == '(' && text.charAt(close) == ')';
    }
}
