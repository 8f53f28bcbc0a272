package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase.Country;
import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Person;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import io.wirefeed.model.EnrichedStory.PersonTag;
import io.wirefeed.model.EnrichedStory.PlaceTag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Distinct entities of one story with their mention counts, in order of first mention. */
final class Tally {
    /** The place kind under which a country named in the story is listed among its places. */
    static final String COUNTRY_PLACE = "country";

    /** "Ministry of Finance", "Ministry for Europe": a body every government has, so its name alone names none. */
    private static final Pattern GENERIC_MINISTRY =
            Pattern.compile("Ministry (of|for) (the )?[A-Z][\\p{L}]+( (and|of|for) (the )?[A-Z][\\p{L}]+)*");

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

    void unknownOrg(String name) {
        unknownOrgCounts.computeIfAbsent(name, k -> new int[1])[0]++;
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
     * @param home the one country the story is about, or null: a ministry the knowledge base lacks, named
     *             without its country ("Ministry of Finance"), is that country's ("Ministry of Finance (Croatia)")
     */
    List<OrganisationTag> orgTags(Country home) {
        List<OrganisationTag> out = new ArrayList<>();
        orgCounts.forEach((id, n) -> {
            Organisation o = kb.orgs.get(id);
            out.add(new OrganisationTag(o.name(), Refs.org(o.id()), o.kind(), o.country(), n[0], true));
        });
        // "Coast Guard" alone is the same body as the "Philippine Coast Guard" the story names in full
        List<String> names = new ArrayList<>(unknownOrgCounts.keySet());
        out.forEach(o -> names.add(o.name()));
        unknownOrgCounts.forEach((name, n) -> {
            String padded = " " + name + " ";
            if (names.stream().noneMatch(other -> other.length() > name.length() && (" " + other + " ").contains(padded))) {
                if (home != null && GENERIC_MINISTRY.matcher(name).matches()) {
                    String qualified = name + " (" + home.name() + ")";
                    out.add(new OrganisationTag(qualified, Refs.org(Refs.slug(qualified)), OrganisationKind.MINISTRY.label(),
                            home.code(), n[0], false));
                } else {
                    out.add(new OrganisationTag(name, Refs.org(Refs.slug(name)), null, null, n[0], false));
                }
            }
        });
        return out;
    }
}
