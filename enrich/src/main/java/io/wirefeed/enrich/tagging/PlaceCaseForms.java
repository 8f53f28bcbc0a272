package io.wirefeed.enrich.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * Case forms of Balkan place names that {@link Inflector}'s suffix rules cannot reach from the base form, made
 * once when the knowledge base is compiled: the fleeting vowel of South Slavic and Albanian names ("Zadar" →
 * "Zadra", "u Zadru"; "Čačak" → "Čačka"; "Koper" → "Kopra"; "Shkodër" → "Shkodra"), and the Greek genitive
 * written in Greek, whose "ου" folds to "oy" ("Βόλος" → "Βόλου", "Ηράκλειο" → "Ηρακλείου", "Λάρισα" →
 * "Λάρισας", "Κοζάνη" → "Κοζάνης"). The forms are folded keys; the inflector adds the other cases to them.
 */
final class PlaceCaseForms {
    /** names shorter than this (folded) keep their vowel: too many short words would match */
    private static final int MIN_LENGTH = 5;

    private PlaceCaseForms() {}

    /** Extra base forms of a one-word place name {@code key} (folded), written in Greek when {@code greek}. */
    static List<String> of(String key, boolean greek) {
        List<String> out = new ArrayList<>(2);
        int n = key.length();
        if (n < MIN_LENGTH || key.indexOf(' ') >= 0) {
            return out;
        }
        if (greek) {
            if (key.endsWith("os")) {
                out.add(key.substring(0, n - 2) + "oy"); // Βόλος → Βόλου
            } else if (key.endsWith("o")) {
                out.add(key + "y"); // Ηράκλειο → Ηρακλείου
            } else if (key.endsWith("a") || key.endsWith("i")) {
                out.add(key + "s"); // Λάρισα → Λάρισας, Κοζάνη → Κοζάνης
                if (key.endsWith("i")) {
                    out.add(key + "oy"); // Περιστέρι → Περιστερίου
                }
            } else if (key.endsWith("es")) {
                out.add(key.substring(0, n - 2) + "on"); // Σέρρες → Σερρών
            }
            return out;
        }
        char last = key.charAt(n - 1);
        char vowel = key.charAt(n - 2);
        if ((last == 'r' || last == 'k' || last == 'l') && (vowel == 'a' || vowel == 'e') && !isVowel(key.charAt(n - 3))) {
            out.add(key.substring(0, n - 2) + last + "a"); // Zadar → Zadra (then Zadru, Zadrom ...)
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
