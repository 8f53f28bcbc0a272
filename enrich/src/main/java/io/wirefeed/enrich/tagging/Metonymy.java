package io.wirefeed.enrich.tagging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Disambiguation rules read from {@code kb/rules.yaml}: place names that stand for an organisation
 * ("Brussels" for the EU unless Belgium itself is named), extra aliases of places whose short forms
 * are ambiguous elsewhere ("RS" and "Srpska" for Republika Srpska, not Serbia), and the states and
 * provinces a town's name is qualified by ("Paris, Texas").
 */
final class Metonymy {
    static final Set<String> BALKANS = Set.of("AL", "BA", "BG", "HR", "GR", "XK", "ME", "MK", "RO", "RS", "SI");

    record Rule(String org, String unlessCountry) {}

    /**
     * A country name that means another country in some stories: "Georgia" the US state when the story
     * speaks of Atlanta, "Macedonia" the Greek region after North Macedonia's renaming when it speaks of
     * Thessaloniki. {@code after}: the rule applies only to stories dated after it.
     */
    record ContextRule(String name, String alternative, java.time.LocalDate after, List<String> whenAny, List<String> unlessAny) {}

    private final Map<String, Rule> byPlace;
    private final Map<String, String> placeAliases;
    private final Map<String, ContextRule> contextRules;
    /** folded names of states and provinces ("new south wales"), to their country */
    private final Map<String, String> subdivisions;

    /** the words of the states' and provinces' names of two words or more ("north", "carolina", "british") */
    private final Set<String> subdivisionWords;

    private Metonymy(Map<String, Rule> byPlace, Map<String, String> placeAliases, Map<String, ContextRule> contextRules,
            Map<String, String> subdivisions, Set<String> subdivisionWords) {
        this.subdivisionWords = subdivisionWords;
        this.byPlace = byPlace;
        this.placeAliases = placeAliases;
        this.contextRules = contextRules;
        this.subdivisions = subdivisions;
    }

    static Metonymy load() {
        try (InputStream in = Metonymy.class.getClassLoader().getResourceAsStream("kb/rules.yaml")) {
            if (in == null) {
                throw new IllegalStateException("kb/rules.yaml missing from the class path");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, Rule> rules = new HashMap<>();
            root.path("metonymy").fields().forEachRemaining(e ->
                    rules.put(e.getKey(), new Rule(e.getValue().path("org").asText(), e.getValue().path("unless_country").asText(null))));
            Map<String, String> aliases = new LinkedHashMap<>();
            root.path("place_aliases").forEach(n -> n.path("aliases").forEach(a -> aliases.put(a.asText(), n.path("place").asText())));
            Map<String, ContextRule> context = new HashMap<>();
            Folding f = Folding.get();
            root.path("country_context").forEach(n -> {
                List<String> when = new java.util.ArrayList<>();
                n.path("when_any").forEach(w -> when.add(" " + f.key(w.asText()) + " "));
                List<String> unless = new java.util.ArrayList<>();
                n.path("unless_any").forEach(w -> unless.add(" " + f.key(w.asText()) + " "));
                String after = n.path("after").asText(null);
                context.put(f.key(n.path("name").asText()), new ContextRule(n.path("name").asText(), n.path("alternative").asText(),
                        after == null ? null : java.time.LocalDate.parse(after), List.copyOf(when), List.copyOf(unless)));
            });
            Map<String, String> subdivisions = new HashMap<>();
            java.util.Set<String> words = new java.util.HashSet<>();
            root.path("subdivisions").fields().forEachRemaining(e -> e.getValue().forEach(n -> {
                Tokens t = Tokens.of(n.asText());
                subdivisions.put(String.join(" ", java.util.Arrays.copyOf(t.key, t.size())), e.getKey());
                if (t.size() > 1) {
                    words.addAll(java.util.Arrays.asList(java.util.Arrays.copyOf(t.key, t.size())));
                }
            }));
            return new Metonymy(rules, aliases, context, Map.copyOf(subdivisions), Set.copyOf(words));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kb/rules.yaml", e);
        }
    }

    /** Whether a country name written so ("georgia") may stand for another country ({@link #countryFor}). */
    boolean hasContextRule(String matchedKey) {
        return contextRules.containsKey(matchedKey);
    }

    /**
     * The country a country-name match stands for in this story: {@code code}, or the rule's alternative
     * when the story's words call for it or it names a region of the alternative ({@code unitCountries}: the
     * countries of the admin1 units its matches can mean). {@code storyKey} is the story's folded text with spaces around.
     */
    String countryFor(String code, String matchedKey, String storyKey, java.time.LocalDate day, Set<String> unitCountries) {
        ContextRule r = contextRules.get(matchedKey);
        if (r == null || (r.after() != null && !day.isAfter(r.after()))) {
            return code;
        }
        // the words, or a region of the alternative named too ("Florida, Georgia and the Carolinas")
        boolean when = unitCountries.contains(r.alternative()) || r.whenAny().stream().anyMatch(storyKey::contains);
        boolean unless = r.unlessAny().stream().anyMatch(storyKey::contains);
        return when && !unless ? r.alternative() : code;
    }

    /**
     * The country of the state or province named by tokens {@code from} to {@code to} ("Texas", "Nova Scotia"),
     * or null.
     */
    String subdivisionCountry(Tokens tokens, int from, int to) {
        String key = from == to ? tokens.key(from) : String.join(" ", java.util.Arrays.copyOfRange(tokens.key, from, to + 1));
        return subdivisions.get(key);
    }

    /**
     * The state or province of several words that a one-word match at token {@code at} is part of, with the word
     * before or after it ("North Carolina" is no Carolina of Puerto Rico, "New Mexico" no Mexico, "British
     * Columbia" nothing British): {first token, last token, country}, or null.
     */
    String[] subdivisionAround(Tokens tokens, int at) {
        if (!subdivisionWords.contains(tokens.key(at))) {
            return null;
        }
        for (int from = Math.max(0, at - 2); from <= at; from++) {
            for (int to = Math.max(at, from + 1); to < Math.min(tokens.size(), from + 3); to++) {
                if (tokens.capitalised(from) && tokens.capitalised(to) && subdivisionWords.contains(tokens.key(from))
                        && subdivisionWords.contains(tokens.key(to))) {
                    String country = subdivisionCountry(tokens, from, to);
                    if (country != null) {
                        return new String[] {Integer.toString(from), Integer.toString(to), country};
                    }
                }
            }
        }
        return null;
    }

    Rule forPlace(String name) {
        return byPlace.get(name);
    }

    /** alias → canonical place name */
    Map<String, String> placeAliases() {
        return placeAliases;
    }
}
