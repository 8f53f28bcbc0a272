package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase.Person;
import io.wirefeed.enrich.kb.KnowledgeBase.Place;
import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import io.wirefeed.enrich.tagging.AliasIndex.Target;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sense of each place name that several countries share ("Valencia" in Spain and Venezuela, "Tripoli"
 * in Libya and Lebanon), one per story: the namesake in a country the story names (by name, demonym,
 * dateline or a person named in full), else in a country of its other, unambiguous places, else in a
 * country whose language the story is written in (a Bulgarian story's "Нови пазар" is Bulgaria's), else the most
 * important; a mention that states the country ("Tripoli, Lebanon", "Athens, Georgia") settles it. Every
 * mention of the same name then reads the same. Built for a story only when it has such a name.
 */
final class PlaceSenses {
    /**
     * A namesake this many times smaller than the largest is not taken for it even in its own country's
     * story: Greece's small Tripoli is not Libya's capital in a story about Greek coastguards.
     */
    private static final long MAX_POPULATION_RATIO = 30;

    private final CompiledKb kb;
    /** countries named, the dateline's, and those of people named in full */
    private final Set<String> named = new HashSet<>();
    /** countries of the places whose name only one country has */
    private final Set<String> placed = new HashSet<>();
    /** the sense chosen for each ambiguous name, by its meanings */
    private final Map<List<Target>, Target> chosen = new HashMap<>();
    /** names that mean a town the knowledge base lacks ("Paris, Texas"): no place at all in this story */
    private final Set<List<Target>> unplaced = new HashSet<>();

    /** countries whose own language the story is written in */
    private final Set<String> languageHomes;

    PlaceSenses(CompiledKb kb, List<Match> matches, String datelineCountry) {
        this(kb, matches, datelineCountry, Set.of());
    }

    PlaceSenses(CompiledKb kb, List<Match> matches, String datelineCountry, Set<String> languageHomes) {
        this.kb = kb;
        this.languageHomes = languageHomes;
        if (datelineCountry != null) {
            named.add(datelineCountry);
        }
        for (Match m : matches) {
            String placeCountry = null;
            boolean onePlaceCountry = true;
            for (Target t : m.targets()) {
                switch (t.kind()) {
                    case COUNTRY, DEMONYM -> named.add(t.ref());
                    case PERSON -> {
                        Person p = kb.people.get(t.ref());
                        if (p != null && p.country() != null) {
                            named.add(p.country());
                        }
                    }
                    case PLACE -> {
                        String c = kb.places.get(t.ref()).country();
                        onePlaceCountry &= placeCountry == null || placeCountry.equals(c);
                        placeCountry = c;
                    }
                    default -> { }
                }
            }
            if (placeCountry != null && onePlaceCountry) {
                placed.add(placeCountry);
            }
        }
    }

    /** Whether the match's meanings include places in more than one country. */
    static boolean hasNamesakes(CompiledKb kb, Match m) {
        String country = null;
        for (Target t : m.targets()) {
            if (t.kind() == Kind.PLACE) {
                String c = kb.places.get(t.ref()).country();
                if (country != null && !country.equals(c)) {
                    return true;
                }
                country = c;
            }
        }
        return false;
    }

    /** The place a name with namesakes means in this story; {@code mostImportant} is the choice without context. */
    Target choose(Match m, Target mostImportant) {
        return chosen.computeIfAbsent(m.targets(), k -> inContext(m, mostImportant));
    }

    /**
     * Settles the name's sense for the whole story from a mention that states its country ("Tripoli, Lebanon"):
     * the most important of its places in {@code country}, else in {@code stateCountry} (the country of a state
     * named so, "Athens, Georgia"). Returns that place, or null when the name has none there: then it is a town
     * the knowledge base lacks ("Paris, Texas") and no place anywhere in the story.
     */
    Target settle(Match m, String country, String stateCountry) {
        Target sense = null;
        for (String c : new String[] {country, stateCountry}) {
            for (Target t : m.targets()) {
                Place p = c != null && t.kind() == Kind.PLACE ? kb.places.get(t.ref()) : null;
                if (p != null && p.country().equals(c)
                        && (sense == null || CompiledKb.likelier(p, kb.places.get(sense.ref())))) {
                    sense = t;
                }
            }
            if (sense != null) {
                break;
            }
        }
        if (sense == null) {
            unplaced.add(m.targets());
        } else {
            chosen.put(m.targets(), sense);
        }
        return sense;
    }

    /** Whether a mention elsewhere settled that this name is a town the knowledge base lacks. */
    boolean unplaced(Match m) {
        return unplaced.contains(m.targets());
    }

    /** Whether a mention elsewhere settled this name's sense. */
    boolean settled(Match m) {
        return chosen.containsKey(m.targets());
    }

    /**
     * A hand-written gazetteer row without a population (a Kosovo municipality formed after the GeoNames extract):
     * no floor holds it back, since its size is unknown, not small.
     */
    private static boolean unknownPopulation(Place p) {
        return p.population() == 0 && p.geonameId() == null;
    }

    private Target inContext(Match m, Target mostImportant) {
        long floor = kb.places.get(mostImportant.ref()).population() / MAX_POPULATION_RATIO;
        for (Set<String> countries : List.of(named, placed, languageHomes)) {
            Target best = null;
            for (Target t : m.targets()) {
                Place p = t.kind() == Kind.PLACE ? kb.places.get(t.ref()) : null;
                if (p != null && countries.contains(p.country()) && (p.population() >= floor || unknownPopulation(p))
                        && (best == null || CompiledKb.likelier(p, kb.places.get(best.ref())))) {
                    best = t;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return mostImportant;
    }
}
