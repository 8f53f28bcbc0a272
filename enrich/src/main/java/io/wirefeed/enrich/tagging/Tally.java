package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase.Country;
import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Person;
import io.wirefeed.enrich.kb.OrganisationKind;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import io.wirefeed.model.EnrichedStory.PersonTag;
import io.wirefeed.model.EnrichedStory.PlaceTag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Distinct entities of one story with their mention counts, in order of first mention. */
final class Tally {
    /** The place kind under which a country named in the story is listed among its places. */
    static final String COUNTRY_PLACE = "country";

    private final CompiledKb kb;
    final Set<String> countries = new LinkedHashSet<>();
    final Set<String> regions = new LinkedHashSet<>();
    private final Map<String, int[]> placeCounts = new LinkedHashMap<>();
    private final Map<String, PlaceTag> placeInfo = new LinkedHashMap<>();
    private final Map<String, int[]> personCounts = new LinkedHashMap<>();
    private final Map<String, Set<String>> personRoles = new LinkedHashMap<>();
    private final Map<String, int[]> orgCounts = new LinkedHashMap<>();
    private final Map<String, int[]> unknownPersonCounts = new LinkedHashMap<>();
    private final Map<String, int[]> unknownOrgCounts = new LinkedHashMap<>();

    Tally(CompiledKb kb) {
        this.kb = kb;
    }

    void country(String code) {
        if (code != null && !code.isEmpty()) {
            countries.add(code);
        }
    }

    void region(String slug) {
        regions.add(slug);
    }

    void place(String name, String kind, String country, String uri) {
        String key = name + "|" + country;
        placeCounts.computeIfAbsent(key, k -> new int[1])[0]++;
        placeInfo.computeIfAbsent(key, k -> new PlaceTag(name, kind, country, 0, uri));
    }

    void person(Person p, List<String> statedRoles) {
        personCounts.computeIfAbsent(p.id(), k -> new int[1])[0]++;
        personRoles.computeIfAbsent(p.id(), k -> new LinkedHashSet<>()).addAll(statedRoles);
    }

    void unknownPerson(String name, List<String> statedRoles) {
        unknownPersonCounts.computeIfAbsent(name, k -> new int[1])[0]++;
        personRoles.computeIfAbsent("?" + name, k -> new LinkedHashSet<>()).addAll(statedRoles);
    }

    void unknownOrg(String name) {
        unknownOrgCounts.computeIfAbsent(name, k -> new int[1])[0]++;
    }

    /** generic bodies ("the Constitutional Court") by name and the country written with them, resolved in orgTags */
    private final Map<GenericBodies.Named, int[]> genericCounts = new LinkedHashMap<>();

    void genericOrg(GenericBodies.Named g) {
        genericCounts.computeIfAbsent(g, k -> new int[1])[0]++;
    }

    void org(Organisation o) {
        orgCounts.computeIfAbsent(o.id(), k -> new int[1])[0]++;
    }

    /** The countries tagged so far and the countries of the known people named: the countries the story refers to. */
    Set<String> countriesReferred() {
        Set<String> referred = new java.util.HashSet<>(countries);
        personCounts.keySet().forEach(id -> referred.add(kb.people.get(id).country()));
        return referred;
    }

    List<PlaceTag> placeTags() {
        List<PlaceTag> out = new ArrayList<>();
        placeInfo.forEach((k, p) -> out.add(new PlaceTag(p.name(), p.kind(), p.country(), placeCounts.get(k)[0], p.uri())));
        return out;
    }

    /** Known people first; a known person the text gives no role has the knowledge base's roles on {@code day}. */
    List<PersonTag> personTags(LocalDate day) {
        List<PersonTag> out = new ArrayList<>();
        personCounts.forEach((id, n) -> {
            Person p = kb.people.get(id);
            List<String> r = new ArrayList<>(personRoles.get(id));
            if (r.isEmpty()) {
                p.roles().stream().filter(role -> role.validOn(day)).map(role -> role.title()).distinct().forEach(r::add);
            }
            out.add(new PersonTag(p.name(), Refs.person(p.id()), List.copyOf(r), p.country(), n[0], true));
        });
        unknownPersonCounts.forEach((name, n) -> out.add(new PersonTag(name, Refs.person(Refs.slug(name)),
                List.copyOf(personRoles.get("?" + name)), null, n[0], false)));
        return out;
    }

