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

    private StoryLanguage() {}

    /** The countries where {@code language} is an official language, empty for English and unknown tags. */
    static Set<String> homes(String language) {
        return language == null ? Set.of() : HOMES.getOrDefault(language, Set.of());
    }
}
