package io.wirefeed.enrich.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Structural checks of the generated kb/countries.yaml and kb/regions.yaml, read as plain YAML maps. */
class CountryDataTest {

    /** The Balkan countries and the knowledge-base language of each (Montenegrin: sr-Latn). */
    private static final Map<String, String> BALKANS = Map.ofEntries(
            Map.entry("AL", "sq"), Map.entry("BA", "bs"), Map.entry("BG", "bg"), Map.entry("HR", "hr"),
            Map.entry("GR", "el"), Map.entry("XK", "sq"), Map.entry("ME", "sr-Latn"), Map.entry("MK", "mk"),
            Map.entry("RO", "ro"), Map.entry("RS", "sr-Latn"), Map.entry("SI", "sl"), Map.entry("MD", "ro"));

    private static List<Map<String, Object>> countries;
    private static List<Map<String, Object>> regions;
    private static Map<String, Map<String, Object>> countryByCode;
    private static Map<String, Map<String, Object>> regionBySlug;

    @BeforeAll
    static void load() throws IOException {
        countries = read("/kb/countries.yaml");
        regions = read("/kb/regions.yaml");
        countryByCode = new LinkedHashMap<>();
        countries.forEach(c -> countryByCode.put(String.valueOf(c.get("code")), c));
        regionBySlug = new LinkedHashMap<>();
        regions.forEach(r -> regionBySlug.put(String.valueOf(r.get("slug")), r));
    }

    private static List<Map<String, Object>> read(String resource) throws IOException {
        try (InputStream in = CountryDataTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {});
        }
    }

    @Test
    void codesAreTwoUpperCaseLettersAndUnique() {
        List<String> codes = new ArrayList<>();
        for (Map<String, Object> c : countries) {
            assertThat(c.get("code")).as("code of %s", c.get("name")).isInstanceOf(String.class);
            codes.add((String) c.get("code"));
        }
        assertThat(codes).allSatisfy(code -> assertThat(code).matches("[A-Z]{2}"));
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(codes).contains("RS", "XK", "NO", "US").hasSizeGreaterThan(240);
    }

    @Test
    void everyCountryHasANameAndNames() {
        for (Map<String, Object> c : countries) {
            assertThat(c.get("name")).as("name of %s", c.get("code")).isInstanceOf(String.class);
            assertThat(languageLists(c, "names")).as("names of %s", c.get("code")).containsKey("en");
        }
    }

    @Test
    void regionSlugsAreUniqueAndParentsExist() {
        assertThat(regions).extracting(r -> r.get("slug")).doesNotHaveDuplicates();
        for (Map<String, Object> r : regions) {
            assertThat(String.valueOf(r.get("slug"))).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(r.get("kind")).isIn("continent", "subregion", "group");
            Object parent = r.get("parent");
            if (parent != null) {
                assertThat(regionBySlug).as("parent of %s", r.get("slug")).containsKey(String.valueOf(parent));
            }
            if (r.get("subregions") != null) {
                assertThat(regionBySlug).containsKeys(((List<?>) r.get("subregions")).stream()
                        .map(String::valueOf).toArray(String[]::new));
            }
        }
    }

    @Test
    void everyRegionMemberIsACountry() {
        for (Map<String, Object> r : regions) {
            for (String code : members(r)) {
                assertThat(countryByCode).as("member %s of %s", code, r.get("slug")).containsKey(code);
            }
        }
    }

    @Test
    void continentsListNoMembersAndM49PlacesAreRight() {
        regions.stream().filter(r -> "continent".equals(r.get("kind")))
                .forEach(r -> assertThat(members(r)).as("members of %s", r.get("slug")).isEmpty());
        assertThat(members(regionBySlug.get("southern-europe"))).contains("XK", "RS", "AL");
        assertThat(members(regionBySlug.get("eastern-europe"))).contains("RU");
        assertThat(members(regionBySlug.get("eastern-asia"))).contains("CN");
        assertThat(regionBySlug.get("southern-europe").get("parent")).isEqualTo("europe");
    }

    @Test
    void balkanGroups() {
        assertThat(members(regionBySlug.get("balkans"))).contains("RS", "XK", "HR", "AL")
                .containsExactlyInAnyOrderElementsOf(BALKANS.keySet());
        assertThat(members(regionBySlug.get("western-balkans")))
                .containsExactlyInAnyOrder("AL", "BA", "ME", "MK", "RS", "XK");
        assertThat(members(regionBySlug.get("former-yugoslavia")))
                .containsExactlyInAnyOrder("BA", "HR", "ME", "MK", "RS", "SI", "XK");
    }

    @Test
    void euHasDatedMembershipAndNoNames() {
        Map<String, Object> eu = regionBySlug.get("eu");
        assertThat(languageLists(eu, "names")).isEmpty();
        Set<String> current = new HashSet<>();
        for (Object m : (List<?>) eu.get("members")) {
            Map<?, ?> mm = (Map<?, ?>) m;
            assertThat(String.valueOf(mm.get("from"))).matches("\\d{4}-\\d{2}-\\d{2}");
            if (mm.get("to") == null) {
                current.add(String.valueOf(mm.get("code")));
            }
        }
        assertThat(current).hasSize(27).contains("HR", "SI", "BG", "RO", "GR").doesNotContain("GB");
    }

    @Test
    void balkanCountriesHaveDemonymsInEnglishAndTheirOwnLanguage() {
        BALKANS.forEach((code, lang) -> {
            Map<String, List<String>> demonyms = languageLists(countryByCode.get(code), "demonyms");
            assertThat(demonyms.get("en")).as("en demonyms of %s", code).isNotEmpty();
            assertThat(demonyms.get(lang)).as("%s demonyms of %s", lang, code).isNotEmpty();
        });
    }

    @Test
    void formerNamesHaveDates() {
        for (Map<String, Object> c : countries) {
            Object former = c.get("former");
            if (former == null) {
                continue;
            }
            for (Object f : (List<?>) former) {
                Map<?, ?> fm = (Map<?, ?>) f;
                assertThat(fm.get("name")).isNotNull();
                assertThat(String.valueOf(fm.get("until"))).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            }
        }
        assertThat(countryByCode.get("MK").get("former").toString()).contains("Macedonia", "2019-02-12");
    }

    private static List<String> members(Map<String, Object> region) {
        assertThat(region).isNotNull();
        List<String> out = new ArrayList<>();
        for (Object m : (List<?>) region.get("members")) {
            out.add(m instanceof Map<?, ?> mm ? String.valueOf(mm.get("code")) : String.valueOf(m));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> languageLists(Map<String, Object> entry, String key) {
        Object v = entry.get(key);
        if (v == null || v instanceof List<?> l && l.isEmpty()) {
            return Map.of();
        }
        assertThat(v).as("%s of %s", key, entry.get("code")).isInstanceOf(Map.class);
        return (Map<String, List<String>>) v;
    }
}
