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

    /** countries whose towns South Slavic copy declines as masculine nouns: "u Boru", "iz Niša", "do Bara" */
    private static final java.util.Set<String> SOUTH_SLAVIC_CASES = java.util.Set.of("RS", "HR", "BA", "ME", "SI", "XK");
    /** the case endings of a masculine town's name: genitive, dative/locative, instrumental */
    private static final List<String> MASCULINE_ENDINGS = List.of("a", "u", "om");
    private static final int SHORT_NAME = 3;

    /**
     * The case forms of a town's name of three letters ending in a consonant, in a country whose copy declines it
     * ("Bor" → "Bora", "Boru", "Borom"; "Niš" → "Nišu"): the inflector does not inflect words so short, so "u Boru"
     * matched only another town's other name ("Boro" declined, Borovo in Croatia). Not a feminine name in -ć
     * ("u Peći"). Written as the name is.
     */
    static List<String> shortNameCases(String name, String country) {
        int n = name.length();
        if (n != SHORT_NAME || !SOUTH_SLAVIC_CASES.contains(country) || !Character.isLetter(name.charAt(n - 1))
                || isVowel(Character.toLowerCase(name.charAt(n - 1))) || name.charAt(n - 1) == 'ć') {
            return List.of();
        }
        List<String> out = new ArrayList<>(MASCULINE_ENDINGS.size());
        for (String ending : MASCULINE_ENDINGS) {
            out.add(name + ending);
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
