package io.wirefeed.sink.watch;

import io.wirefeed.model.EnrichedStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** The tags that made the story match, or an empty list when it does not. */
    public List<String> match(EnrichedStory s) {
        List<String> why = new ArrayList<>();
        Set<String> actors = actors(s);
        if (!actorsAny.isEmpty() && !any(actorsAny, actors, why, "")) {
            return List.of();
        }
        if (!actorsAll.isEmpty()) {
            for (String a : actorsAll) {
                if (!actors.contains(a.toLowerCase(Locale.ROOT))) {
                    return List.of();
                }
            }
            actorsAll.forEach(a -> why.add(a));
        }
        if (!countriesAny.isEmpty() && !any(countriesAny, lower(s.countries()), why, "country:")) {
            return List.of();
        }
        if (!regionsAny.isEmpty() && !any(regionsAny, lower(s.regions()), why, "region:")) {
            return List.of();
        }
        if (!focusAny.isEmpty()) {
            Set<String> focus = lower(s.focus().countries());
            focus.addAll(lower(s.focus().regions()));
            if (!any(focusAny, focus, why, "focus:")) {
                return List.of();
            }
        }
        if (!languageAny.isEmpty() && !any(languageAny, lower(s.language() == null ? List.of() : List.of(s.language())), why, "language:")) {
            return List.of();
        }
        if (!providerAny.isEmpty() && !any(providerAny, lower(s.provider() == null ? List.of() : List.of(s.provider())), why, "provider:")) {
            return List.of();
        }
        return List.copyOf(why);
    }

    private static boolean any(List<String> wanted, Set<String> present, List<String> why, String prefix) {
        boolean hit = false;
        for (String w : wanted) {
            if (present.contains(w.toLowerCase(Locale.ROOT))) {
                why.add(prefix + w);
                hit = true;
            }
        }
        return hit;
    }

    /** Ids and canonical names of the story's people and organisations, lower case. */
    private static Set<String> actors(EnrichedStory s) {
        Set<String> out = new java.util.HashSet<>();
        s.people().forEach(p -> {
            out.add(p.id().toLowerCase(Locale.ROOT));
            out.add(p.name().toLowerCase(Locale.ROOT));
        });
        s.organisations().forEach(o -> {
            out.add(o.id().toLowerCase(Locale.ROOT));
            out.add(o.name().toLowerCase(Locale.ROOT));
        });
        return out;
    }

    private static Set<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }
}
