package io.wirefeed.enrich.tagging;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A coarse sound key under which a foreign name as its own language spells it and as Serbian, Croatian, Bosnian
 * and Slovenian copy transcribes it by ear agree: "Christopher Hill" and "Kristofer Hil", "Andreas von Beckerath"
 * and "Andreas fon Bekerat", "Leonid Slutsky" and "Leonid Slucki", "Stuart Peach" and "Stjuart Pič". Consonants
 * fall into classes (the hissing and hushing sounds one, k and hard c another, v, w and f, t and d, th), vowels,
 * h, j and y drop out, doubled letters are one; a name still keeps its opening vowel and a final "a" (a woman's
 * Ursula is no man's Ursul). The two spellings are read by different rules: a c is "ts" in the copy but k or s in
 * an English, French or German name.
 */
final class TranscriptionKey {
    private TranscriptionKey() {}

    /** The key of a name as the copy writes it (South Slavic Latin letters: c, č, ć, š, ž, dž, đ, lj, nj). */
    static String ofCopy(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : words(name)) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(word(word, true));
        }
        return key.toString();
    }

    /**
     * The keys of a name as its own language spells it: the key, and for a word ending in a consonant after a vowel
     * that French leaves unsaid ("Berset" is "Berse" in the copy), the key without it.
     */
    static Set<String> ofOriginal(String name) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add("");
        for (String word : words(name)) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(word(word, false));
            int n = word.length();
            if (n > 3 && "tdsx".indexOf(word.charAt(n - 1)) >= 0 && VOWELS.indexOf(word.charAt(n - 2)) >= 0) {
                forms.add(word(word.substring(0, n - 1), false));
            }
            Set<String> next = new LinkedHashSet<>();
            for (String k : keys) {
                for (String f : forms) {
                    next.add(k.isEmpty() ? f : k + " " + f);
                }
            }
            keys = next;
        }
        return keys;
    }

    private static final String VOWELS = "aeiouy";

    private static List<String> words(String name) {
        String lower = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        return List.of(lower.replace('-', ' ').trim().split("\\s+"));
    }

    /** One word's key; {@code copy} for the copy's spelling, else the original's. */
    private static String word(String w, boolean copy) {
        StringBuilder out = new StringBuilder();
        // đ, ć, č, š, ž, dž keep their class whatever they are folded to; other marks go (ü, é, å)
        String s = Normalizer.normalize(w.replace("dž", "\u0001").replace("đ", "\u0001").replace("ć", "\u0001")
                .replace("č", "\u0001").replace("š", "\u0001").replace("ž", "\u0001").replace("ß", "s"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('ø', 'o').replace('æ', 'e').replace('ł', 'l');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : ' ';
            char cls;
            if (c == '\u0001') {
                cls = 'S';
            } else if (!copy && s.startsWith("tsch", i)) {
                cls = 'S';
                i += 3;
            } else if (!copy && s.startsWith("sch", i)) {
                cls = 'S';
                i += 2;
            } else if (!copy && c == 'c' && next == 'h') {
                // "Christopher", "Schröder": k before a consonant; "Peach", "Charles": the hushing sound
                char after = i + 2 < n ? s.charAt(i + 2) : ' ';
                cls = after != ' ' && VOWELS.indexOf(after) < 0 ? 'K' : 'S';
                i++;
            } else if (!copy && c == 'c' && next == 'k') {
                cls = 'K';
                i++;
            } else if (!copy && (c == 's' || c == 'k' || c == 'p' || c == 't' || c == 'g') && next == 'h') {
                cls = c == 's' ? 'S' : c == 'k' ? 'K' : c == 'p' ? 'F' : c == 't' ? 'T' : 'G';
                i++;
            } else if (!copy && c == 't' && (next == 's' || next == 'z')) {
                cls = 'S';
                i++;
            } else if (c == 'q') {
                out.append('K');
                cls = next == 'u' ? 'F' : 'K';
                i += next == 'u' ? 1 : 0;
            } else if (c == 'x') {
                out.append('K');
                cls = 'S';
            } else if (c == 'c') {
                cls = copy || next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K';
            } else if (c == 's' || c == 'z') {
                cls = 'S';
            } else if (c == 'k') {
                cls = 'K';
            } else if (c == 'v' || c == 'w' || c == 'f') {
                cls = 'F';
            } else if (c == 't' || c == 'd') {
                cls = 'T';
            } else if (c == 'h' || c == 'j' || VOWELS.indexOf(c) >= 0 || !Character.isLetter(c)) {
                cls = i == 0 && VOWELS.indexOf(c) >= 0 ? '*' : 0;
            } else {
                cls = c;
            }
            if (cls != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != cls)) {
                out.append(cls);
            }
        }
        if (s.endsWith("a")) {
            out.append('a');
        }
        return out.toString();
    }
}
