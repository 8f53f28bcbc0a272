package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Person;
import io.wirefeed.enrich.kb.KnowledgeBase.Place;
import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import io.wirefeed.enrich.tagging.AliasIndex.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass 2, resolve: one meaning for each match, and what it stands for in this story. A full name over
 * anything, then by kind; a surname alone to a person; a country name by the story's words and date
 * ("Georgia" the US state); a place that stands for an organisation ("Brussels" for the EU unless Belgium
 * is named); a place name several countries share by the story's countries ({@link PlaceSenses}). Also the
 * dateline's country and the provider's organisation.
 */
final class ResolvePass {
    private final CompiledKb kb;

    ResolvePass(CompiledKb kb) {
        this.kb = kb;
    }

    void run(Draft draft) {
        Map<String, Person> fullNamed = fullNamed(draft.matches);
        Set<String> namedCountries = new LinkedHashSet<>();
        Set<String> countriesByName = new HashSet<>();
        for (Match m : draft.matches) {
            // indexed, as in the loops below over every match's meanings: an iterator a match is most of this pass's garbage
            for (int k = 0; k < m.targets().size(); k++) {
                Target t = m.targets().get(k);
                if (t.kind() == Kind.COUNTRY || t.kind() == Kind.DEMONYM) {
                    namedCountries.add(t.ref());
                    countriesByName.add(t.ref());
                } else if (t.kind() == Kind.PLACE) {
                    namedCountries.add(kb.places.get(t.ref()).country());
                }
            }
        }
        draft.datelineCountry = draft.story.dateline() == null ? null : datelineCountry(draft.story.dateline(), countriesByName, draft.matches);
        String storyKey = null; // built only when a country-context rule needs it
        PlaceSenses senses = null; // built only when a place name has namesakes in other countries or is qualified
        // "Athens, Georgia", "London, Ontario": the state's or province's own match is no country or town of its own
        Map<Integer, String> stateAt = null; // by the state's first token
        List<Match> states = null;
        List<Match> matches = draft.matches;
        for (int i = 0; i < matches.size(); i++) {
            Match state = matches.get(i).from() == matches.get(i).to() ? stateAround(matches, i, draft.tokens) : null;
            if (state != null) {
                matches.set(i, state);
                while (i + 1 < matches.size() && matches.get(i + 1).to() <= state.to()) {
                    matches.remove(i + 1); // "Columbia" of "British Columbia" is no Colombia
                }
            }
        }
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            int next = m.to() + 1;
            if (next >= draft.tokens.size() || !draft.tokens.afterComma(next) || !draft.tokens.capitalised(next)) {
                continue;
            }
            Match qualifying = i + 1 < matches.size() && matches.get(i + 1).from() == next ? matches.get(i + 1) : null;
            String[] qualifier = qualifier(draft.tokens, next, qualifying);
            if (qualifier != null && qualifying == null && i + 1 < matches.size()
                    && matches.get(i + 1).from() <= Integer.parseInt(qualifier[2])) {
                qualifier = null; // matches never overlap: "York" of "New York" matched alone
            }
            if (qualifier != null && qualifying != null && i + 2 < matches.size() && isCountry(matches.get(i + 2))
                    && matches.get(i + 2).from() == qualifying.to() + 1) {
                qualifier = null; // a list: "envoys from Sarajevo, Serbia, Croatia and Slovenia"
            }
            Target t = qualifier == null ? null : choose(m, fullNamed);
            if (t != null && t.kind() == Kind.PLACE) {
                if (senses == null) {
                    senses = new PlaceSenses(kb, matches, draft.datelineCountry, StoryLanguage.homes(draft.language()));
                }
                Target sense = senses.settle(m, qualifier[0], qualifier[1]);
                if (qualifying == null) {
                    // "Paris, Texas": the state the knowledge base has no entry for still names its country
                    states = states == null ? new ArrayList<>(2) : states;
                    states.add(new Match(next, Integer.parseInt(qualifier[2]),
                            List.of(new Target(Kind.COUNTRY, qualifier[1], AliasIndex.CaseRule.CAPITALISED, false))));
                } else if (qualifier[1] != null
                        && (sense == null || kb.places.get(sense.ref()).country().equals(qualifier[1]))) {
                    stateAt = stateAt == null ? new java.util.HashMap<>(2) : stateAt;
                    stateAt.put(next, qualifier[1]);
                }
            }
        }
        if (states != null) {
            matches.addAll(states);
            matches.sort(Comparator.comparingInt(Match::from));
        }
        // a surname alone is first a person of the countries the story is in: those it names and those of the bodies
        // it names ("Петков" in a Bulgarian story on ПП is Kiril Petkov); not the dateline's alone, where a local
        // namesake is as likely ("ΘΕΣΣΑΛΟΝΙΚΗ - ... Ο Χατζηδάκης" after another Chatzidakis)
        Set<String> surnameCountries = new HashSet<>(namedCountries);
        for (Match m : matches) {
            if (m.targets().size() == 1 && m.targets().get(0).kind() == Kind.ORGANISATION) {
                String country = kb.orgs.get(m.targets().get(0).ref()).country();
                if (country != null) {
                    surnameCountries.add(country);
                }
            }
        }
        List<Reading> readings = new ArrayList<>(matches.size());
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            Target t = choose(m, fullNamed);
            if (t == null) {
                continue;
            }
            if (t.kind() == Kind.PLACE) {
                Target person = homeSurname(m, t, fullNamed, surnameCountries, countriesByName, draft);
                t = person != null ? person : t;
            }
            if (t.kind() == Kind.PLACE && (PlaceSenses.hasNamesakes(kb, m) || (senses != null && senses.unplaced(m)))) {
                if (senses == null) {
                    senses = new PlaceSenses(kb, matches, draft.datelineCountry, StoryLanguage.homes(draft.language()));
                }
                if (senses.unplaced(m)) {
                    continue; // "Paris, Texas" in this story: a town the knowledge base lacks
                }
                t = senses.choose(m, t);
            } else if (t.kind() == Kind.PLACE && senses != null && senses.settled(m)) {
                t = senses.choose(m, t);
            } else if (t.kind() == Kind.ORGANISATION && m.targets().size() > 1) {
                t = ofStoryCountry(m, t, countriesByName, namedCountries, draft);
            }
            String state = stateAt == null ? null : stateAt.get(m.from());
            if (state != null && t.kind() != Kind.COUNTRY && !isUnitOf(t, state)) {
                continue; // "Ontario" after a town's name is the province, not the Californian city
            }
            Reading r = new Reading(m, t);
            r.sharedName = t.kind() == Kind.ORGANISATION && m.targets().size() > 1
                    && sharedUnsettled(m, t, countriesByName, draft);
            switch (t.kind()) {
                case COUNTRY -> {
                    r.country = t.ref();
                    if (state != null) {
                        r.country = state; // "Athens, Georgia": the US state
                    } else if (m.from() == m.to() && kb.metonymy.hasContextRule(draft.tokens.key(m.from()))) {
                        if (storyKey == null) {
                            storyKey = " " + String.join(" ", Arrays.copyOf(draft.tokens.key, draft.tokens.size())) + " ";
                        }
                        // "Georgia" the US state, "Macedonia" the Greek region
                        r.country = kb.metonymy.countryFor(t.ref(), draft.tokens.key(m.from()), storyKey, draft.day,
                                unitCountries(matches));
                    }
                }
                case DEMONYM -> r.country = t.ref();
                case PLACE -> {
                    r.standsFor = standsFor(kb.places.get(t.ref()), countriesByName);
                    // "talks in Brussels", "u Bruxellesu": where it happens, neither the body nor its host country
                    r.seatOnly = r.standsFor != null && m.from() > 0
                            && ContextFilterPass.LOCATIVE.contains(draft.tokens.key(m.from() - 1));
                }
                case PERSON -> r.person = kb.people.get(t.ref());
                // "in May": a month's name alone is no one's surname, whatever the story's country
                case SURNAME -> r.person = CALENDAR.contains(t.ref()) && !fullNamed.containsKey(t.ref()) ? null
                        : resolveSurname(t.ref(), fullNamed, surnameCountries, draft.day);
                default -> { }
            }
            readings.add(r);
        }
        draft.readings = readings;
        draft.provider = draft.story.provider() == null ? null : kb.orgsByKey.get(Folding.get().key(draft.story.provider()));
    }

    /**
     * What the words from token {@code from} (after a town's name and a comma) say of the town's country, when
     * the words after them close the phrase ("Athens, Georgia, voted"): {the country named or null, the country of
     * the state or province named or null}, or null when they name neither. {@code m}: the match starting there,
     * or null ("Texas" matches nothing).
     */
    private String[] qualifier(Tokens tokens, int from, Match m) {
        if (m != null) {
            String country = null;
            for (Target t : m.targets()) {
                if (t.kind() == Kind.COUNTRY) {
                    country = t.ref();
                }
            }
            String state = kb.metonymy.subdivisionCountry(tokens, m.from(), m.to());
            return closes(tokens, m.to()) && (country != null || state != null) ? new String[] {country, state} : null;
        }
        for (int to = from; to < Math.min(tokens.size(), from + MAX_STATE_WORDS); to++) {
            String state = closes(tokens, to) ? kb.metonymy.subdivisionCountry(tokens, from, to) : null;
            if (state != null) {
                return new String[] {null, state, Integer.toString(to)};
            }
        }
        return null;
    }

    /**
     * The state or province of several words that the one-word match {@code i} is part of, as one match naming
     * the state's country ("North Carolina", "New Mexico", "British Columbia"), or null; only over words no other
     * match covers but one-word matches inside the name, which it replaces.
     */
    private Match stateAround(List<Match> matches, int i, Tokens tokens) {
        String[] state = kb.metonymy.subdivisionAround(tokens, matches.get(i).from());
        if (state == null) {
            return null;
        }
        int from = Integer.parseInt(state[0]);
        int to = Integer.parseInt(state[1]);
        if ((i > 0 && matches.get(i - 1).to() >= from) || (i + 1 < matches.size() && matches.get(i + 1).from() <= to
                && matches.get(i + 1).to() > to)) {
            return null;
        }
        return new Match(from, to, List.of(new Target(Kind.COUNTRY, state[2], AliasIndex.CaseRule.CAPITALISED, false)));
    }

    private static boolean isCountry(Match m) {
        return m.targets().stream().anyMatch(t -> t.kind() == Kind.COUNTRY);
    }

    /** States and provinces are named in at most this many words ("Prince Edward Island"). */
    private static final int MAX_STATE_WORDS = 4;

    /** Whether a comma, bracket, dash or sentence end follows token {@code to}: "in Sarajevo, Serbia's minister" goes on. */
    private static boolean closes(Tokens tokens, int to) {
        return to + 1 >= tokens.size() || tokens.afterComma(to + 1) || tokens.sentenceStart(to + 1);
    }

    /** People named in full, by folded surname: a surname alone resolves to them first. */
    private Map<String, Person> fullNamed(List<Match> matches) {
        Map<String, Person> fullNamed = new LinkedHashMap<>();
        for (Match m : matches) {
            for (int k = 0; k < m.targets().size(); k++) {
                Target t = m.targets().get(k);
                if (t.kind() == Kind.PERSON) {
                    fullNamed.putIfAbsent(kb.surnameKey(t.ref()), kb.people.get(t.ref()));
                }
            }
        }
        return fullNamed;
    }

    /**
     * The countries of the admin1 units the story's matches can mean ("Florida" in "Florida, Georgia and the
     * Carolinas" is a US state): a sign that a country name with a context rule means its alternative.
     */
    private Set<String> unitCountries(List<Match> matches) {
        Set<String> out = new HashSet<>();
        for (Match m : matches) {
            for (Target t : m.targets()) {
                Place p = t.kind() == Kind.PLACE ? kb.places.get(t.ref()) : null;
                if (p != null && CompiledKb.ADMIN1.equals(p.kind())) {
                    out.add(p.country());
                }
            }
        }
        return out;
    }

    /** Whether {@code t} is an admin1 unit of {@code country} (the state itself in "Paris, Texas"). */
    private boolean isUnitOf(Target t, String country) {
        Place p = t.kind() == Kind.PLACE ? kb.places.get(t.ref()) : null;
        return p != null && CompiledKb.ADMIN1.equals(p.kind()) && p.country().equals(country);
    }

    /**
     * Picks one meaning for a match: a full name over anything, then by the kind's rank; an organisation's
     * own alias or full name over another's bare base name; among places, the more important.
     */
    Target choose(Match m, Map<String, Person> fullNamed) {
        Target best = null;
        for (int k = 0; k < m.targets().size(); k++) {
            Target t = m.targets().get(k);
            if (t.kind() == Kind.SURNAME && fullNamed.containsKey(t.ref())) {
                return t; // "Dačić" after "Ivica Dačić": the person, whatever else the word can mean
            }
            if (best == null || rank(t) < rank(best) || (rank(t) == rank(best) && best.baseName() && !t.baseName())
                    || (t.kind() == Kind.PLACE && best.kind() == Kind.PLACE
                    && CompiledKb.likelier(kb.places.get(t.ref()), kb.places.get(best.ref())))) {
                best = t;
            }
        }
        return best;
    }

    /**
     * Of several organisations one name or acronym stands for ("SDS" is a Slovenian and a Bosnian party), the
     * one of a country the story names or is written in the language of; else {@code chosen}. An organisation's
     * own name of a country the story does not name also yields to the bare base name of one it names: Turkey's
     * "Republican People's Party" in a story from Cairo is "Republican People's Party (Egypt)".
     */
    private Target ofStoryCountry(Match m, Target chosen, Set<String> countriesByName, Set<String> namedCountries, Draft draft) {
        Target best = chosen;
        int bestTier = tier(chosen, countriesByName, namedCountries, draft);
        for (Target t : m.targets()) {
            if (t.kind() == Kind.ORGANISATION && !(chosen.baseName() && !t.baseName())) {
                int tier = tier(t, countriesByName, namedCountries, draft);
                if (tier < bestTier) {
                    best = t;
                    bestTier = tier;
                }
            }
        }
        return best;
    }

    /**
     * How strongly the story refers to an organisation's country: 0 named by name or demonym and the country of its
     * language, 1 either, 2 only through a place's name (a village of that country may be a word of this story's
     * language), 3 not at all. A Slovenian story's "SDS" is Slovenia's party though some word in it is a Bulgarian village.
     */
    private int tier(Target org, Set<String> countriesByName, Set<String> namedCountries, Draft draft) {
        String country = kb.orgs.get(org.ref()).country();
        if (country == null) {
            return 3;
        }
        int strong = (countriesByName.contains(country) ? 1 : 0) + (StoryLanguage.homes(draft.language()).contains(country) ? 1 : 0);
        return strong == 2 ? 0 : strong == 1 ? 1 : namedCountries.contains(country) ? 2 : 3;
    }

    /**
     * Whether {@code chosen}, one of several countries' organisations a shared name or acronym stands for, was picked
     * with neither its country named by name nor the story in its language: then its country is no reference of the
     * story's ("SDS" read as one party of three must not make the story Bulgarian or Bosnian).
     */
    private boolean sharedUnsettled(Match m, Target chosen, Set<String> countriesByName, Draft draft) {
        String country = kb.orgs.get(chosen.ref()).country();
        if (country == null || countriesByName.contains(country) || StoryLanguage.homes(draft.language()).contains(country)) {
            return false;
        }
        for (Target t : m.targets()) {
            String other = t.kind() == Kind.ORGANISATION ? kb.orgs.get(t.ref()).country() : null;
            if (other != null && !other.equals(country)) {
                return true;
            }
        }
        return false;
    }

    /** Which meaning wins when one alias has several: lower first. */
    static int rank(Target t) {
        return switch (t.kind()) {
            case PERSON -> 0;
            case ORGANISATION -> 1;
            case COUNTRY -> 2;
            case REGION -> 3;
            case PLACE -> 4;
            case SURNAME -> 5;
            case DEMONYM -> 6;
            case TITLE -> 7;
        };
    }

    /**
     * The organisation a place's name stands for by a rule of {@code kb/rules.yaml} ("Brussels" is the EU unless
     * the story names Belgium by name or demonym), or null.
     */
    private Organisation standsFor(Place p, Set<String> countriesByName) {
        Metonymy.Rule rule = kb.metonymy.forPlace(p.name());
        if (rule == null || countriesByName.contains(rule.unlessCountry())) {
            return null;
        }
        return kb.orgs.get(rule.org());
    }

    /** months and days, folded: alone, such a word is the date, not the surname it also is (Theresa May) */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    /**
     * The surname meaning of a match read as a foreign town when the surname is one person's of the story's own
     * language's country and no country name or demonym names the town's ("Борисов" in Bulgarian copy is Boyko
     * Borissov, not Barysaw in Belarus), else null.
     */
    private Target homeSurname(Match m, Target place, Map<String, Person> fullNamed, Set<String> surnameCountries,
            Set<String> countriesByName, Draft draft) {
        Set<String> homes = StoryLanguage.homes(draft.language());
        String country = kb.places.get(place.ref()).country();
        if (homes.isEmpty() || homes.contains(country) || countriesByName.contains(country)) {
            return null;
        }
        for (Target t : m.targets()) {
            if (t.kind() == Kind.SURNAME) {
                Person p = resolveSurname(t.ref(), fullNamed, surnameCountries, draft.day);
                return p != null && homes.contains(p.country()) ? t : null;
            }
        }
        return null;
    }

    /**
     * A surname alone: the person named in full in this story, else the one person in the knowledge base
     * with that surname from a country the story names, else the only bearer of it who is in office on the
     * story's date; otherwise unresolved (null).
     */
    Person resolveSurname(String key, Map<String, Person> fullNamed, Set<String> namedCountries, LocalDate day) {
        Person named = fullNamed.get(key);
        if (named != null) {
            return named;
        }
        List<Person> candidates = kb.bySurname.getOrDefault(key, List.of());
        List<Person> fitting = candidates.stream().filter(p -> namedCountries.contains(p.country())).toList();
        if (fitting.size() == 1) {
            return fitting.get(0);
        }
        List<Person> inOffice = (fitting.isEmpty() ? candidates : fitting).stream()
                .filter(p -> p.roles().stream().anyMatch(r -> r.validOn(day))).toList();
        return inOffice.size() == 1 ? inOffice.get(0) : null;
    }

    /**
     * The country of the first place or country the dateline names, or null; a place that stands for an
     * organisation in this story (BRUSSELS for the EU, unless the story names Belgium) names no country. A
     * name that towns of several countries share is the one in the story's countries ("GRAČANICA" over a
     * Kosovo story is Kosovo's, not Bosnia's), as in the story's text.
     */
    private String datelineCountry(String dateline, Set<String> countriesByName, List<Match> storyMatches) {
        List<Match> found = new ArrayList<>();
        kb.index.match(Tokens.of(dateline), found::add);
        for (Match m : found) {
            Target t = choose(m, Map.of());
            if (t != null && t.kind() == Kind.PLACE && PlaceSenses.hasNamesakes(kb, m)) {
                t = new PlaceSenses(kb, storyMatches, null).choose(m, t);
            }
            if (t != null && t.kind() == Kind.PLACE) {
                Place p = kb.places.get(t.ref());
                return standsFor(p, countriesByName) != null ? null : p.country();
            }
            if (t != null && t.kind() == Kind.COUNTRY) {
                return t.ref();
            }
        }
        return null;
    }
}
