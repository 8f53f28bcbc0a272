package io.wirefeed.enrich.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the tagger knows, as loaded from the files under {@code kb/} (see its README): immutable,
 * shared by all stream threads.
 */
public record KnowledgeBase(
        String version,
        List<Country> countries,
        List<Region> regions,
        List<Place> places,
        List<Person> people,
        List<Organisation> organisations,
        List<Title> titles,
        List<String> firstNames) {

    /**
     * A country: ISO 3166-1 alpha-2 code (XK for Kosovo), its names and demonyms in the languages the tagger
     * reads (English and the Balkan languages, inflected when matching), and its names in other languages
     * (matched only as written).
     */
    public record Country(String code, String name, String capital, List<String> names, List<String> foreignNames,
            List<String> demonyms, List<FormerName> former, List<String> caseSensitive) {}

    /** Languages whose inflection rules the tagger applies. */
    public static final java.util.Set<String> READ_LANGUAGES =
            java.util.Set.of("en", "sr-Latn", "sr-Cyrl", "sr", "hr", "bs", "sl", "sq", "mk", "bg", "el", "ro", "cnr");

    /** A name a country no longer uses officially, valid for stories dated up to {@code until}. */
    public record FormerName(String name, LocalDate until) {}

    /** A region: UN M49 continent or subregion, or a curated group such as {@code western-balkans}. */
    public record Region(String slug, String name, String kind, String parent, List<Membership> members,
            List<String> names) {}

    /** A country's membership of a region, with dates for groups such as the EU. */
    public record Membership(String code, LocalDate from, LocalDate to) {
        public boolean validOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /**
     * A place from the gazetteer; {@code geonameId} only when it comes from GeoNames. An admin1 unit's population is
     * the sum of its towns' (to rank namesakes).
     */
    public record Place(String geonameId, String name, String country, String kind, String admin1, long population,
            List<String> names) {
        /**
         * The place's people as a town, none for an admin1 unit: a region's many people say nothing of how surely
         * its name means the region rather than a word or a given name ("Central", "Virginia").
         */
        public long townPopulation() {
            return "admin1".equals(kind) ? 0 : population;
        }
    }

    /** A person with date-ranged roles. */
    public record Person(String id, String name, String country, List<String> aliases, String surname,
            List<Role> roles) {}

    /** A role: a title held in a country ({@code of}) or an organisation ({@code org}) between two dates. */
    public record Role(String title, String of, String org, LocalDate from, LocalDate to) {
        public boolean validOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /**
     * An organisation; {@code country} only for national bodies. {@code creditAliases} are names an outlet is
     * known by that are also other things ("AP" is an autonomous province in Serbian copy): they count only
     * where a story credits the outlet ("(AP)", "told AP", "according to AP"). {@code partyAliases} are a party's
     * names that are ordinary words ("Most", "bridge"; "Levica", "the left"): they count only in a story that
     * calls that name a party ({@code PartyCues}). {@code clubAliases} are a sports club's names that are also a
     * town, a region, a river or a person ("Vojvodina", "Rijeka", "Levski"): they count only in a story about a
     * match ({@code ClubCues}).
     */
    public record Organisation(String id, String name, String kind, String country, List<String> aliases,
                               List<String> creditAliases, List<String> partyAliases, List<String> clubAliases) {
        public Organisation(String id, String name, String kind, String country, List<String> aliases) {
            this(id, name, kind, country, aliases, List.of(), List.of(), List.of());
        }

        public Organisation(String id, String name, String kind, String country, List<String> aliases,
                            List<String> creditAliases) {
            this(id, name, kind, country, aliases, creditAliases, List.of(), List.of());
        }

        public Organisation(String id, String name, String kind, String country, List<String> aliases,
                            List<String> creditAliases, List<String> partyAliases) {
            this(id, name, kind, country, aliases, creditAliases, partyAliases, List.of());
        }
    }

    /** A title phrase in some language and the canonical English role it names ("ministar spoljnih poslova"). */
    public record Title(String phrase, String role) {}

    public Map<String, Country> countriesByCode() {
        return countries.stream().collect(java.util.stream.Collectors.toMap(Country::code, c -> c, (a, b) -> a));
    }
}
