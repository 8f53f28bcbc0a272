package io.wirefeed.enrich.tagging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Disambiguation rules read from {@code kb/rules.yaml}: place names that stand for an organisation
 * ("Brussels" for the EU unless Belgium itself is named) and extra aliases of places whose short forms
 * are ambiguous elsewhere ("RS" and "Srpska" for Republika Srpska, not Serbia).
 */
final class Metonymy {
    static final Set<String> BALKANS = Set.of("AL", "BA", "BG", "HR", "GR", "XK", "ME", "MK", "RO", "RS", "SI");

    record Rule(String org, String unlessCountry) {}

    private final Map<String, Rule> byPlace;
    private final Map<String, String> placeAliases;

    private Metonymy(Map<String, Rule> byPlace, Map<String, String> placeAliases) {
        this.byPlace = byPlace;
        this.placeAliases = placeAliases;
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
            return new Metonymy(rules, aliases);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kb/rules.yaml", e);
        }
    }

    Rule forPlace(String name) {
        return byPlace.get(name);
    }

    /** alias → canonical place name */
    Map<String, String> placeAliases() {
        return placeAliases;
    }
}
