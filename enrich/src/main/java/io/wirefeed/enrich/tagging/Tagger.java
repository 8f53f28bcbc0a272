package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase;
import io.wirefeed.enrich.kb.KnowledgeBase.Country;
import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Person;
import io.wirefeed.enrich.kb.KnowledgeBase.Place;
import io.wirefeed.enrich.kb.KnowledgeBase.Region;
import io.wirefeed.enrich.tagging.AliasIndex.CaseRule;
import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import io.wirefeed.enrich.tagging.AliasIndex.Target;
import io.wirefeed.enrich.tagging.FocusScorer.Position;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.Mention;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import io.wirefeed.model.EnrichedStory.PersonTag;
import io.wirefeed.model.EnrichedStory.PlaceTag;
import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tagging engine: tags one story with the countries, regions, places, people and organisations it
 * refers to, the countries it is about, and every mention with its offsets. Built once from a knowledge
 * base (all aliases in one {@link AliasIndex}); {@link #tag} is thread-safe and allocates per story only.
 */
public final class Tagger {
    public static final String VERSION = "0.1.0";
    /** Organisation kinds that stand for their country when named. */
    private static final Set<String> STATE_BODIES = Set.of("government", "presidency", "parliament", "ministry");
    /** Organisation kinds that are sources ("according to Reuters"), not subjects: their country adds nothing to the focus. */
    private static final Set<String> MEDIA = Set.of("agency", "media", "broadcaster");

    private final KnowledgeBase kb;
    private final AliasIndex index = new AliasIndex();
    private final RegionTaxonomy taxonomy;
    private final RoleFinder roles;
    private final Map<String, Country> countries;
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Organisation> orgs = new HashMap<>();
    private final Map<String, Place> places = new HashMap<>();
    /** the folded main name of each place, by place ref */
    private final Map<String, String> placeKeys = new HashMap<>();
    private final Map<String, List<Person>> bySurname = new HashMap<>();
    private final Map<String, Organisation> orgsByKey = new HashMap<>();
    private final Metonymy metonymy;
    private final UnknownNames unknownNames;

    public Tagger(KnowledgeBase kb) {
        this.kb = kb;
        this.taxonomy = new RegionTaxonomy(kb);
        this.countries = kb.countriesByCode();
        this.metonymy = Metonymy.load();
        Folding folding = Folding.get();
        for (Country c : kb.countries()) {
            c.names().forEach(n -> index.add(n, new Target(Kind.COUNTRY, c.code(), CaseRule.CAPITALISED, true)));
            c.foreignNames().forEach(n -> index.add(n, new Target(Kind.COUNTRY, c.code(), CaseRule.CAPITALISED, false)));
            c.former().forEach(f -> index.add(f.name(), new Target(Kind.COUNTRY, c.code(), CaseRule.CAPITALISED, true)));
            Set<String> caseSensitive = Set.copyOf(c.caseSensitive());
            c.demonyms().forEach(d -> index.add(d, new Target(Kind.DEMONYM, c.code(),
                    caseSensitive.contains(d) ? CaseRule.CAPITALISED : CaseRule.ANY, true)));
        }
        for (Region r : kb.regions()) {
            r.names().forEach(n -> index.add(n, new Target(Kind.REGION, r.slug(),
                    n.contains(" ") ? CaseRule.ANY : CaseRule.CAPITALISED, true)));
        }
        for (int i = 0; i < kb.places().size(); i++) {
            Place p = kb.places().get(i);
            String ref = Integer.toString(i);
            places.put(ref, p);
            placeKeys.put(ref, folding.key(p.name()));
            // Balkan places, capitals and big cities: every name, inflected (Balkan copy declines them).
            // Elsewhere: the main name and longer Latin-script names, exact; GeoNames' other names for small
            // foreign towns are too often ordinary words in some language ("Након", "Nuk").
            boolean balkan = Metonymy.BALKANS.contains(p.country());
            boolean major = balkan || p.population() >= 1_000_000 || "capital".equals(p.kind());
            Target t = new Target(Kind.PLACE, ref, CaseRule.CAPITALISED, major);
            index.add(p.name(), t);
            for (String n : p.names()) {
                int length = folding.key(n).length();
                boolean shortOk = balkan || ("capital".equals(p.kind()) && p.population() >= 500_000);
                if ((major && (length >= 5 || shortOk)) || (length >= 5 && n.chars().allMatch(ch -> ch < 0x0370))) {
                    index.add(n, t);
                }
            }
        }
        metonymy.placeAliases().forEach((alias, placeName) -> {
            for (Map.Entry<String, Place> e : places.entrySet()) {
                if (e.getValue().name().equals(placeName)) {
                    index.add(alias, new Target(Kind.PLACE, e.getKey(), caseRuleOf(alias), true));
                }
            }
        });
        for (Person p : kb.people()) {
            people.put(p.id(), p);
            Target full = new Target(Kind.PERSON, p.id(), CaseRule.CAPITALISED, true);
            index.add(p.name(), full);
            p.aliases().forEach(a -> index.add(a, full));
            Set<String> surnames = new LinkedHashSet<>();
            surnames.add(p.surname() != null ? p.surname() : lastWord(p.name()));
            p.aliases().forEach(a -> surnames.add(lastWord(a)));
            for (String s : surnames) {
                if (folding.key(s).length() >= 3) {
                    index.add(s, new Target(Kind.SURNAME, folding.key(s), CaseRule.CAPITALISED, true));
                    List<Person> list = bySurname.computeIfAbsent(folding.key(s), k -> new ArrayList<>());
                    if (!list.contains(p)) {
                        list.add(p);
                    }
                }
            }
        }
        for (Organisation o : kb.organisations()) {
            orgs.put(o.id(), o);
            index.add(o.name(), new Target(Kind.ORGANISATION, o.id(), CaseRule.CAPITALISED, true));
            if (o.name().endsWith(")") && o.name().contains(" (")) {
                // "National Liberal Party (Romania)" is written "National Liberal Party"; but "Social Democrats"
                // or "Democratic Party" alone is as often another country's party, so this name is marked and
                // counts only where the story refers to the country (resolved in tag, see BaseNameMatch)
                index.add(o.name().substring(0, o.name().lastIndexOf(" (")), Target.baseName(o.id()));
            } else if ("party".equals(o.kind()) && o.country() != null && countries.containsKey(o.country())
                    && o.name().endsWith(" of " + countries.get(o.country()).name())) {
                // "Democratic Party of Albania" is written "the Democratic Party" in stories about Albania: the same rule
                index.add(o.name().substring(0, o.name().length() - countries.get(o.country()).name().length() - 4),
                        Target.baseName(o.id()));
            }
            orgsByKey.putIfAbsent(folding.key(o.name()), o);
            for (String a : o.aliases()) {
                index.add(a, new Target(Kind.ORGANISATION, o.id(), caseRuleOf(a), caseRuleOf(a) != CaseRule.ALL_CAPS));
                orgsByKey.putIfAbsent(folding.key(a), o);
            }
        }
        kb.titles().forEach(t -> index.add(t.phrase(), new Target(Kind.TITLE, t.role(), CaseRule.ANY, true)));
        this.roles = new RoleFinder();
        Set<String> firstNames = new java.util.HashSet<>(kb.firstNames().stream().map(folding::key).toList());
        for (Person p : kb.people()) {
            String[] words = p.name().split("\\s+");
            if (words.length > 1 && folding.key(words[0]).length() >= 3) {
                firstNames.add(folding.key(words[0]));
            }
        }
        this.unknownNames = new UnknownNames(Set.copyOf(firstNames));
    }

    private static CaseRule caseRuleOf(String alias) {
        boolean hasLetter = alias.chars().anyMatch(Character::isLetter);
        boolean allCaps = hasLetter && alias.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return allCaps && alias.length() <= 12 ? CaseRule.ALL_CAPS : CaseRule.CAPITALISED;
    }

    private static String lastWord(String name) {
        String[] w = name.trim().split("\\s+");
        return w[w.length - 1];
    }

    public String kbVersion() {
        return kb.version();
    }

    public int aliasCount() {
        return index.size();
    }

    /** Tags a story. */
    public EnrichedStory tag(WireStory story) {
        String text = story.taggedText();
        LocalDate day = dayOf(story);
        Tokens tokens = Tokens.of(text);
        List<Match> matches = new ArrayList<>();
        index.match(tokens, matches::add);
        int headlineEnd = story.headline().length();
        int leadEnd = leadEnd(text, headlineEnd);

        // people named in full first, so that a surname alone can resolve to them
        Map<String, Person> fullNamed = new LinkedHashMap<>();
        for (Match m : matches) {
            for (Target t : m.targets()) {
                if (t.kind() == Kind.PERSON) {
                    fullNamed.putIfAbsent(surnameKey(people.get(t.ref())), people.get(t.ref()));
                }
            }
        }
        Set<String> namedCountries = new LinkedHashSet<>();
        for (Match m : matches) {
            for (Target t : m.targets()) {
                if (t.kind() == Kind.COUNTRY || t.kind() == Kind.DEMONYM) {
                    namedCountries.add(t.ref());
                } else if (t.kind() == Kind.PLACE) {
                    namedCountries.add(places.get(t.ref()).country());
                }
            }
        }

        String storyKey = null; // built only when a context rule needs it
        Tally tally = new Tally();
        FocusScorer focus = new FocusScorer();
        List<Mention> mentions = new ArrayList<>();
        List<Match> accepted = new ArrayList<>();
        List<BaseNameMatch> baseNames = new ArrayList<>();
        for (Match m : matches) {
            Target t = choose(m, fullNamed, namedCountries);
            if (t == null) {
                continue;
            }
            accepted.add(m);
            int start = tokens.start(m.from());
            int end = tokens.end(m.to());
            String surface = text.substring(start, end);
            if (Context.isCurrency(tokens, m) && (t.kind() == Kind.COUNTRY || t.kind() == Kind.DEMONYM)) {
                accepted.remove(accepted.size() - 1);
                continue; // "US$", "Egyptian pounds": money, not the country
            }
            if (t.kind() == Kind.DEMONYM && Context.ethnic(tokens, m)) {
                accepted.remove(accepted.size() - 1);
                continue; // "ethnic Albanian", "etnički Srbi": a people, not the country
            }
            if (t.kind() == Kind.PLACE && Context.firstNameOfKnownPerson(tokens, m, matches)) {
                accepted.remove(accepted.size() - 1);
                continue; // "Constantine Tassoulas": the Speaker's first name, not the Algerian city
            }
            if ((t.kind() == Kind.PLACE || t.kind() == Kind.COUNTRY) && !isMainName(t, tokens, m)
                    && (Context.partOfUnknownName(tokens, m, matches) || Context.loneWordOpeningSentence(tokens, m)
                    || Context.acronymLike(tokens, m))) {
                accepted.remove(accepted.size() - 1);
                continue; // "Julie Kozack", "Constantine Tassoulas": a first name that is also a town
            }
            if (Context.loneWordOpeningSentence(tokens, m) && t.kind() == Kind.ORGANISATION
                    && !Context.alsoElsewhere(tokens, m, matches, t)) {
                accepted.remove(accepted.size() - 1);
                continue; // "Danas je ..." is "Today ...", not the newspaper Danas
            }
            Position pos = start < headlineEnd ? Position.HEADLINE : start < leadEnd ? Position.LEAD : Position.BODY;
            if (t.kind() == Kind.COUNTRY && m.from() == m.to()) {
                storyKey = storyKey != null ? storyKey : " " + String.join(" ", java.util.Arrays.copyOf(tokens.key, tokens.size())) + " ";
                String code = metonymy.countryFor(t.ref(), tokens.key(m.from()), storyKey, day);
                if (!code.equals(t.ref())) {
                    t = new Target(Kind.COUNTRY, code, t.caseRule(), t.inflected()); // "Georgia" the US state, "Macedonia" the Greek region
                }
            }
            switch (t.kind()) {
                case COUNTRY, DEMONYM -> {
                    tally.country(t.ref());
                    if (t.kind() == Kind.COUNTRY) {
                        tally.place(countries.get(t.ref()).name(), "country", t.ref(), null);
                    }
                    focus.add(t.ref(), t.kind() == Kind.COUNTRY ? 1.0 : 0.6, pos);
                    mentions.add(new Mention(start, end, surface, t.kind() == Kind.COUNTRY ? "country" : "demonym", t.ref()));
                }
                case REGION -> {
                    tally.regions.add(t.ref());
                    mentions.add(new Mention(start, end, surface, "region", t.ref()));
                }
                case PLACE -> {
                    Place p = places.get(t.ref());
                    Metonymy.Rule rule = metonymy.forPlace(p.name());
                    if (rule != null && !namesCountry(matches, rule.unlessCountry())) {
                        Organisation o = orgs.get(rule.org());
                        if (o != null) {
                            tally.org(o);
                            mentions.add(new Mention(start, end, surface, "organisation", "org:" + o.id()));
                            continue;
                        }
                    }
                    tally.country(p.country());
                    tally.place(p.name(), p.kind(), p.country(), p.geonameId() == null ? null : "geonames:" + p.geonameId());
                    focus.add(p.country(), 0.8, pos);
                    mentions.add(new Mention(start, end, surface, "place", p.geonameId() != null ? "geonames:" + p.geonameId() : p.country()));
                }
                case PERSON, SURNAME -> {
                    Person p = t.kind() == Kind.PERSON ? people.get(t.ref()) : resolveSurname(t.ref(), fullNamed, namedCountries, day);
                    if (p == null) {
                        mentions.add(new Mention(start, end, surface, "person", null));
                        continue;
                    }
                    tally.person(p, roles.rolesAround(tokens, matches, m.from(), m.to()));
                    if (p.country() != null) {
                        focus.add(p.country(), 0.5, pos);
                    }
                    mentions.add(new Mention(start, end, surface, "person", "person:" + p.id()));
                }
                case ORGANISATION -> {
                    if (t.baseName()) {
                        // the countries the story refers to are known only once every match is read
                        baseNames.add(new BaseNameMatch(m, start, end, surface, pos, mentions.size()));
                        continue;
                    }
                    organisation(orgs.get(t.ref()), start, end, surface, pos, tally, focus, mentions);
                }
                case TITLE -> { /* titles only serve roles */ }
            }
        }
        unknownNames(story, tokens, accepted, tally, mentions);
        if (story.dateline() != null) {
            datelineCountry(story.dateline()).ifPresent(c -> {
                tally.country(c);
                focus.add(c, 1.0, Position.DATELINE);
            });
        }
        resolveBaseNames(baseNames, tally, focus, mentions);
        if (story.provider() != null) {
            Organisation source = orgsByKey.get(Folding.get().key(story.provider()));
            if (source != null) {
                tally.org(source);
            } else {
                tally.unknownOrg(story.provider(), null); // the source outlet, named only in the credit
            }
        }

        List<String> countryList = List.copyOf(tally.countries);
        Set<String> regionSet = new LinkedHashSet<>(taxonomy.regionsOf(countryList, day));
        regionSet.addAll(taxonomy.withAncestors(tally.regions));
        List<String> focusCountries = focus.focus();
        List<String> focusRegions = taxonomy.regionsOf(focusCountries, day);

        String language = story.language() != null ? story.language() : LanguageDetector.detect(text, tokens);
        return new EnrichedStory(story.id(), story.version(), story.headline(), story.bodyText(), language,
                story.provider(), story.format(), story.dateline(), story.versionCreated(),
                story.receivedAt(), countryList, List.copyOf(regionSet),
                new EnrichedStory.Focus(focusCountries, focusRegions), tally.placeTags(), tally.personTags(day),
                tally.orgTags(focusCountries.size() == 1 ? countries.get(focusCountries.get(0)) : null),
                List.copyOf(mentions), new EnrichedStory.TaggerInfo(VERSION, kb.version()));
    }

    /** "Ministry of Finance", "Ministry for Europe": a body every government has, so its name alone names none. */
    private static final java.util.regex.Pattern GENERIC_MINISTRY =
            java.util.regex.Pattern.compile("Ministry (of|for) (the )?[A-Z][\\p{L}]+( (and|of|for) (the )?[A-Z][\\p{L}]+)*");

    /** Rolls up one organisation named at {@code start..end}. */
    private static void organisation(Organisation o, int start, int end, String surface, Position pos, Tally tally,
            FocusScorer focus, List<Mention> mentions) {
        if ("agreement".equals(o.kind())) {
            mentions.add(new Mention(start, end, surface, "agreement", "org:" + o.id()));
            return;
        }
        tally.org(o);
        if (o.country() != null) {
            if (!MEDIA.contains(o.kind())) {
                focus.add(o.country(), 0.4, pos);
            }
            if (STATE_BODIES.contains(o.kind())) {
                tally.country(o.country()); // "Qeveria e Shqipërisë" refers to Albania; a party does not
            }
        }
        mentions.add(new Mention(start, end, surface, "organisation", "org:" + o.id()));
    }

    /** A match made only through the bare base name of country-qualified organisations, kept until the story's countries are known. */
    private record BaseNameMatch(Match match, int start, int end, String surface, Position pos, int mentionAt) {}

    /**
     * "Social Democrats" alone is Slovenia's party in a Slovenian story and not in a Romanian one: a base-name
     * match counts for the one organisation among its meanings whose country the story refers to (countries
     * tagged so far, dateline included, and the countries of the people named) or that has no country; with
     * none or several, it is dropped, mention and all. The tokens stay covered, so it does not come back as an
     * unknown name either.
     */
    private void resolveBaseNames(List<BaseNameMatch> baseNames, Tally tally, FocusScorer focus, List<Mention> mentions) {
        if (baseNames.isEmpty()) {
            return;
        }
        Set<String> referred = new java.util.HashSet<>(tally.countries);
        tally.personCounts.keySet().forEach(id -> referred.add(people.get(id).country()));
        // last first, so that each mention goes back to its place in text order
        for (int i = baseNames.size() - 1; i >= 0; i--) {
            BaseNameMatch b = baseNames.get(i);
            List<Organisation> fitting = b.match().targets().stream().filter(Target::baseName).map(t -> orgs.get(t.ref()))
                    .filter(o -> o.country() == null || referred.contains(o.country())).distinct().toList();
            if (fitting.size() == 1) {
                List<Mention> one = new ArrayList<>(1);
                organisation(fitting.get(0), b.start(), b.end(), b.surface(), b.pos(), tally, focus, one);
                mentions.addAll(b.mentionAt(), one);
            }
        }
    }

    /**
     * People and organisations the knowledge base lacks (see {@link UnknownNames}), the people of the
     * byline, and later mentions of an unknown person by surname alone.
     */
    private void unknownNames(WireStory story, Tokens tokens, List<Match> accepted, Tally tally, List<Mention> mentions) {
        Map<String, String> unknownSurnames = new HashMap<>();
        Set<Integer> used = new java.util.HashSet<>();
        for (UnknownNames.Found f : unknownNames.find(tokens, accepted)) {
            int start = tokens.start(f.from());
            int end = tokens.end(f.to());
            for (int i = f.from(); i <= f.to(); i++) {
                used.add(i);
            }
            if (f.kind() == Kind.ORGANISATION) {
                tally.unknownOrg(f.name(), null);
                mentions.add(new Mention(start, end, f.name(), "organisation", null));
            } else {
                tally.unknownPerson(f.name(), roles.rolesAround(tokens, accepted, f.from(), f.to()));
                unknownSurnames.put(tokens.key(f.to()), f.name());
                mentions.add(new Mention(start, end, f.name(), "person", "person:" + slug(f.name())));
            }
        }
        if (!unknownSurnames.isEmpty()) {
            boolean[] covered = new boolean[tokens.size()];
            accepted.forEach(m -> java.util.Arrays.fill(covered, m.from(), m.to() + 1, true));
            for (int i = 0; i < tokens.size(); i++) {
                String name = unknownSurnames.get(tokens.key(i));
                if (name != null && !covered[i] && !used.contains(i) && tokens.capitalised(i)) {
                    tally.unknownPerson(name, List.of());
                    mentions.add(new Mention(tokens.start(i), tokens.end(i), tokens.surface(i, i), "person", "person:" + slug(name)));
                }
            }
        }
        for (String name : Bylines.names(story.byline())) {
            Tokens t = Tokens.of(name);
            List<Match> found = new ArrayList<>();
            index.match(t, found::add);
            Person known = found.size() == 1 && found.get(0).to() == t.size() - 1 ? found.get(0).targets().stream()
                    .filter(x -> x.kind() == Kind.PERSON).map(x -> people.get(x.ref())).findFirst().orElse(null) : null;
            if (known != null) {
                tally.person(known, List.of());
            } else {
                tally.unknownPerson(name, List.of());
            }
        }
    }

    static String slug(String name) {
        return Folding.get().key(name).replace(' ', '-');
    }

    /**
     * Picks one meaning for a match: a full name over anything, then by the kind's rank and the story's context;
     * an organisation's own alias or full name over another's bare base name.
     */
    private Target choose(Match m, Map<String, Person> fullNamed, Set<String> namedCountries) {
        Target best = null;
        for (Target t : m.targets()) {
            if (t.kind() == Kind.SURNAME && fullNamed.containsKey(t.ref())) {
                return t; // "Dačić" after "Ivica Dačić": the person, whatever else the word can mean
            }
            if (best == null || rank(t) < rank(best) || (rank(t) == rank(best) && best.baseName() && !t.baseName())
                    || (t.kind() == Kind.PLACE && best.kind() == Kind.PLACE
                    && importance(places.get(t.ref())) > importance(places.get(best.ref())))) {
                best = t;
            }
        }
        return best;
    }

    /**
     * Whether the words matched are the place's own main name ("Belgrade", "Plovdiv") rather than one of
     * GeoNames' many other names for it, which are more often ordinary words or first names elsewhere.
     */
    private boolean isMainName(Target t, Tokens tokens, Match m) {
        if (t.kind() == Kind.COUNTRY) {
            return true;
        }
        String written = tokens.key(m.from());
        String main = placeKeys.get(t.ref());
        if (m.from() == m.to() && main.indexOf(' ') > 0) {
            return false; // "Nakhon" is a short form of "Nakhon Si Thammarat", not its name
        }
        return main.startsWith(written.substring(0, Math.min(written.length(), Math.max(3, written.length() - 3))));
    }

    /** Among places sharing a name, a capital, then the larger place: "Belgrade" is Serbia's capital, not Berat's old name. */
    private static long importance(Place p) {
        return ("capital".equals(p.kind()) ? 100_000_000L : 0L) + p.population();
    }

    private static int rank(Target t) {
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
     * A surname alone: the person named in full in this story, else the one person in the knowledge base
     * with that surname from a country the story names, else the only bearer of it who is in office on the
     * story's date; otherwise unresolved.
     */
    private Person resolveSurname(String key, Map<String, Person> fullNamed, Set<String> namedCountries, LocalDate day) {
        Person named = fullNamed.get(key);
        if (named != null) {
            return named;
        }
        List<Person> candidates = bySurname.getOrDefault(key, List.of());
        List<Person> fitting = candidates.stream().filter(p -> namedCountries.contains(p.country())).toList();
        if (fitting.size() == 1) {
            return fitting.get(0);
        }
        List<Person> inOffice = (fitting.isEmpty() ? candidates : fitting).stream()
                .filter(p -> p.roles().stream().anyMatch(r -> r.validOn(day))).toList();
        return inOffice.size() == 1 ? inOffice.get(0) : null;
    }

    private String surnameKey(Person p) {
        return Folding.get().key(p.surname() != null ? p.surname() : lastWord(p.name()));
    }

    /** Whether the story names the country {@code code} (by name or demonym): "Brussels" is the EU unless Belgium is the subject. */
    private static boolean namesCountry(List<Match> matches, String code) {
        return matches.stream().flatMap(m -> m.targets().stream())
                .anyMatch(t -> (t.kind() == Kind.COUNTRY || t.kind() == Kind.DEMONYM) && t.ref().equals(code));
    }

    private java.util.Optional<String> datelineCountry(String dateline) {
        List<Match> found = new ArrayList<>();
        index.match(Tokens.of(dateline), found::add);
        for (Match m : found) {
            Target t = choose(m, Map.of(), Set.of());
            if (t != null && t.kind() == Kind.PLACE) {
                return java.util.Optional.of(places.get(t.ref()).country());
            }
            if (t != null && t.kind() == Kind.COUNTRY) {
                return java.util.Optional.of(t.ref());
            }
        }
        return java.util.Optional.empty();
    }

    /** The end of the lead: the body's first paragraph (some copy breaks paragraphs with one newline), at most 600 chars. */
    static int leadEnd(String text, int headlineEnd) {
        int bodyStart = Math.min(text.length(), headlineEnd + 2);
        int para = text.indexOf('\n', bodyStart);
        int end = para < 0 ? text.length() : para;
        return Math.min(end, bodyStart + 600);
    }

    static LocalDate dayOf(WireStory s) {
        Instant at = s.versionCreated() != null ? s.versionCreated() : s.receivedAt() != null ? s.receivedAt() : Instant.now();
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** Distinct entities of one story with their mention counts, in order of first mention. */
    private final class Tally {
        final Set<String> countries = new LinkedHashSet<>();
        final Set<String> regions = new LinkedHashSet<>();
        final Map<String, int[]> placeCounts = new LinkedHashMap<>();
        final Map<String, PlaceTag> placeInfo = new LinkedHashMap<>();
        final Map<String, int[]> personCounts = new LinkedHashMap<>();
        final Map<String, Set<String>> personRoles = new LinkedHashMap<>();
        final Map<String, int[]> orgCounts = new LinkedHashMap<>();
        final Map<String, int[]> unknownPersonCounts = new LinkedHashMap<>();
        final Map<String, int[]> unknownOrgCounts = new LinkedHashMap<>();

        void country(String code) {
            if (code != null && !code.isEmpty()) {
                countries.add(code);
            }
        }

        void place(String name, String kind, String country, String uri) {
            placeCounts.computeIfAbsent(name + "|" + country, k -> new int[1])[0]++;
            placeInfo.putIfAbsent(name + "|" + country, new PlaceTag(name, kind, country, 0, uri));
        }

        void person(Person p, List<String> statedRoles) {
            personCounts.computeIfAbsent(p.id(), k -> new int[1])[0]++;
            personRoles.computeIfAbsent(p.id(), k -> new LinkedHashSet<>()).addAll(statedRoles);
        }

        void unknownPerson(String name, List<String> statedRoles) {
            unknownPersonCounts.computeIfAbsent(name, k -> new int[1])[0]++;
            personRoles.computeIfAbsent("?" + name, k -> new LinkedHashSet<>()).addAll(statedRoles);
        }

        void unknownOrg(String name, String country) {
            unknownOrgCounts.computeIfAbsent(name, k -> new int[1])[0]++;
        }

        void org(Organisation o) {
            orgCounts.computeIfAbsent(o.id(), k -> new int[1])[0]++;
        }

        List<PlaceTag> placeTags() {
            List<PlaceTag> out = new ArrayList<>();
            placeInfo.forEach((k, p) -> out.add(new PlaceTag(p.name(), p.kind(), p.country(), placeCounts.get(k)[0], p.uri())));
            return out;
        }

        List<PersonTag> personTags(LocalDate day) {
            List<PersonTag> out = new ArrayList<>();
            personCounts.forEach((id, n) -> {
                Person p = people.get(id);
                List<String> r = new ArrayList<>(personRoles.get(id));
                if (r.isEmpty()) {
                    p.roles().stream().filter(role -> role.validOn(day)).map(role -> role.title()).distinct().forEach(r::add);
                }
                out.add(new PersonTag(p.name(), "person:" + p.id(), List.copyOf(r), p.country(), n[0], true));
            });
            unknownPersonCounts.forEach((name, n) -> out.add(new PersonTag(name, "person:" + slug(name),
                    List.copyOf(personRoles.get("?" + name)), null, n[0], false)));
            return out;
        }

        /**
         * @param home the one country the story is about, or null: a ministry the knowledge base lacks, named
         *             without its country ("Ministry of Finance"), is that country's ("Ministry of Finance (Croatia)")
         */
        List<OrganisationTag> orgTags(Country home) {
            List<OrganisationTag> out = new ArrayList<>();
            orgCounts.forEach((id, n) -> {
                Organisation o = orgs.get(id);
                out.add(new OrganisationTag(o.name(), "org:" + o.id(), o.kind(), o.country(), n[0], true));
            });
            // "Coast Guard" alone is the same body as the "Philippine Coast Guard" the story names in full
            List<String> names = new ArrayList<>(unknownOrgCounts.keySet());
            out.forEach(o -> names.add(o.name()));
            unknownOrgCounts.forEach((name, n) -> {
                String padded = " " + name + " ";
                if (names.stream().noneMatch(other -> other.length() > name.length() && (" " + other + " ").contains(padded))) {
                    if (home != null && GENERIC_MINISTRY.matcher(name).matches()) {
                        String qualified = name + " (" + home.name() + ")";
                        out.add(new OrganisationTag(qualified, "org:" + slug(qualified), "ministry", home.code(), n[0], false));
                    } else {
                        out.add(new OrganisationTag(name, "org:" + slug(name), null, null, n[0], false));
                    }
                }
            });
            return out;
        }
    }
}
