package io.wirefeed.model.ninjs;

import java.util.Locale;
import java.util.Map;

/**
 * English names of the countries (ISO 3166-1 alpha-2, XK for Kosovo) and regions (slugs) the ninjs view names
 * as subjects; the enrich stage fills them from its knowledge base. A code missing from the map is named by
 * the JDK's locale data, a slug missing from it by the slug itself.
 */
public record SubjectNames(Map<String, String> countries, Map<String, String> regions) {

    public SubjectNames {
        countries = Map.copyOf(countries);
        regions = Map.copyOf(regions);
    }

    /** Names from the JDK alone: for tests and tools without a knowledge base. */
    public static SubjectNames fromLocaleData() {
        return new SubjectNames(Map.of(), Map.of());
    }

    public String country(String code) {
        String name = countries.get(code);
        if (name != null) {
            return name;
        }
        String display = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return display.isBlank() ? code : display;
    }

    public String region(String slug) {
        return regions.getOrDefault(slug, slug);
    }
}
