package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Firms South Slavic copy names by capitalised adjectives before a lower-case head noun, which no knowledge base can
 * list one by one: "Dunavska banka", "izvodima Dunavske banke", "u Novi Ljubljanski banki", "Čačanskoj pivovari".
 * The name is given in the nominative ("Jadranske banke" is Jadranska banka). The adjectives must be ones a name is
 * made of (from a place or a quality: -ski, -čki, -ni, -vi); a word like "Njemačka" that the knowledge base reads
 * as a place or country, or a determiner opening a sentence ("Jedna banka", "Ova banka"), is none. Heads:
 * {@code tagging/firm-heads.tsv}.
 */
final class NativeFirms {
    private static final String RESOURCE = "tagging/firm-heads.tsv";
    /** at most this many adjectives before the head: "Nova Kreditna Primorska banka" is rare, more is a sentence */
    private static final int MAX_ADJECTIVES = 3;
    /** the head's forms (folded) to its nominatives in Latin and Cyrillic script */
    private static final Map<String, String[]> HEADS = load();
    /** feminine adjective endings in each case (sr, hr, bs, sl; mk and bg definite), longest first; folded */
    private static final List<String> ENDINGS = List.of("ata", "oj", "om", "a", "e", "i", "u", "o");
    /** the stems a name's adjective ends in, folded: Dunav-sk-, Čačan-sk-, Zagreb-ačk-, Komercijal-n-, No-v- */
    private static final List<String> STEM_ENDS = List.of("sk", "ck", "n", "v");
    /** words with those endings that say which, not what: "Jedna banka", "Ova banka", "Nijedna banka", "Druga banka" */
    private static final Set<String> DETERMINERS = Folding.get().keys("jedna", "jedne", "jednoj", "jednu", "jednom", "ena", "ene",
            "eni", "eno", "nijedna", "nijedne", "svaka", "nova", "nove", "novoj", "novu", "druga", "prva", "ova", "ta", "ona", "neka",
            "koja", "cijela", "cela", "sama", "glavna", "glavne", "glavnoj", "stara", "strana", "strane", "stranoj",
            "domaca", "domace", "domacoj", "drzavna", "drzavne", "drzavnoj", "drzavni", "privatna", "privatne", "velika", "vecina",
            "najveca", "najvece", "ruska", "kineska", "americka", "njemacka", "nemacka", "austrijska", "italijanska",
            "talijanska", "francuska", "grcka", "turska", "britanska", "svjetska", "svetska", "evropska", "europska",
            "centralna", "centralne", "centralnoj", "narodna", "narodne", "narodnoj", "investiciona", "razvojna");

    private NativeFirms() {}

    /**
     * A firm named by the capitalised words ending at {@code end} and the head right after them: the adjectives
     * among {@code from..end} that end the run, each uncovered, and the head; null when there is no head after
     * the run or no such adjective before it.
     */
    static UnknownNames.Found find(Tokens tokens, Kind[] covered, int from, int end) {
        int head = end + 1;
        if (head >= tokens.size() || tokens.capitalised(head) || tokens.sentenceStart(head) || tokens.afterComma(head)) {
            return null;
        }
        String[] nominative = HEADS.get(tokens.key(head));
        if (nominative == null) {
            return null;
        }
        int first = end + 1;
        while (first - 1 >= from && end - first + 2 <= MAX_ADJECTIVES && adjective(tokens, covered, first - 1)) {
            first--;
        }
        if (first <= end && DETERMINERS.contains(tokens.key(first)) && tokens.sentenceStart(first)) {
            first++; // "Jedna banka", "Nova Dunavska banka" opening a sentence: the first word may be the story's
        }
        if (first > end || quoted(tokens, first)) {
            return null; // „Zelena banka“: a project's or a campaign's name in quotes
        }
        StringBuilder name = new StringBuilder();
        for (int k = first; k <= end; k++) {
            name.append(nominative(tokens.surface(k, k), tokens.key(k))).append(' ');
        }
        boolean cyrillic = Character.UnicodeScript.of(tokens.surface(head, head).codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
        name.append(cyrillic ? nominative[1] : nominative[0]);
        return new UnknownNames.Found(Kind.ORGANISATION, first, head, name.toString());
    }

    /** Whether a quote opens right before token {@code k}. */
    private static boolean quoted(Tokens tokens, int k) {
        int gap = k == 0 ? 0 : tokens.end(k - 1);
        for (int c = gap; c < tokens.start(k); c++) {
            if ("\"„“«»'‘".indexOf(tokens.text.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} is a capitalised adjective a firm's name is made of that no match covers. */
    private static boolean adjective(Tokens tokens, Kind[] covered, int k) {
        if (covered[k] != null || !tokens.capitalised(k) || tokens.allCaps(k)) {
            return false;
        }
        String key = tokens.key(k);
        String ending = ending(key);
        if (ending == null) {
            return false;
        }
        String stem = key.substring(0, key.length() - ending.length());
        return stem.length() >= 3 && STEM_ENDS.stream().anyMatch(stem::endsWith);
    }

    /** The case ending of a folded adjective, or null. */
    private static String ending(String key) {
        for (String e : ENDINGS) {
            if (key.endsWith(e)) {
                return e;
            }
        }
        return null;
    }

    /** The adjective as written, its case ending replaced by the nominative's "a" in its own script: "Dunavske" is Dunavska. */
    static String nominative(String written, String key) {
        String ending = ending(key);
        if (ending == null) {
            return written;
        }
        String stem = written.substring(0, written.length() - ending.length());
        boolean cyrillic = Character.UnicodeScript.of(written.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
        return stem + (cyrillic ? "а" : "a");
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> out = new HashMap<>();
        for (String[] row : TsvRows.read(RESOURCE)) {
            String[] nominatives = {row[0], row[1]};
            out.put(Folding.get().key(row[0]), nominatives);
            for (String form : row[2].split("\\|")) {
                out.put(Folding.get().key(form), nominatives);
            }
        }
        return Map.copyOf(out);
    }
}
