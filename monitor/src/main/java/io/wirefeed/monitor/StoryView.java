package io.wirefeed.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.Mention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story as the live page shows it: its tags, each with the words in the text that produced it, and an
 * excerpt instead of the whole body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoryView(String id, int version, String headline, String provider, String language, String dateline,
        Instant receivedAt, Instant versioncreated, String excerpt, List<String> countries, List<String> regions,
        EnrichedStory.Focus focus, List<Tag> tags) {

    static final int EXCERPT_CHARS = 300;
    private static final String UNKNOWN = "?|";

    /**
     * One tag.
     *
     * @param type   person, organisation, country, place or region
     * @param ref    the id it is counted under (person:..., org:..., the ISO code, a place's name)
     * @param detail roles, kind or country, for the reader
     * @param words  the distinct forms in the text that produced it ("Vučića", "Vučić")
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tag(String type, String ref, String name, String detail, boolean inKb, int count, List<String> words) {}

    public static StoryView of(EnrichedStory s) {
        // words by what they name: actors by id; countries (names and demonyms) and places by kind and ref
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : list(s.mentions())) {
            if (m.text() != null) {
                // a name the knowledge base does not know has no ref: found by its text
                String key = m.ref() == null ? UNKNOWN + m.text() : key(m.type(), m.ref());
                words.computeIfAbsent(key, r -> new LinkedHashSet<>()).add(m.text());
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<Tag> tags = new ArrayList<>();
        for (EnrichedStory.PersonTag p : list(s.people())) {
            String ref = p.id() != null ? p.id() : p.name();
            tags.add(new Tag("person", ref, p.name(), join(String.join(", ", list(p.roles())), p.country()), p.inKb(),
                    p.mentions(), p.inKb() ? words(words, ref) : unknownWords(words, p.name())));
        }
        for (EnrichedStory.OrganisationTag o : list(s.organisations())) {
            String ref = o.id() != null ? o.id() : o.name();
            tags.add(new Tag("organisation", ref, o.name(), join(o.kind(), o.country()), o.inKb(), o.mentions(),
                    o.inKb() ? words(words, ref) : unknownWords(words, o.name())));
        }
        Map<String, String> countryNames = new HashMap<>();
        for (EnrichedStory.PlaceTag pl : list(s.places())) {
            if ("country".equals(pl.kind())) {
                countryNames.put(pl.country(), pl.name());
            } else {
                // a place without a GeoNames id is mentioned under its country's code
                String key = key("place", pl.uri() != null ? pl.uri() : pl.country());
                tags.add(new Tag("place", pl.uri() != null ? pl.uri() : pl.name(), pl.name(), join(pl.kind(), pl.country()),
                        true, pl.mentions(), words(words, key)));
            }
        }
        for (String code : list(s.countries())) {
            String key = key("country", code);
            tags.add(new Tag("country", code, countryNames.getOrDefault(code, Subject.country(code).name()), null, true,
                    counts.getOrDefault(key, 0), words(words, key)));
        }
        for (Map.Entry<String, Set<String>> e : words.entrySet()) {
            if (e.getKey().startsWith("region|")) {
                Subject r = Subject.region(e.getKey().substring(7));
                tags.add(new Tag("region", e.getKey().substring(7), r.name(), null, true, counts.get(e.getKey()),
                        List.copyOf(e.getValue())));
            }
        }
        return new StoryView(s.id(), s.version(), s.headline(), s.provider(), s.language(), s.dateline(), s.receivedAt(),
                s.versioncreated(), excerpt(s.bodyText()), s.countries(), s.regions(), s.focus(), tags);
    }

    /** Mentions of people and organisations are found by their id; the rest by kind and ref. */
    private static String key(String type, String ref) {
        return switch (type == null ? "" : type) {
            case "country", "demonym" -> "country|" + ref;
            case "place", "region" -> type + "|" + ref;
            default -> ref;
        };
    }

    /** The texts of unreferenced mentions that are (part of) this name. */
    private static List<String> unknownWords(Map<String, Set<String>> words, String name) {
        return words.keySet().stream().filter(k -> k.startsWith(UNKNOWN) && name.contains(k.substring(UNKNOWN.length())))
                .map(k -> k.substring(UNKNOWN.length())).sorted().toList();
    }

    private static List<String> words(Map<String, Set<String>> words, String key) {
        Set<String> w = words.get(key);
        return w == null ? List.of() : List.copyOf(w);
    }

    static String excerpt(String body) {
        if (body == null) {
            return null;
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        if (flat.length() <= EXCERPT_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT_CHARS);
        return flat.substring(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS) + " …";
    }

    private static String join(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        return hasA && hasB ? a + " · " + b : hasA ? a : hasB ? b : null;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
