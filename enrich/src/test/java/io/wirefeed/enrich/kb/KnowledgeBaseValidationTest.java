package io.wirefeed.enrich.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Person;
import io.wirefeed.enrich.kb.KnowledgeBase.Role;
import io.wirefeed.enrich.tagging.Folding;
import io.wirefeed.enrich.tagging.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks every change to the knowledge base must pass (see kb/README.md). */
class KnowledgeBaseValidationTest {
    private static KnowledgeBase kb;
    private static Set<String> codes;

    @BeforeAll
    static void load() {
        kb = KnowledgeBaseLoader.builtIn();
        codes = kb.countries().stream().map(KnowledgeBase.Country::code).collect(Collectors.toSet());
    }

    @Test
    void holdsAtLeastTheAgreedNumbersOfEntries() {
        assertThat(kb.countries()).hasSizeGreaterThanOrEqualTo(250);
        assertThat(codes).contains("XK", "RS", "MK", "BA");
        assertThat(kb.people()).hasSizeGreaterThanOrEqualTo(600);
        assertThat(kb.organisations()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(kb.places()).hasSizeGreaterThanOrEqualTo(5000);
        assertThat(kb.regions()).extracting(KnowledgeBase.Region::slug)
                .contains("western-balkans", "balkans", "former-yugoslavia", "eu", "southern-europe", "europe");
        assertThat(kb.version()).matches("\\d{4}-\\d{2}-\\d{2}.*");
    }

    @Test
    void everyCountryCodeIsAValidIsoCode() {
        assertThat(codes).allMatch(c -> c.matches("[A-Z]{2}"));
        List<String> bad = new ArrayList<>();
        kb.people().stream().filter(p -> p.country() != null && !codes.contains(p.country()))
                .forEach(p -> bad.add("person " + p.id() + ": " + p.country()));
        kb.people().forEach(p -> p.roles().stream().filter(r -> r.of() != null && !codes.contains(r.of()))
                .forEach(r -> bad.add("role of " + p.id() + ": " + r.of())));
        kb.organisations().stream().filter(o -> o.country() != null && !codes.contains(o.country()))
                .forEach(o -> bad.add("organisation " + o.id() + ": " + o.country()));
        kb.places().stream().filter(p -> !codes.contains(p.country())).forEach(p -> bad.add("place " + p.name() + ": " + p.country()));
        kb.regions().forEach(r -> r.members().stream().filter(m -> !codes.contains(m.code()))
                .forEach(m -> bad.add("region " + r.slug() + ": " + m.code())));
        assertThat(bad).isEmpty();
    }

    @Test
    void rolesHaveOrderedDatesAndNameKnownOrganisations() {
        Set<String> orgIds = kb.organisations().stream().map(Organisation::id).collect(Collectors.toSet());
        List<String> bad = new ArrayList<>();
        for (Person p : kb.people()) {
            for (Role r : p.roles()) {
                if (r.title() == null) {
                    bad.add(p.id() + ": a role without a title");
                }
                if (r.from() != null && r.to() != null && r.from().isAfter(r.to())) {
                    bad.add(p.id() + ": " + r.title() + " ends before it starts");
                }
                if (r.org() != null && !orgIds.contains(r.org())) {
                    bad.add(p.id() + ": unknown organisation " + r.org());
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void everyOrganisationHasAKindTheLoaderKnows() {
        assertThat(kb.organisations()).filteredOn(o -> !KnowledgeBaseLoader.ORGANISATION_KINDS.contains(o.kind()))
                .extracting(Organisation::id).isEmpty();
    }

    /** The optional {@code wikidata} field holds ids copied from a licensed data file (see NOTICE): they must at least look like ids. */
    @Test
    void wikidataIdsAreWellFormedAndUnique() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode manifest = yaml.readTree(getClass().getResource("/kb/manifest.yaml"));
        Map<String, String> owner = new HashMap<>();
        List<String> bad = new ArrayList<>();
        for (JsonNode file : manifest.path("organisations")) {
            for (JsonNode o : yaml.readTree(getClass().getResource("/kb/" + file.asText()))) {
                if (o.has("wikidata")) {
                    String q = o.get("wikidata").asText();
                    String before = owner.put(q, o.path("id").asText());
                    if (!q.matches("Q[1-9][0-9]*") || before != null) {
                        bad.add(o.path("id").asText() + ": " + q);
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void idsAreLowerCaseSlugs() {
        assertThat(kb.people()).extracting(Person::id).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(kb.organisations()).extracting(Organisation::id).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void everyAliasHasAWordTheTaggerCanMatch() {
        List<String> bad = new ArrayList<>();
        kb.people().forEach(p -> p.aliases().stream().filter(a -> Tokens.of(a).size() == 0).forEach(a -> bad.add(p.id() + ": " + a)));
        kb.organisations().forEach(o -> o.aliases().stream().filter(a -> Tokens.of(a).size() == 0).forEach(a -> bad.add(o.id() + ": " + a)));
        kb.countries().forEach(c -> c.names().stream().filter(a -> Tokens.of(a).size() == 0).forEach(a -> bad.add(c.code() + ": " + a)));
        assertThat(bad).isEmpty();
    }

    /**
     * Two people with the same full name, or two organisations with the same alias, cannot be told apart:
     * the tagger has no rule for it, so the knowledge base must not contain it. (People sharing a surname
     * are fine: the surname rule decides by the story's countries; so are bodies of different countries
     * sharing an acronym, "SDS" in Slovenia and in Bosnia, which go by the story's countries too.)
     */
    @Test
    void noTwoEntriesShareAFullNameOrAlias() {
        Folding f = Folding.get();
        Map<String, Set<String>> people = new HashMap<>();
        for (Person p : kb.people()) {
            Set<String> keys = new HashSet<>();
            keys.add(f.key(p.name()));
            p.aliases().forEach(a -> keys.add(f.key(a)));
            keys.forEach(k -> people.computeIfAbsent(k, x -> new HashSet<>()).add(p.id()));
        }
        Map<String, Set<String>> orgs = new HashMap<>();
        for (Organisation o : kb.organisations()) {
            Set<String> keys = new HashSet<>();
            keys.add(f.key(o.name()));
            // acronyms are matched case-sensitively: "PS" and "Ps" are different aliases
            o.aliases().forEach(a -> keys.add(a.equals(a.toUpperCase()) && a.length() <= 12 ? "CAPS:" + a : f.key(a)));
            keys.forEach(k -> orgs.computeIfAbsent(k, x -> new HashSet<>()).add(o.id()));
        }
        List<String> clashes = new ArrayList<>();
        people.forEach((k, ids) -> {
            if (ids.size() > 1) {
                clashes.add("people " + ids + " share '" + k + "'");
            }
        });
        Map<String, String> countryOf = new HashMap<>();
        kb.organisations().forEach(o -> countryOf.put(o.id(), o.country()));
        orgs.forEach((k, ids) -> {
            boolean acronymOfSeveralCountries = k.startsWith("CAPS:")
                    && ids.stream().allMatch(id -> countryOf.get(id) != null)
                    && ids.stream().map(countryOf::get).distinct().count() == ids.size();
            if (ids.size() > 1 && !acronymOfSeveralCountries) {
                clashes.add("organisations " + ids + " share '" + k + "'");
            }
        });
        assertThat(clashes).isEmpty();
    }
}
