package io.wirefeed.kbtools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.ibm.icu.impl.ICUData;
import com.ibm.icu.impl.ICUResourceBundle;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.Region.RegionType;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes {@code kb/countries.yaml} and {@code kb/regions.yaml} from ICU4J/CLDR data (territory codes, display
 * names in the knowledge-base languages, UN M49 containment) plus the hand-curated overlay
 * {@code kb/tools/countries-curated.yaml} (English short names, capitals, demonyms, former names, extra names,
 * curated region groups such as {@code western-balkans} and {@code eu}).
 *
 * <p>Run from the repository root:
 * <pre>
 * ./mvnw -q -B -pl kb-tools -am package -DskipTests
 * java -cp kb-tools/target/wirefeed-kb-tools.jar io.wirefeed.kbtools.CountryDataGenerator
 * </pre>
 * The optional argument is the {@code kb} directory (default {@code enrich/src/main/resources/kb}); the overlay
 * is read from {@code <kb>/tools/countries-curated.yaml}. The jar's manifest names its libraries in
 * {@code kb-tools/target/lib}.
 * Possible alias collisions (one folded string naming two entities) are listed on standard error.
 *
 * <p>Rules applied to the ICU names:
 * <ul>
 *   <li>countries: every ICU {@link RegionType#TERRITORY} that has an ISO 3166-1 numeric code, plus XK. The
 *       exceptionally reserved codes ICU also lists as territories (AC, CP, CQ, DG, EA, IC, TA: parts of other
 *       countries) have none and are left out; groupings, deprecated codes and ZZ are not territories;</li>
 *   <li>each language gets the CLDR standard name, plus the short and variant forms unless they are written in
 *       capitals only (abbreviations: the useful ones are listed in the overlay);</li>
 *   <li>{@code "Congo - Kinshasa"} becomes {@code "Congo-Kinshasa"}; a parenthesised gloss is removed
 *       ({@code "Myanmar (Burma)"} gives {@code "Myanmar"}) and the shortened name is kept only when no other
 *       country has it in that language ({@code "Congo (DRC)"} gives nothing); a name with a typographic
 *       apostrophe also gets the ASCII one; English {@code "&"} also gets {@code "and"}, {@code "St."} also
 *       {@code "Saint"};</li>
 *   <li>sr-Cyrl demonyms the overlay does not give are transliterated from its sr-Latn ones;</li>
 *   <li>regions: the five M49 continents under 001, every M49 subregion ICU places in them, and the M49
 *       groupings ICU knows (North America 003, Sub-Saharan Africa 202, Latin America 419). CLDR's own
 *       "Outlying Oceania" (QO) is not an M49 region and is left out.</li>
 * </ul>
 */
public final class CountryDataGenerator {

    /** Knowledge-base language tag to ICU locale. */
    static final Map<String, String> LANGUAGES = new LinkedHashMap<>();

    static {
        LANGUAGES.put("en", "en");
        LANGUAGES.put("sr-Latn", "sr_Latn");
        LANGUAGES.put("sr-Cyrl", "sr_Cyrl");
        LANGUAGES.put("hr", "hr");
        LANGUAGES.put("bs", "bs");
        LANGUAGES.put("sl", "sl");
        LANGUAGES.put("sq", "sq");
        LANGUAGES.put("mk", "mk");
        LANGUAGES.put("bg", "bg");
        LANGUAGES.put("el", "el");
        LANGUAGES.put("ro", "ro");
        LANGUAGES.put("ru", "ru");
        LANGUAGES.put("de", "de");
        LANGUAGES.put("fr", "fr");
        LANGUAGES.put("it", "it");
        LANGUAGES.put("tr", "tr");
    }

    private static final String KOSOVO = "XK";
    private static final Pattern M49 = Pattern.compile("\\d{3}");
    private static final Pattern PAREN = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern SAFE = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N} .'’\\-]*");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> RESERVED = Set.of("y", "yes", "n", "no", "true", "false", "on", "off", "null");

    private final Map<String, Object> overlay;
    private final Map<String, LocaleDisplayNames> displayNames = new LinkedHashMap<>();
    private final Map<String, UResourceBundle> bundles = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private CountryDataGenerator(Map<String, Object> overlay) {
        this.overlay = overlay;
        LANGUAGES.forEach((tag, icu) -> {
            displayNames.put(tag, LocaleDisplayNames.getInstance(new ULocale(icu)));
            bundles.put(tag, UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME, new ULocale(icu)));
        });
    }

    public static void main(String[] args) throws IOException {
        Path kb = Path.of(args.length > 0 ? args[0] : "enrich/src/main/resources/kb");
        Path curated = kb.resolve("tools/countries-curated.yaml");
        @SuppressWarnings("unchecked")
        Map<String, Object> overlay = new ObjectMapper(new YAMLFactory()).readValue(curated.toFile(), Map.class);
        CountryDataGenerator g = new CountryDataGenerator(overlay);

        List<Map<String, Object>> countries = g.countries();
        List<Map<String, Object>> regions = g.regions(countries);
        g.check(countries, regions);

        Files.writeString(kb.resolve("countries.yaml"), g.countriesYaml(countries), StandardCharsets.UTF_8);
        Files.writeString(kb.resolve("regions.yaml"), g.regionsYaml(regions), StandardCharsets.UTF_8);
        g.collisions(countries, regions);
        g.warnings.forEach(w -> System.err.println("warning: " + w));
        System.out.printf("ICU %s (CLDR %s): wrote %d countries to %s and %d regions to %s%n",
                VersionInfo.ICU_VERSION, com.ibm.icu.util.LocaleData.getCLDRVersion(), countries.size(),
                kb.resolve("countries.yaml"), regions.size(), kb.resolve("regions.yaml"));
    }

    // ------------------------------------------------------------------------------------------ countries

    /** ISO 3166-1 alpha-2 codes ICU knows as territories (with a numeric code), plus XK; sorted. */
    static Set<String> countryCodes() {
        Set<String> codes = new TreeSet<>();
        for (Region r : Region.getAvailable(RegionType.TERRITORY)) {
            if (r.getNumericCode() != -1 || r.toString().equals(KOSOVO)) {
                codes.add(r.toString());
            }
        }
        codes.add(KOSOVO);
        return codes;
    }

    private List<Map<String, Object>> countries() {
        Set<String> codes = countryCodes();
        Map<String, Object> curatedCountries = map(overlay.get("countries"));
        for (String code : curatedCountries.keySet()) {
            if (!codes.contains(code)) {
                throw new IllegalStateException("countries-curated.yaml names an unknown country code: " + code);
            }
        }

        // pass 1: ICU names with their transformations; shortened (derived) names are kept only when unique
        Map<String, Map<String, List<Candidate>>> icuNames = new TreeMap<>();
        Map<String, Map<String, Set<String>>> owners = new LinkedHashMap<>();   // lang -> lower-case name -> codes
        for (String code : codes) {
            Map<String, List<Candidate>> byLang = new LinkedHashMap<>();
            for (String lang : LANGUAGES.keySet()) {
                List<Candidate> cands = new ArrayList<>();
                String standard = displayNames.get(lang).regionDisplayName(code);
                if (standard != null && !standard.equals(code)) {
                    cands.addAll(variants(lang, standard, false));
                }
                for (String alt : new String[] {alternative(lang, "Countries%short", code),
                        alternative(lang, "Countries%variant", code)}) {
                    if (alt != null && !alt.equals(alt.toUpperCase(Locale.ROOT))) {   // skip all-capital abbreviations
                        cands.addAll(variants(lang, alt, false));
                    }
                }
                for (Candidate c : cands) {
                    owners.computeIfAbsent(lang, k -> new LinkedHashMap<>())
                            .computeIfAbsent(c.text.toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(code);
                }
                byLang.put(lang, cands);
            }
            icuNames.put(code, byLang);
        }

        List<Map<String, Object>> out = new ArrayList<>();
        for (String code : codes) {
            Map<String, Object> cur = map(curatedCountries.get(code));
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("code", code);
            String name = str(cur.get("name"));
            e.put("name", name != null ? name : englishName(code));
            String capital = str(cur.get("capital"));
            if (capital != null) {
                e.put("capital", capital);
            }

            List<Map<String, Object>> former = new ArrayList<>();
            Set<String> formerNames = new LinkedHashSet<>();
            for (Object f : list(cur.get("former"))) {
                Map<String, Object> fm = map(f);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", Objects.requireNonNull(str(fm.get("name")), code + ": former name without name"));
                entry.put("until", Objects.requireNonNull(str(fm.get("until")), code + ": former name without until"));
                former.add(entry);
                formerNames.add(str(fm.get("name")).toLowerCase(Locale.ROOT));
            }

            Map<String, Object> extra = map(cur.get("names"));
            Map<String, Object> drop = map(cur.get("drop_names"));
            checkLanguages(code, extra.keySet());
            checkLanguages(code, drop.keySet());
            Map<String, List<String>> names = new LinkedHashMap<>();
            for (String lang : LANGUAGES.keySet()) {
                Set<String> dropped = new LinkedHashSet<>();
                strings(drop.get(lang)).forEach(d -> dropped.add(d.toLowerCase(Locale.ROOT)));
                Set<String> ns = new LinkedHashSet<>();
                for (Candidate c : icuNames.get(code).get(lang)) {
                    if (c.derived && owners.get(lang).get(c.text.toLowerCase(Locale.ROOT)).size() > 1) {
                        continue;   // shortened name shared with another country ("Congo")
                    }
                    ns.add(c.text);
                }
                for (String x : strings(extra.get(lang))) {
                    ns.addAll(variants(lang, x, true).stream().map(c -> c.text).toList());
                }
                for (String d : dropped) {
                    if (ns.stream().noneMatch(n -> n.toLowerCase(Locale.ROOT).equals(d))) {
                        warnings.add(code + ": drop_names." + lang + " '" + d + "' is not an ICU name");
                    }
                }
                ns.removeIf(n -> dropped.contains(n.toLowerCase(Locale.ROOT))
                        || formerNames.contains(n.toLowerCase(Locale.ROOT)));
                if (!ns.isEmpty()) {
                    names.put(lang, distinctIgnoringCase(ns));
                }
            }
            e.put("names", names);

            Map<String, Object> dem = map(cur.get("demonyms"));
            checkLanguages(code, dem.keySet());
            Map<String, List<String>> demonyms = new LinkedHashMap<>();
            for (String lang : LANGUAGES.keySet()) {
                List<String> ds = strings(dem.get(lang));
                if (ds.isEmpty() && lang.equals("sr-Cyrl")) {
                    ds = strings(dem.get("sr-Latn")).stream().map(CountryDataGenerator::serbianToCyrillic).toList();
                }
                if (!ds.isEmpty()) {
                    demonyms.put(lang, new ArrayList<>(new LinkedHashSet<>(ds)));
                }
            }
            if (!demonyms.isEmpty()) {
                e.put("demonyms", demonyms);
            }
            if (!former.isEmpty()) {
                e.put("former", former);
            }
            List<String> cs = strings(cur.get("case_sensitive"));
            if (!cs.isEmpty()) {
                e.put("case_sensitive", cs);
            }
            out.add(e);
        }
        return out;
    }

    private record Candidate(String text, boolean derived) {}

    /** A name with the spelling variants the knowledge base lists (see the class comment). */
    private static List<Candidate> variants(String lang, String raw, boolean curated) {
        String t = raw.trim().replace(" - ", "-").replace(" – ", "-");
        boolean derived = false;
        if (!curated && t.contains("(")) {
            t = PAREN.matcher(t).replaceAll("").replaceAll("\\s+", " ").trim();
            derived = true;
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(t);
        if (lang.equals("en")) {
            if (t.contains(" & ")) {
                out.add(t.replace(" & ", " and "));
            }
            if (t.startsWith("St. ")) {
                out.add("Saint " + t.substring(4).replace(" & ", " and "));
            }
        }
        for (String s : List.copyOf(out)) {
            if (s.contains("’")) {
                out.add(s.replace('’', '\''));
            }
        }
        List<Candidate> cands = new ArrayList<>();
        for (String s : out) {
            cands.add(new Candidate(s, derived));
        }
        return cands;
    }

    /** An ICU short or variant country name, or null. */
    private String alternative(String lang, String table, String code) {
        try {
            return ((ICUResourceBundle) bundles.get(lang)).getStringWithFallback(table + "/" + code);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** ICU's English name as news writes it: "and" for "&", "Saint" for "St.", straight apostrophe. */
    private String englishName(String code) {
        String n = displayNames.get("en").regionDisplayName(code).replace(" & ", " and ").replace('’', '\'');
        return n.startsWith("St. ") ? "Saint " + n.substring(4) : n;
    }

    private void checkLanguages(String where, Collection<String> langs) {
        for (String l : langs) {
            if (!LANGUAGES.containsKey(l)) {
                throw new IllegalStateException(where + ": unknown language " + l);
            }
        }
    }

    // -------------------------------------------------------------------------------------------- regions

    private List<Map<String, Object>> regions(List<Map<String, Object>> countries) {
        Set<String> codes = new LinkedHashSet<>();
        countries.forEach(c -> codes.add((String) c.get("code")));
        Map<String, Object> regionExtras = map(overlay.get("region_names"));
        Map<String, String> slugOf = new LinkedHashMap<>();
        List<Map<String, Object>> out = new ArrayList<>();

        List<Region> continents = sorted(Region.getInstance("001").getContainedRegions());
        for (Region cont : continents) {
            slugOf.put(cont.toString(), slug(cont));
        }
        for (Region cont : continents) {
            out.add(m49Region(cont, "continent", null, List.of(), null, regionExtras));
            for (Region sub : sorted(cont.getContainedRegions())) {
                if (!M49.matcher(sub.toString()).matches() || sub.getType() == RegionType.TERRITORY) {
                    continue;   // QO (Outlying Oceania) is CLDR's, not M49
                }
                slugOf.put(sub.toString(), slug(sub));
                out.add(m49Region(sub, "subregion", slugOf.get(cont.toString()), countryMembers(sub, codes), null,
                        regionExtras));
            }
        }
        // M49 groupings (003, 202, 419): ICU lists subregions, not countries
        for (Region grp : sorted(Region.getAvailable(RegionType.GROUPING))) {
            if (!M49.matcher(grp.toString()).matches()) {
                continue;   // EU, EZ, UN
            }
            Set<String> parents = new TreeSet<>();
            List<String> subs = new ArrayList<>();
            Set<String> members = new TreeSet<>();
            for (Region sub : sorted(grp.getContainedRegions())) {
                String s = slugOf.get(sub.toString());
                if (s == null) {
                    throw new IllegalStateException(grp + " contains " + sub + ", which is not an M49 subregion here");
                }
                subs.add(s);
                parents.add(slugOf.get(sub.getContainingRegion().toString()));
                members.addAll(countryMembers(sub, codes));
            }
            String parent = parents.size() == 1 ? parents.iterator().next() : null;
            out.add(m49Region(grp, "subregion", parent, new ArrayList<>(members), subs, regionExtras));
        }
        for (String key : regionExtras.keySet()) {
            if (!slugOf.containsKey(key)) {
                throw new IllegalStateException("region_names: not an M49 region here: " + key);
            }
        }

        for (Object o : list(overlay.get("groups"))) {
            Map<String, Object> g = map(o);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("slug", str(g.get("slug")));
            e.put("name", str(g.get("name")));
            e.put("kind", "group");
            List<Object> members = new ArrayList<>();
            for (Object m : list(g.get("members"))) {
                if (m instanceof Map<?, ?> mm) {
                    Map<String, Object> me = new LinkedHashMap<>();
                    me.put("code", str(mm.get("code")));
                    me.put("from", str(mm.get("from")));
                    if (mm.get("to") != null) {
                        me.put("to", str(mm.get("to")));
                    }
                    members.add(me);
                } else {
                    members.add(str(m));
                }
            }
            e.put("members", members);
            Map<String, Object> gn = map(g.get("names"));
            checkLanguages(str(g.get("slug")), gn.keySet());
            Map<String, List<String>> names = new LinkedHashMap<>();
            for (String lang : LANGUAGES.keySet()) {
                List<String> ns = strings(gn.get(lang));
                if (!ns.isEmpty()) {
                    names.put(lang, ns);
                }
            }
            if (Boolean.TRUE.equals(g.get("no_names"))) {
                if (!names.isEmpty()) {
                    throw new IllegalStateException(e.get("slug") + ": no_names with names");
                }
                e.put("no_names", Boolean.TRUE);
            }
            e.put("names", names);
            out.add(e);
        }
        return out;
    }

    private Map<String, Object> m49Region(Region r, String kind, String parent, List<String> members,
            List<String> subregions, Map<String, Object> extras) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("slug", slug(r));
        e.put("name", displayNames.get("en").regionDisplayName(r.toString()));
        e.put("kind", kind);
        e.put("m49", r.toString());
        e.put("parent", parent);
        if (subregions != null) {
            e.put("subregions", subregions);
        }
        e.put("members", members);
        Map<String, Object> cur = map(extras.get(r.toString()));
        Map<String, Object> extra = map(cur.get("names"));
        Map<String, Object> drop = map(cur.get("drop_names"));
        checkLanguages(r.toString(), extra.keySet());
        checkLanguages(r.toString(), drop.keySet());
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String lang : LANGUAGES.keySet()) {
            Set<String> ns = new LinkedHashSet<>();
            String n = displayNames.get(lang).regionDisplayName(r.toString());
            if (n != null && !n.equals(r.toString())) {
                variants(lang, n, false).forEach(c -> ns.add(c.text));
            }
            for (String x : strings(extra.get(lang))) {
                variants(lang, x, true).forEach(c -> ns.add(c.text));
            }
            ns.removeAll(strings(drop.get(lang)));
            if (!ns.isEmpty()) {
                names.put(lang, distinctIgnoringCase(ns));
            }
        }
        e.put("names", names);
        return e;
    }

    private static List<String> countryMembers(Region r, Set<String> codes) {
        List<String> out = new ArrayList<>();
        for (Region c : r.getContainedRegions()) {
            if (c.getType() == RegionType.TERRITORY && codes.contains(c.toString())) {
                out.add(c.toString());
            }
        }
        out.sort(null);
        return out;
    }

    private static List<Region> sorted(Set<Region> regions) {
        List<Region> l = new ArrayList<>(regions);
        l.sort((a, b) -> a.toString().compareTo(b.toString()));
        return l;
    }

    private String slug(Region r) {
        String en = displayNames.get("en").regionDisplayName(r.toString());
        String ascii = Normalizer2.getNFDInstance().normalize(en).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    // --------------------------------------------------------------------------------------------- checks

    @SuppressWarnings("unchecked")
    private void check(List<Map<String, Object>> countries, List<Map<String, Object>> regions) {
        Set<String> codes = new LinkedHashSet<>();
        countries.forEach(c -> codes.add((String) c.get("code")));
        Map<String, Map<String, Object>> bySlug = new LinkedHashMap<>();
        for (Map<String, Object> r : regions) {
            if (bySlug.put((String) r.get("slug"), r) != null) {
                throw new IllegalStateException("duplicate region slug " + r.get("slug"));
            }
        }
        for (Map<String, Object> r : regions) {
            for (String code : memberCodes(r)) {
                if (!codes.contains(code)) {
                    throw new IllegalStateException(r.get("slug") + ": member " + code + " is not a country");
                }
            }
            Object parent = r.get("parent");
            if (parent != null && !bySlug.containsKey(parent)) {
                throw new IllegalStateException(r.get("slug") + ": parent " + parent + " is not a region");
            }
        }
        requireMember(bySlug, "southern-europe", KOSOVO);
        requireMember(bySlug, "eastern-europe", "RU");
        requireMember(bySlug, "eastern-asia", "CN");

        // the curated EU membership must agree with ICU's list of current members
        Set<String> icuEu = new TreeSet<>();
        Region.getInstance("EU").getContainedRegions().forEach(r -> icuEu.add(r.toString()));
        Set<String> curatedEu = new TreeSet<>();
        for (Object m : (List<Object>) bySlug.get("eu").get("members")) {
            Map<String, Object> mm = (Map<String, Object>) m;
            if (mm.get("to") == null) {
                curatedEu.add((String) mm.get("code"));
            }
        }
        if (!icuEu.equals(curatedEu)) {
            throw new IllegalStateException("EU members differ from ICU: ICU " + icuEu + ", curated " + curatedEu);
        }
    }

    private static void requireMember(Map<String, Map<String, Object>> bySlug, String slug, String code) {
        if (!memberCodes(bySlug.get(slug)).contains(code)) {
            throw new IllegalStateException(code + " is not a member of " + slug);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> memberCodes(Map<String, Object> region) {
        List<String> out = new ArrayList<>();
        for (Object m : (List<Object>) region.get("members")) {
            out.add(m instanceof Map<?, ?> mm ? (String) mm.get("code") : (String) m);
        }
        return out;
    }

    /** Reports strings that, folded roughly as the tagger folds them, name more than one entity. */
    @SuppressWarnings("unchecked")
    private void collisions(List<Map<String, Object>> countries, List<Map<String, Object>> regions) {
        Transliterator fold = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
        Map<String, Map<String, Set<String>>> seen = new TreeMap<>();   // folded -> entity -> spellings
        for (Map<String, Object> c : countries) {
            String id = (String) c.get("code");
            for (String field : List.of("names", "demonyms")) {
                Map<String, List<String>> m = (Map<String, List<String>>) c.getOrDefault(field, Map.of());
                m.forEach((lang, l) -> l.forEach(n -> note(seen, fold, n, id, lang)));
            }
            for (Map<String, Object> f : (List<Map<String, Object>>) c.getOrDefault("former", List.of())) {
                note(seen, fold, (String) f.get("name"), id, "former");
            }
        }
        for (Map<String, Object> r : regions) {
            String id = "region:" + r.get("slug");
            ((Map<String, List<String>>) r.get("names")).forEach((lang, l) -> l.forEach(n -> note(seen, fold, n, id,
                    lang)));
        }
        seen.forEach((k, v) -> {
            if (v.size() > 1) {
                System.err.println("collision: '" + k + "' " + v);
            }
        });
    }

    private static void note(Map<String, Map<String, Set<String>>> seen, Transliterator fold, String s, String id,
            String lang) {
        seen.computeIfAbsent(fold.transliterate(s).replaceAll("[^a-z0-9]+", " ").trim(), k -> new TreeMap<>())
                .computeIfAbsent(id, k -> new TreeSet<>()).add(lang + ":" + s);
    }

    // ----------------------------------------------------------------------------------------------- YAML

    private String countriesYaml(List<Map<String, Object>> countries) {
        StringBuilder y = new StringBuilder();
        y.append("""
                # Countries: every ISO 3166-1 alpha-2 code ICU/CLDR knows as a territory, plus XK (Kosovo).
                # GENERATED by io.wirefeed.kbtools.CountryDataGenerator from ICU4J %s / CLDR %s display
                # names (Unicode licence, https://www.unicode.org/license.txt) and the curated overlay
                # kb/tools/countries-curated.yaml. Do not edit this file: edit the overlay and re-run, from the
                # repository root:
                #   ./mvnw -q -B -pl kb-tools -am package -DskipTests
                #   java -cp kb-tools/target/wirefeed-kb-tools.jar io.wirefeed.kbtools.CountryDataGenerator
                #
                # code:           ISO 3166-1 alpha-2 (XK for Kosovo)
                # name:           English short name as news writes it
                # capital:        English name of the capital (curated; absent where not unambiguous)
                # names:          per language: CLDR standard, short and variant names, plus curated extras
                # demonyms:       curated nouns and adjectives, base forms (the tagger generates inflections)
                # former:         curated names no longer in use, with the last date they applied
                # case_sensitive: curated names that are also common words; match only when capitalised as written
                """.formatted(VersionInfo.ICU_VERSION, com.ibm.icu.util.LocaleData.getCLDRVersion()));
        for (Map<String, Object> c : countries) {
            y.append("\n- code: ").append(scalar((String) c.get("code"))).append('\n');
            y.append("  name: ").append(scalar((String) c.get("name"))).append('\n');
            if (c.get("capital") != null) {
                y.append("  capital: ").append(scalar((String) c.get("capital"))).append('\n');
            }
            languageLists(y, "names", c.get("names"));
            if (c.get("demonyms") != null) {
                languageLists(y, "demonyms", c.get("demonyms"));
            }
            if (c.get("former") != null) {
                y.append("  former:\n");
                for (Object o : (List<?>) c.get("former")) {
                    Map<?, ?> f = (Map<?, ?>) o;
                    y.append("    - {name: ").append(scalar((String) f.get("name"))).append(", until: ")
                            .append(date((String) f.get("until"))).append("}\n");
                }
            }
            if (c.get("case_sensitive") != null) {
                y.append("  case_sensitive: ").append(flow(strings(c.get("case_sensitive")))).append('\n');
            }
        }
        return y.toString();
    }

    private String regionsYaml(List<Map<String, Object>> regions) {
        StringBuilder y = new StringBuilder();
        y.append("""
                # Regions. GENERATED by io.wirefeed.kbtools.CountryDataGenerator: do not edit, edit
                # kb/tools/countries-curated.yaml and re-run (command in countries.yaml and in the generator).
                # Sources: UN M49 regions and their containment as ICU4J %s / CLDR %s reports them
                # (Unicode licence), ICU display names, plus curated groups (kind: group) from the overlay.
                #
                # slug:       lower-case hyphenated English name
                # kind:       continent (M49 level under 001) | subregion (any other M49 region) | group (curated)
                # m49:        the UN M49 code (M49 regions only)
                # parent:     slug of the containing M49 region (continents: none)
                # members:    country codes directly in the region; continents list none (their subregions
                #             point at them). Groups may give membership dates: {code, from, to}.
                # subregions: for the M49 groupings 003, 202 and 419 only: the subregions ICU lists in them
                #             (their members are the countries of those subregions)
                # names:      per language: ICU display names plus curated extras
                """.formatted(VersionInfo.ICU_VERSION, com.ibm.icu.util.LocaleData.getCLDRVersion()));
        for (Map<String, Object> r : regions) {
            y.append("\n- slug: ").append(scalar((String) r.get("slug"))).append('\n');
            y.append("  name: ").append(scalar((String) r.get("name"))).append('\n');
            y.append("  kind: ").append(r.get("kind")).append('\n');
            if (r.containsKey("m49")) {
                y.append("  m49: \"").append(r.get("m49")).append("\"\n");
                y.append("  parent: ").append(r.get("parent") == null ? "null" : scalar((String) r.get("parent")))
                        .append('\n');
            }
            if (r.containsKey("subregions")) {
                y.append("  subregions: ").append(flow(strings(r.get("subregions")))).append('\n');
            }
            List<?> members = (List<?>) r.get("members");
            if (!members.isEmpty() && members.get(0) instanceof Map) {
                y.append("  members:\n");
                for (Object o : members) {
                    Map<?, ?> m = (Map<?, ?>) o;
                    y.append("    - {code: ").append(scalar((String) m.get("code"))).append(", from: ")
                            .append(date((String) m.get("from")));
                    if (m.get("to") != null) {
                        y.append(", to: ").append(date((String) m.get("to")));
                    }
                    y.append("}\n");
                }
            } else {
                y.append("  members: ").append(flow(strings(members))).append('\n');
            }
            if (Boolean.TRUE.equals(r.get("no_names"))) {
                y.append("  # The European Union is an organisation (see organisations/): its names are not region\n")
                        .append("  # names. The region is reached only through membership.\n")
                        .append("  names: {}\n");
            } else {
                languageLists(y, "names", r.get("names"));
            }
        }
        return y.toString();
    }

    @SuppressWarnings("unchecked")
    private static void languageLists(StringBuilder y, String key, Object value) {
        Map<String, List<String>> m = (Map<String, List<String>>) value;
        if (m.isEmpty()) {
            y.append("  ").append(key).append(": {}\n");
            return;
        }
        y.append("  ").append(key).append(":\n");
        m.forEach((lang, l) -> y.append("    ").append(lang).append(": ").append(flow(l)).append('\n'));
    }

    private static String flow(List<String> l) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < l.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(scalar(l.get(i)));
        }
        return sb.append(']').toString();
    }

    /** A YAML scalar: plain when unambiguous as a string in flow context, double-quoted otherwise. */
    static String scalar(String s) {
        if (SAFE.matcher(s).matches() && !s.endsWith(" ") && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String date(String s) {
        return DAY.matcher(s).matches() ? s : '"' + s + '"';
    }

    // ---------------------------------------------------------------------------------------------- misc

    private static final String[][] SERBIAN = {
        {"dž", "џ"}, {"lj", "љ"}, {"nj", "њ"}, {"a", "а"}, {"b", "б"}, {"c", "ц"}, {"č", "ч"}, {"ć", "ћ"},
        {"d", "д"}, {"đ", "ђ"}, {"e", "е"}, {"f", "ф"}, {"g", "г"}, {"h", "х"}, {"i", "и"}, {"j", "ј"}, {"k", "к"},
        {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"}, {"r", "р"}, {"s", "с"}, {"š", "ш"}, {"t", "т"},
        {"u", "у"}, {"v", "в"}, {"z", "з"}, {"ž", "ж"},
    };

    /** Serbian Latin to Cyrillic (digraphs lj, nj, dž first); fails on letters Serbian does not use. */
    static String serbianToCyrillic(String latin) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        outer:
        while (i < latin.length()) {
            for (String[] p : SERBIAN) {
                String l = p[0];
                if (latin.regionMatches(true, i, l, 0, l.length())) {
                    boolean upper = Character.isUpperCase(latin.charAt(i));
                    out.append(upper ? p[1].toUpperCase(Locale.ROOT) : p[1]);
                    i += l.length();
                    continue outer;
                }
            }
            char ch = latin.charAt(i);
            if (Character.isLetter(ch)) {
                throw new IllegalArgumentException("not Serbian Latin: " + latin);
            }
            out.append(ch);
            i++;
        }
        return out.toString();
    }

    /** The strings in order, without those equal to an earlier one but for case. */
    private static List<String> distinctIgnoringCase(Collection<String> strings) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String s : strings) {
            if (seen.add(s.toLowerCase(Locale.ROOT))) {
                out.add(s);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    private static List<?> list(Object o) {
        return o == null ? List.of() : (List<?>) o;
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        for (Object x : list(o)) {
            out.add(str(x));
        }
        return out;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString().trim();
    }
}
