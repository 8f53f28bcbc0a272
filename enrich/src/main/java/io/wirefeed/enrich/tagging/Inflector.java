package io.wirefeed.enrich.tagging;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates inflected forms of a base-form key (already folded: lower case, no diacritics, Latin) from
 * suffix rules per language family, when the knowledge base is compiled: South Slavic case endings
 * (Vučić → Vučića, Vučiću, Vučićem; Srbija → Srbiji, Srbiju; Kosovo → Kosovu), Albanian definite and case
 * forms (Kurti → Kurtit, Kurtin; Rama → Ramës; Shqipëria → Shqipërisë), the definite forms Macedonian and
 * Bulgarian write as a suffix (Собрание → Собранието, Влада → Владата, суд → судот, съюз → съюзът, Уставен → Уставниот),
 * Greek case forms (Δένδιας → Δένδια), the Macedonian spelling of -ić names (Вучиќ) and English plurals. Words shorter than {@link #MIN_STEM} + 1 letters are not inflected, so short words
 * do not start matching ordinary words.
 */
public final class Inflector {
    static final int MIN_STEM = 3;

    /** A rule: a key ending in {@code ending} also appears with {@code ending} replaced by each of {@code forms}. */
    private record Rule(String ending, List<String> forms) {}

    // Order matters only for readability: every rule whose ending fits is applied.
    private static final List<Rule> RULES = List.of(
            // South Slavic adjectives and adjectival surnames: srpski, srpskog, srpskoj...; Republika Srpska
            new Rule("ski", List.of("skog", "skoga", "skom", "skomu", "ska", "ske", "sku", "skoj", "skih", "skim", "skima", "sko",
                    "skit", "skin", "skiu",
                    // Macedonian and Bulgarian definite: Makedonski -> Makedonskiot; Evropeyski -> Evropeyskiyat, -skiya
                    "skiot", "skiyat", "skiya", "skata", "skoto", "skite",
                    // Slovenian: Olimpijski komite -> Olimpijskega komiteja, slovenskem, slovenskemu
                    "skega", "skem", "skemu")),
            new Rule("cki", List.of("ckog", "ckoga", "ckom", "ckomu", "cka", "cke", "cku", "ckoj", "ckih", "ckim", "ckima", "cko",
                    // Macedonian and Bulgarian definite (грчката влада, словенечкиот); Slovenian (not written -čki there)
                    "ckiot", "ckiyat", "ckiya", "ckata", "ckoto", "ckite")),
            // other adjectives in -ni: Ustavni sud -> Ustavnom sudu, Narodni -> Narodnog
            new Rule("ni", List.of("nog", "noga", "nom", "nomu", "na", "ne", "nu", "noj", "nih", "nim", "nima", "nite",
                    // Slovenian: Državni zbor -> Državnega zbora, Ustavnem
                    "nega", "nem", "nemu")),
            // Macedonian adjectives in -en with the fleeting e: Ustaven sud -> Ustavniot sud, Ustavnata
            new Rule("en", List.of("niot", "nata", "noto", "nite")),
            // Slovenian names that decline as adjectives have the locative in -skem: "na Poljskem", "na Hrvaškem"
            new Rule("ska", List.of("ske", "skoj", "sku", "skom", "ski", "skih", "skem")),
            // nouns in -a: Srbija, Rama, Podgorica; Republika -> Republici, Praga -> Prazi
            new Rule("a", List.of("e", "i", "u", "om", "o", "oj", "es", "en", "ën",
                    // Macedonian and Bulgarian definite: Vlada -> Vladata, Partiya -> Partiyata, Narodna -> Narodnata
                    "ata")),
            new Rule("ka", List.of("ci", "kes", "ken")),
            new Rule("ga", List.of("zi")),
            new Rule("ija", List.of("iji", "ije", "iju", "ijom", "ise", "ine", "i")),
            new Rule("ia", List.of("ise", "ine", "ine", "i", "ias")),
            // nouns in -o: Kosovo, Sarajevo
            // (Greek keys spell ου "oy": Συμβούλιο -> Συμβουλίου is symvoylio -> symvoylioy)
            new Rule("o", List.of("a", "u", "om", "e", "os", "on", "ou", "oy", "oto")),
            // -ac with the fleeting a: Kragujevac -> Kragujevca
            new Rule("ac", List.of("ca", "cu", "cem", "ci")),
            // -ec with the fleeting e (Slovenian, Croatian): Šarec -> Šarca, Šarcu, Šarcem; Čakovec -> Čakovca
            new Rule("ec", List.of("ca", "cu", "cem", "ci")),
            // Greek masculine and feminine endings (transliterated): Dendias -> Dendia, Mitsotakis -> Mitsotaki
            new Rule("as", List.of("a")),
            new Rule("is", List.of("i")),
            new Rule("os", List.of("ou", "oy", "o", "e")),
            // Greek adjectives in -ικός, every gender and case: ελληνική, ελληνικής, ελληνικό, ελληνικοί, ελληνικές,
            // ελληνικά, ελληνικών ("η ελληνική κυβέρνηση" names Greece as "ελληνικός" does)
            new Rule("ikos", List.of("iki", "ikis", "ikoi", "ikes", "ika", "ikon", "ikoys")),
            new Rule("es", List.of("e")),
            // names in -i: Kurti -> Kurtija, Kurtiju (Slavic), Kurtit, Kurtin (Albanian)
            // and Greek feminine genitives: Επιτροπή -> Επιτροπής, Ευρωπαϊκή -> Ευρωπαϊκής
            // and the Bulgarian and Macedonian definite plural of nouns in -и: американци -> американците, Британците
            new Rule("i", List.of("ija", "iju", "ijem", "ijom", "it", "in", "ia", "iu", "is", "ite")),
            // names in -e: Tirane -> Tiranes
            // and Slovenian masculine loanwords in -e: komite -> komiteja, komiteju, komitejem
            // and names in -e that take a t when declined: Slovenian Anže -> Anžeta, Anžetu; Serbian Mile -> Mileta
            new Rule("e", List.of("es", "en", "a", "u", "om", "eto", "eja", "eju", "ejem", "eta", "etu", "etom")),
            // Albanian nouns in -ë (folded to e) with definite -a: Shqipëri(a) -> Shqipërisë
            new Rule("ri", List.of("ria", "rise", "rine")));

    /**
     * South Slavic plurals, for words of {@link #MIN_PLURAL} letters or more only (a short word's "-ama" form
     * is a foreign name's ending: "Asie" is not "Asiama"): Oružane snage -> Oružanim snagama, Ujedinjene nacije ->
     * Ujedinjenih nacija, Ujedinjeni Arapski Emirati -> Emiratima, Emirate.
     */
    private static final List<Rule> PLURAL_RULES = List.of(
            new Rule("e", List.of("ama")),
            new Rule("ne", List.of("nih", "nim", "nima")),
            new Rule("ti", List.of("tima", "te")));
    private static final int MIN_PLURAL = 5;

    private static final List<String> CONSONANT_ENDINGS =
            // the last three are definite: Macedonian sud -> sudot, Bulgarian sayuz -> sayuzat (-ът); -ите plural
            List.of("a", "u", "om", "em", "e", "i", "it", "in", "ut", "un", "s", "es", "ima", "ot", "at", "ite");

    private Inflector() {}

    /** the South Slavic case endings of an adjective in -i (masculine) or -o (neuter), Slovenian ones included */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("og", "oga", "om", "ome", "omu", "em", "ega", "emu");

    /**
     * The case forms of a word of a longer name that is an adjective in -i or -o ("Novi Zeland" → "na Novom Zelandu",
     * "Ujedinjeno Kraljevstvo" → "iz Ujedinjenog Kraljevstva", Slovenian "Združeno kraljestvo" → "v Združenem
     * kraljestvu", "Novo mesto" → "v Novem mestu"): the suffix rules give an -o word noun endings only. Only inside
     * a longer name, which must match whole: alone, "Malom" or "Novem" are ordinary words.
     */
    public static List<String> adjectiveInName(String key) {
        int n = key.length();
        char last = n == 0 ? ' ' : key.charAt(n - 1);
        if (n < MIN_STEM + 1 || (last != 'i' && last != 'o') || "aeiouy".indexOf(key.charAt(n - 2)) >= 0) {
            return List.of();
        }
        String stem = key.substring(0, n - 1);
        return ADJECTIVE_ENDINGS.stream().map(e -> stem + e).toList();
    }

    /** The base form and every form the rules generate for it (words of four letters or more). */
    public static Set<String> forms(String base) {
        return forms(base, MIN_STEM + 1);
    }

    /**
     * As {@link #forms(String)}, for words of {@code minLength} letters or more: a short word inside a
     * longer name ("Sud BiH" → "Suda BiH") is safe to inflect, because the whole name must match.
     */
    /**
     * Endings whose rule leaves a word its consonant endings too: Greek endings that are also a consonant-final
     * stem in the Slavic languages and Albanian (Texas declines "Teksasa", "Teksasu" as Dendias gives "Dendia"), and
     * -ec, whose fleeting e only Slovenian and Croatian drop (Bulgarian "испанецът", Albanian "Čakoveci").
     */
    private static final Set<String> KEEPING_CONSONANT_ENDINGS = Set.of("as", "is", "os", "es", "ec");

    public static Set<String> forms(String base, int minLength) {
        Set<String> out = new LinkedHashSet<>();
        out.add(base);
        if (base.length() < minLength || !Character.isLetter(base.charAt(base.length() - 1))) {
            return out;
        }
        char last = base.charAt(base.length() - 1);
        boolean rulesMatched = false;
        for (Rule r : RULES) {
            if (base.endsWith(r.ending())) {
                String stem = base.substring(0, base.length() - r.ending().length());
                r.forms().forEach(f -> out.add(stem + f.replace('ë', 'e')));
                rulesMatched |= !KEEPING_CONSONANT_ENDINGS.contains(r.ending());
            }
        }
        if (base.length() >= MIN_PLURAL) {
            for (Rule r : PLURAL_RULES) {
                if (base.endsWith(r.ending())) {
                    String stem = base.substring(0, base.length() - r.ending().length());
                    r.forms().forEach(f -> out.add(stem + f));
                }
            }
        }
        if (base.endsWith("ntar") || base.endsWith("nter")) {
            // the fleeting vowel of "centar" (Serbian, Croatian, Bosnian) and "center" (Slovenian): "Kliničkog centra",
            // "u Kliničkom centru", "v Univerzitetnem kliničnem centru"; the plain endings stay (Macedonian "центарот")
            String stem = base.substring(0, base.length() - 2);
            for (String ending : List.of("ra", "ru", "rom")) {
                out.add(stem + ending);
            }
        }
        if (base.endsWith("ic")) {
            // Macedonian writes the Serbian and Croatian -ić as -иќ, folded "ikj": "Вучиќ" is Vučić
            out.add(base.substring(0, base.length() - 1) + "kj");
        }
        if (!rulesMatched && "aeiouy".indexOf(last) < 0) {
            // consonant-final names and nouns: Vučić, Lavrov, Beograd; Albanian Vuçiç -> Vuçiçi, Vuçiçit;
            // English plurals of demonyms: Serb -> Serbs, Albanian -> Albanians
            for (String ending : CONSONANT_ENDINGS) {
                out.add(base + ending);
            }
            if (last == 'r') {
                // Slovenian names in -r take a j when declined: Logar -> Logarja, Logarju, Logarjem
                for (String ending : List.of("ja", "ju", "jem")) {
                    out.add(base + ending);
                }
            }
        }
        return out;
    }
}
