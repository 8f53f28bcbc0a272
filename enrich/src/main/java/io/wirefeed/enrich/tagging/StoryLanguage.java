package io.wirefeed.enrich.tagging;

import java.util.Map;
import java.util.Set;

/**
 * The countries whose own language a story is written in: a Slovenian story's "SDS" is Slovenia's party even
 * where the story never writes "Slovenia", a Croatian one's "BDP" the word for GDP and no foreign party.
 */
final class StoryLanguage {
    private static final Map<String, Set<String>> HOMES = Map.ofEntries(
            Map.entry("sr-Latn", Set.of("RS", "BA", "ME")), Map.entry("sr-Cyrl", Set.of("RS", "BA", "ME")),
            Map.entry("sr", Set.of("RS", "BA", "ME")), Map.entry("cnr", Set.of("ME")), Map.entry("hr", Set.of("HR", "BA")),
            Map.entry("bs", Set.of("BA")), Map.entry("sl", Set.of("SI")), Map.entry("sq", Set.of("AL", "XK", "MK")),
            Map.entry("mk", Set.of("MK")), Map.entry("bg", Set.of("BG")), Map.entry("el", Set.of("GR", "CY")),
            Map.entry("ro", Set.of("RO", "MD")));

    /** the languages of the former Yugoslavia, whose copy names each other's towns as its own ("Ohrid je ...") */
    private static final Set<String> FORMER_YUGOSLAV = Set.of("sr-Latn", "sr-Cyrl", "sr", "cnr", "hr", "bs", "sl", "mk");
    private static final Set<String> FORMER_YUGOSLAVIA = Set.of("SI", "HR", "BA", "RS", "ME", "MK", "XK");

    private StoryLanguage() {}

    /** Bulgarian copy's homes with North Macedonia's: a short Macedonian story is easily taken for Bulgarian */
    private static final Set<String> BULGARIAN_OR_MACEDONIAN = Set.of("BG", "MK");

    /**
     * The countries whose towns copy in {@code language} names without saying where they are: the language's homes,
     * for a language of the former Yugoslavia all its successor states, and for Bulgarian North Macedonia too (a short
     * story in one of these languages is also easily taken for another).
     */
    static Set<String> familiar(String language) {
        if ("bg".equals(language)) {
            return BULGARIAN_OR_MACEDONIAN;
        }
        return FORMER_YUGOSLAV.contains(language) ? FORMER_YUGOSLAVIA : homes(language);
    }

    /** The countries where {@code language} is an official language, empty for English and unknown tags. */
    static Set<String> homes(String language) {
        return language == null ? Set.of() : HOMES.getOrDefault(language, Set.of());
    }
}