    /**
     * @param home the one country the story is about, or null: a body every state has, named without its
     *             country ("the Constitutional Court", "Ministry of Finance"), is that country's (see {@link GenericBodies})
     */
    List<OrganisationTag> orgTags(Country home) {
        List<OrganisationTag> out = new ArrayList<>();
        Map<String, GenericBodies.Resolved> qualified = resolveGeneric(home);
        // a known body by its record name ("Freedom Movement"), unless two of the story's bodies would share it
        Map<String, Integer> recordNames = new HashMap<>();
        orgCounts.keySet().forEach(id -> recordNames.merge(kb.outputNames.getOrDefault(id, kb.orgs.get(id).name()), 1, Integer::sum));
        orgCounts.forEach((id, n) -> {
            Organisation o = kb.orgs.get(id);
            String name = kb.outputNames.getOrDefault(id, o.name());
            out.add(new OrganisationTag(recordNames.get(name) > 1 ? o.name() : name, Refs.org(o.id()), o.kind(), o.country(), n[0], true));
        });
        qualified.forEach((name, r) -> out.add(new OrganisationTag(name, Refs.org(Refs.slug(name)), r.kind(), r.country(),
                genericNameCounts.get(name)[0], false)));
        // "Coast Guard" alone is the same body as the "Philippine Coast Guard" the story names in full
        List<String> names = new ArrayList<>(unknownOrgCounts.keySet());
        out.forEach(o -> names.add(o.name()));
        unknownOrgCounts.forEach((name, n) -> {
            String padded = " " + name + " ";
            if (names.stream().noneMatch(other -> other.length() > name.length() && (" " + other + " ").contains(padded))) {
                out.add(new OrganisationTag(name, Refs.org(Refs.slug(name)), null, null, n[0], false));
            }
        });
        return out;
    }

    private final Map<String, int[]> genericNameCounts = new LinkedHashMap<>();

    /**
     * Gives each generic body its country: the one written with it, else the one another mention of the same
     * body was written with ("the Foreign Ministry" after "Iran's Foreign Ministry"), else {@code home}. A body
     * the knowledge base has for that country counts as that entry; one it lacks is returned by its qualified
     * name (or as written, when the country is part of the name); one without a country stays a new name.
     */
    private Map<String, GenericBodies.Resolved> resolveGeneric(Country home) {
        Map<String, GenericBodies.Resolved> qualified = new LinkedHashMap<>();
        Map<String, String> writtenNames = new HashMap<>();
        Map<String, String> namedWith = new HashMap<>();
        genericCounts.keySet().stream().filter(g -> g.country() != null).forEach(g -> {
            String key = GenericBodies.normalise(g.name());
            namedWith.merge(key, g.country(), (a, b) -> a.equals(b) ? a : "");
            if (g.written() != null) {
                writtenNames.putIfAbsent(g.country() + "|" + key, g.written());
            }
        });
        genericCounts.forEach((g, n) -> {
            String key = GenericBodies.normalise(g.name());
            String earlier = namedWith.get(key);
            String code = g.country() != null ? g.country() : earlier != null && !earlier.isEmpty() ? earlier
                    : home != null ? home.code() : g.fallback();
            String written = g.written() != null ? g.written() : writtenNames.get(code + "|" + key);
            GenericBodies.Resolved r = code == null ? null : kb.genericBodies.resolve(g.name(), written, code);
            if (g.knownOnly() && (r == null || r.known() == null)) {
                return; // a body named in another language is reported by the knowledge base's English name only
            }
            if (r == null) {
                unknownOrgCounts.computeIfAbsent(g.name(), k -> new int[1])[0] += n[0];
            } else if (r.known() != null) {
                orgCounts.computeIfAbsent(r.known().id(), k -> new int[1])[0] += n[0];
            } else {
                genericNameCounts.computeIfAbsent(r.name(), k -> new int[1])[0] += n[0];
                qualified.putIfAbsent(r.name(), r);
            }
        });
        return qualified;
    }
}
