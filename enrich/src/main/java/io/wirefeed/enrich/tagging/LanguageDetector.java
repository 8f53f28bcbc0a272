package io.wirefeed.enrich.tagging;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of a story when its input does not: en, sr-Latn, sr-Cyrl, hr, bs, sl, sq, mk, bg,
 * el (and ru). The script decides first (Greek; Cyrillic with letters only Serbian, Macedonian, Bulgarian
 * or Russian use); then frequent function words and spellings each language has and its neighbours lack
 * (Serbian ekavian "vreme", Croatian "tko", "tisuća", Albanian "ë", "dhe", Slovenian "tudi", "ki").
 * Small and fast on purpose: a story is long enough that a few hundred marker words decide it.
 */
public final class LanguageDetector {
    private static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said", "by", "as", "it", "his", "has", "from"),
            "sq", Set.of("dhe", "te", "ne", "per", "se", "nje", "eshte", "me", "nga", "qe", "tha", "si", "ka", "por", "jane", "kete", "i", "e"),
            "sl", Set.of("in", "je", "da", "so", "ki", "tudi", "pa", "bo", "ter", "kot", "ali", "smo", "sem", "bi", "lahko", "zelo", "jih", "pri",
                    "v", "z", "bodo", "danes", "bila", "bilo", "lani", "ker", "vendar"),
            "shtokavian", Set.of("i", "je", "u", "da", "se", "na", "za", "su", "koji", "od", "sa", "kao", "ce", "ali", "iz", "nije", "bio", "biti"));
    /** Spellings that separate Serbian, Croatian and Bosnian (all Shtokavian). */
    private static final Map<String, Set<String>> VARIANT = Map.of(
            "sr-Latn", Set.of("vreme", "reci", "rec", "deca", "opstina", "opstine", "opstini", "hiljada", "hiljade", "sta", "bice",
                    "takode", "uvek", "pre", "posle", "gde", "decembra", "novembra", "oktobra", "septembra", "avgusta",
                    "saradnja", "saradnje", "predsednik", "predsednika", "evropske", "evropska", "evropski", "srbije", "lepo",
                    "mesto", "mesta", "celu", "cela", "reka", "vece", "nedelje", "dete", "tokom", "ministarstvo", "vek"),
            "hr", Set.of("tko", "sto", "tisuca", "tisuce", "opcina", "opcine", "sijecnja", "veljace", "ozujka", "travnja", "svibnja",
                    "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "studenog", "prosinca", "europske",
                    "europska", "europski", "suradnja", "suradnje", "izvjesce", "sveuciliste", "vlade", "kazao", "kazala",
                    "hrvatske", "tijekom", "glede", "obitelj", "zrakoplov", "nogomet", "tjedan", "izmedu", "vec", "bit"),
            "bs", Set.of("historija", "historije", "sta", "hiljada", "opcina", "opcine", "evropske", "evropska", "saradnja",
                    "saradnje", "predsjednik", "predsjednika", "vijece", "vijeca", "bih", "federacije", "kantona", "kanton",
                    "sedmice", "hljeb", "lahko", "mahala", "cejf", "tokom", "izmedju"));

    /**
     * Stems that separate the standards in words too many to list: Serbian ekavian "poseta", "sednica",
     * "predsednik", "bezbednost"; Croatian "tjedan", "priopćenje", "sveučilište"; Bosnian "sedmica", "historija"
     * (folded keys; a word counts once, by its first stem that fits).
     */
    private static final Map<String, List<String>> VARIANT_STEMS = Map.of(
            "sr-Latn", List.of("poset", "sednic", "predsedn", "potpredsedn", "uvece", "primen", "promen", "bezbedn", "opstin",
                    "saopst", "svetsk", "nedelj", "verovat", "mesec", "uspeh", "dece", "deci", "decu", "reseni", "obavest"),
            "hr", List.of("tjed", "tisuc", "sveucil", "priopc", "izvjesc", "europ", "glasnogovorn", "zrakoplov", "zracn",
                    "sluzben", "vjerojat", "opcin", "tijek"),
            "bs", List.of("sedmic", "historij", "vjerovat", "saopc", "opcin", "kanton"));
    /** The languages and Shtokavian variants scored, as bit positions. */
    private static final List<String> SCORED = List.of("en", "sq", "sl", "shtokavian", "sr-Latn", "hr", "bs");
    /** word → bit mask of the languages it marks, inverted once from the tables above */
    private static final Map<String, Integer> LANGUAGES_OF = invert();
    /** each stem of {@link #VARIANT_STEMS} → bit mask of the variants it marks */
    private static final Map<String, Integer> STEM_MASKS = stemMasks();
    /** the stems by their first letter (a-z): a word is tried against a handful, not all (this runs on every word) */
    private static final String[][] STEMS_BY_LETTER = stemsByLetter();

    private LanguageDetector() {}

    private static String[][] stemsByLetter() {
        String[][] out = new String[26][];
        for (char c = 'a'; c <= 'z'; c++) {
            char first = c;
            out[c - 'a'] = STEM_MASKS.keySet().stream().filter(stem -> stem.charAt(0) == first).toArray(String[]::new);
        }
        return out;
    }

    private static Map<String, Integer> stemMasks() {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        VARIANT_STEMS.forEach((lang, stems) -> stems.forEach(stem -> out.merge(stem, 1 << SCORED.indexOf(lang), (a, b) -> a | b)));
        return out;
    }

    private static Map<String, Integer> invert() {
        Map<String, Integer> out = new HashMap<>();
        for (int bit = 0; bit < SCORED.size(); bit++) {
            String lang = SCORED.get(bit);
            Set<String> words = WORDS.containsKey(lang) ? WORDS.get(lang) : VARIANT.get(lang);
            int mask = 1 << bit;
            words.forEach(w -> out.merge(w, mask, (a, b) -> a | b));
        }
        return java.util.Collections.unmodifiableMap(out); // hashed: looked up for every word of a story
    }

    /** A BCP 47 tag for the text, or "und" when it has no words. */
    public static String detect(String text) {
        return detect(text, Tokens.of(text));
    }

    /** Reads at most this many characters: plenty to decide, and it keeps long stories cheap. */
    private static final int SAMPLE = 3000;

    /** As {@link #detect(String)}, over tokens already made of the text. */
    static String detect(String fullText, Tokens tokens) {
        String text = fullText.length() > SAMPLE ? fullText.substring(0, SAMPLE) : fullText;
        int greek = 0;
        int cyrillic = 0;
        int latin = 0;
        int albanianLetters = 0; // ë and ç, counted in the same pass
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0; // Character.isLetter without its lookups
            } else if (c < 0x0370) {
                latin += Character.isLetter(c) ? 1 : 0;
                albanianLetters += c == 'ë' || c == 'ç' || c == 'Ë' || c == 'Ç' ? 1 : 0;
            } else if (c < 0x0400 || (c >= 0x1F00 && c < 0x2000)) {
                greek++;
            } else if (c < 0x0530) {
                cyrillic++;
            }
        }
        if (greek + cyrillic + latin == 0) {
            return "und";
        }
        if (greek >= cyrillic && greek >= latin) {
            return "el";
        }
        if (cyrillic >= latin) {
            return cyrillic(text);
        }
        return latin(text, tokens, albanianLetters);
    }

    private static String cyrillic(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        int sr = count(t, "ђћ") * 3 + words(t, List.of(" је ", " у ", " што ", " који ", " да ", " ће ", " од "));
        int mk = count(t, "ѓќѕ") * 3 + words(t, List.of(" во ", " ќе ", " на ", " се ", " што ", " од ", " дека ", " беше "));
        int bg = count(t, "щъ") * 2 + words(t, List.of(" на ", " за ", " от ", " ще ", " че ", " се ", " е ", " са "));
        int ru = count(t, "ыэё") * 3 + words(t, List.of(" в ", " не ", " что ", " на ", " он ", " это ", " как "));
        int j = count(t, "јљњџ");
        sr += j;
        mk += j;
        int best = Math.max(Math.max(sr, mk), Math.max(bg, ru));
        return best == sr ? "sr-Cyrl" : best == mk ? "mk" : best == bg ? "bg" : "ru";
    }

    private static String latin(String text, Tokens tokens, int albanianLetters) {
        int[] score = new int[SCORED.size()];
        for (int t = 0; t < tokens.size() && tokens.start(t) < text.length(); t++) {
            Integer mask = LANGUAGES_OF.get(tokens.key(t));
            if (mask == null) {
                mask = stemMask(tokens.key(t));
            }
            if (mask != null) {
                for (int bit = 0; bit < score.length; bit++) {
                    score[bit] += (mask >> bit) & 1;
                }
            }
        }
        int en = score[0];
        int sq = score[1] + albanianLetters;
        int sl = score[2];
        int sh = score[3];
        int slavic = Math.max(sl, sh);
        if (en >= sq && en >= slavic) {
            return "en";
        }
        if (sq >= slavic) {
            return "sq";
        }
        // Slovenian against Serbian/Croatian/Bosnian: Slovenian function words and the dual/"in" pattern
        if (sl > sh || (sl > sh * 0.8 && text.contains(" in "))) {
            return "sl";
        }
        // ijekavian ("ije") against ekavian spellings, then the words each standard prefers
        int ije = ijekavian(text);
        int sr = score[4];
        int hr = score[5];
        int bs = score[6];
        if (sr > hr && sr > bs && sr * 4 > ije) {
            return "sr-Latn";
        }
        return hr >= bs ? "hr" : "bs";
    }

    /**
     * Ijekavian "ije" inside a word ("vrijeme", "svijet", "cijena"): not at a word's end, where ekavian writes it
     * too, in the genitive of nouns in -ija ("Srbije", "policije", "komisije") and in "nije", "prije".
     */
    private static int ijekavian(String text) {
        int n = 0;
        for (int i = text.indexOf("ije"); i >= 0; i = text.indexOf("ije", i + 1)) {
            if (i + 3 < text.length() && Character.isLetter(text.charAt(i + 3))) {
                n++;
            }
        }
        return n;
    }

    /** The variants the first stem {@code key} starts with marks, or null. */
    private static Integer stemMask(String key) {
        if (key.length() < 4 || key.charAt(0) < 'a' || key.charAt(0) > 'z') {
            return null;
        }
        for (String stem : STEMS_BY_LETTER[key.charAt(0) - 'a']) {
            if (key.startsWith(stem)) {
                return STEM_MASKS.get(stem);
            }
        }
        return null;
    }

    private static int count(String text, String letters) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (letters.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static int words(String text, List<String> words) {
        int n = 0;
        for (String w : words) {
            n += occurrences(text, w);
        }
        return n;
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
