package io.wirefeed.monitor;

import io.wirefeed.model.EnrichedStory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a story is counted under: {@code all}, {@code country:RS}, {@code region:western-balkans},
 * {@code person:aleksandar-vucic}, {@code org:eu}, {@code provider:ibna}. People and organisations count
 * only when the knowledge base knows them (an unknown name has no stable id to count under).
 *
 * @param key  the store key
 * @param name a readable name for pages and alerts
 */
public record Subject(String key, String name) {
    public static final String ALL = "all";

    /** Every subject the story counts under, each once, {@code all} first. */
    public static List<Subject> of(EnrichedStory story) {
        Map<String, Subject> out = new LinkedHashMap<>();
        add(out, new Subject(ALL, "All stories"));
        for (String c : nonNull(story.countries())) {
            add(out, country(c));
        }
        for (String r : nonNull(story.regions())) {
            add(out, region(r));
        }
        for (Subject a : actors(story)) {
            add(out, a);
        }
        if (story.provider() != null && !story.provider().isBlank()) {
            String p = story.provider().toLowerCase(Locale.ROOT);
            add(out, new Subject("provider:" + p, story.provider()));
        }
        return List.copyOf(out.values());
    }

    /**
     * The people and organisations of the story that the knowledge base knows, by id. News agencies are left
     * out: named in a story they are nearly always its source (a credit line), not its actors.
     */
    public static List<Subject> actors(EnrichedStory story) {
        List<Subject> out = new ArrayList<>();
        for (EnrichedStory.PersonTag p : nonNull(story.people())) {
            if (p.inKb() && p.id() != null) {
                out.add(new Subject(p.id(), p.name()));
            }
        }
        for (EnrichedStory.OrganisationTag o : nonNull(story.organisations())) {
            if (o.inKb() && o.id() != null && !"agency".equals(o.kind())) {
                out.add(new Subject(o.id(), o.name()));
            }
        }
        return out;
    }

    public static Subject country(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return new Subject("country:" + code, name.isBlank() || name.equals(code) ? code : name);
    }

    public static Subject region(String slug) {
        StringBuilder name = new StringBuilder();
        for (String word : slug.split("-")) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return new Subject("region:" + slug, name.toString());
    }

    /** Whether a surge of this subject is news worth an alert: places and actors, not providers or the total. */
    public boolean spikeWorthy() {
        return key.startsWith("country:") || key.startsWith("region:") || key.startsWith("person:") || key.startsWith("org:");
    }

    private static void add(Map<String, Subject> out, Subject s) {
        out.putIfAbsent(s.key(), s);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
