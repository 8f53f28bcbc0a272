package io.wirefeed.sink.watch;

import io.wirefeed.model.EnrichedStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * One watch-list rule. Every criterion it names must hold; a list criterion holds when any of its entries
 * matches, except {@code actorsAll}, which needs every actor in one story (co-occurrence). Actors are
 * written as ids ({@code person:albin-kurti}, {@code org:eu}) or canonical names ({@code Albin Kurti}).
 */
public record WatchRule(String id, String description, List<String> actorsAny, List<String> actorsAll,
        List<String> countriesAny, List<String> regionsAny, List<String> focusAny, List<String> languageAny,
        List<String> providerAny) {

    public WatchRule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a watch-list rule needs an id");
        }
        actorsAny = list(actorsAny);
        actorsAll = list(actorsAll);
        countriesAny = list(countriesAny);
        regionsAny = list(regionsAny);
        focusAny = list(focusAny);
        languageAny = list(languageAny);
        providerAny = list(providerAny);
        if (actorsAny.isEmpty() && actorsAll.isEmpty() && countriesAny.isEmpty() && regionsAny.isEmpty()
                && focusAny.isEmpty() && languageAny.isEmpty() && providerAny.isEmpty()) {
            throw new IllegalArgumentException("watch-list rule " + id + " names no criterion: it would match every story");
        }
    }

    /**
     * The tags that made the story match, as the story's own tag ids ({@code person:albin-kurti},
     * {@code country:RS}, {@code focus:BA}), or an empty list when it does not match.
     */
    public List<String> match(EnrichedStory s) {
        List<String> why = new ArrayList<>();
        Map<String, String> actors = actors(s);
        if (!actorsAny.isEmpty() && !any(actorsAny, actors, why, "")) {
            return List.of();
        }
        if (!actorsAll.isEmpty()) {
            for (String a : actorsAll) {
                if (!actors.containsKey(a.toLowerCase(Locale.ROOT))) {
                    return List.of();
                }
            }
            any(actorsAll, actors, why, "");
        }
        if (!countriesAny.isEmpty() && !any(countriesAny, index(s.countries()), why, "country:")) {
            return List.of();
        }
        if (!regionsAny.isEmpty() && !any(regionsAny, index(s.regions()), why, "region:")) {
            return List.of();
        }
        if (!focusAny.isEmpty()) {
            Map<String, String> focus = index(s.focus() == null ? null : s.focus().countries());
            focus.putAll(index(s.focus() == null ? null : s.focus().regions()));
            if (!any(focusAny, focus, why, "focus:")) {
                return List.of();
            }
        }
        if (!languageAny.isEmpty() && !any(languageAny, index(s.language() == null ? null : List.of(s.language())), why, "language:")) {
            return List.of();
        }
        if (!providerAny.isEmpty() && !any(providerAny, index(s.provider() == null ? null : List.of(s.provider())), why, "provider:")) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(why));
    }

    /** Whether any wanted value is present (case-insensitive); adds the story's own form of each hit to {@code why}. */
    private static boolean any(List<String> wanted, Map<String, String> present, List<String> why, String prefix) {
        boolean hit = false;
        for (String w : wanted) {
            String found = present.get(w.toLowerCase(Locale.ROOT));
            if (found != null) {
                why.add(prefix + found);
                hit = true;
            }
        }
        return hit;
    }

    /** The story's people and organisations by lower-case id and canonical name, to their ids. */
    private static Map<String, String> actors(EnrichedStory s) {
        Map<String, String> out = new HashMap<>();
        for (EnrichedStory.PersonTag p : s.people() == null ? List.<EnrichedStory.PersonTag>of() : s.people()) {
            String id = p.id() != null ? p.id() : p.name();
            out.put(id.toLowerCase(Locale.ROOT), id);
            out.put(p.name().toLowerCase(Locale.ROOT), id);
        }
        for (EnrichedStory.OrganisationTag o : s.organisations() == null ? List.<EnrichedStory.OrganisationTag>of() : s.organisations()) {
            String id = o.id() != null ? o.id() : o.name();
            out.put(id.toLowerCase(Locale.ROOT), id);
            out.put(o.name().toLowerCase(Locale.ROOT), id);
        }
        return out;
    }

    /** Lower case to the value as the story has it. */
    private static Map<String, String> index(List<String> values) {
        Map<String, String> out = new HashMap<>();
        for (String v : values == null ? List.<String>of() : values) {
            out.put(v.toLowerCase(Locale.ROOT), v);
        }
        return out;
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }
}
