package io.wirefeed.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * What a reader of {@code wire.enriched} needs to route a story without parsing it: enrich writes the story's
 * regions, countries and focus as headers (slugs and codes, comma-separated), and the sink forwards the record's
 * bytes untouched to the region topics they name. The record's value is the whole story either way.
 */
public final class RoutingHeaders {
    /** Every region slug of the story ({@code regions}). */
    public static final String REGIONS = "wirefeed.regions";
    /** Every country code of the story ({@code countries}). */
    public static final String COUNTRIES = "wirefeed.countries";
    /** The regions the story is about ({@code focus.regions}). */
    public static final String FOCUS_REGIONS = "wirefeed.focus.regions";
    /** The countries the story is about ({@code focus.countries}). */
    public static final String FOCUS_COUNTRIES = "wirefeed.focus.countries";

    private RoutingHeaders() {}

    /** Puts the four headers of the story, replacing any already there (an empty list is an empty header). */
    public static void write(Headers headers, EnrichedStory story) {
        EnrichedStory.Focus focus = story.focus();
        put(headers, REGIONS, story.regions());
        put(headers, COUNTRIES, story.countries());
        put(headers, FOCUS_REGIONS, focus == null ? null : focus.regions());
        put(headers, FOCUS_COUNTRIES, focus == null ? null : focus.countries());
    }

    /** The values of a header, or null when the record does not have it (written before enrich wrote headers). */
    public static List<String> read(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        if (h == null) {
            return null;
        }
        if (h.value() == null || h.value().length == 0) {
            return List.of();
        }
        return Arrays.asList(new String(h.value(), StandardCharsets.UTF_8).split(","));
    }

    private static void put(Headers headers, String name, List<String> values) {
        headers.remove(name);
        headers.add(name, String.join(",", values == null ? List.of() : values).getBytes(StandardCharsets.UTF_8));
    }
}
