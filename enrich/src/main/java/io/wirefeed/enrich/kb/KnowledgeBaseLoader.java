package io.wirefeed.enrich.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wirefeed.enrich.kb.KnowledgeBase.Country;
import io.wirefeed.enrich.kb.KnowledgeBase.FormerName;
import io.wirefeed.enrich.kb.KnowledgeBase.Membership;
import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Person;
import io.wirefeed.enrich.kb.KnowledgeBase.Place;
import io.wirefeed.enrich.kb.KnowledgeBase.Region;
import io.wirefeed.enrich.kb.KnowledgeBase.Role;
import io.wirefeed.enrich.kb.KnowledgeBase.Title;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the knowledge base: the files listed in {@code kb/manifest.yaml} on the class path, then an
 * optional overlay file whose people and organisations add to or replace (same id) the built-in ones,
 * then optional GeoNames files a user passes to widen the gazetteer.
 */
public final class KnowledgeBaseLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String ROOT = "kb/";

    /**
     * The kinds an organisation may have (kb/README.md). The tagger treats some alike (state bodies, media), and
     * generic bodies named without their country ("the Central Bank") are resolved by kind, so a misspelt kind
     * would silently drop an entry out of those rules: it is refused at load time instead.
     */
    public static final Set<String> ORGANISATION_KINDS = OrganisationKind.labels();

    private KnowledgeBaseLoader() {}

    /** The built-in knowledge base. */
    public static KnowledgeBase builtIn() {
        return load(null);
    }

    /**
     * The built-in regions alone (their slugs name the region topics), read without the rest of the knowledge
     * base; an overlay adds no regions.
     */
    public static List<Region> regions() {
        List<Region> regions = new ArrayList<>();
        for (JsonNode f : yaml(ROOT + "manifest.yaml").path("regions")) {
            yaml(ROOT + f.asText()).forEach(n -> regions.add(region(n)));
        }
        return List.copyOf(regions);
    }

    /** The built-in knowledge base plus an overlay file (null for none). */
    public static KnowledgeBase load(Path overlay) {
        JsonNode manifest = yaml(ROOT + "manifest.yaml");
        // parsing YAML is most of the load and the files are independent: read them on every core
        CompletableFuture<List<Place>> places = CompletableFuture.supplyAsync(() -> {
            List<Place> all = new ArrayList<>();
            for (JsonNode f : manifest.path("places")) {
                all.addAll(placesTsv(ROOT + f.asText(), open(ROOT + f.asText())));
            }
            return all;
        });
        Map<String, JsonNode> files = yamlFiles(manifest, "countries", "regions", "people", "organisations", "titles");
        List<Country> countries = new ArrayList<>();
        for (JsonNode f : manifest.path("countries")) {
            files.get(f.asText()).forEach(n -> countries.add(country(n)));
        }
        List<Region> regions = new ArrayList<>();
        for (JsonNode f : manifest.path("regions")) {
            files.get(f.asText()).forEach(n -> regions.add(region(n)));
        }
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, String> fileOf = new HashMap<>();
        for (JsonNode f : manifest.path("people")) {
            files.get(f.asText()).forEach(n -> {
                Person p = person(n, f.asText());
                put(people, fileOf, p.id(), p, f.asText());
            });
        }
        Map<String, Organisation> orgs = new LinkedHashMap<>();
        for (JsonNode f : manifest.path("organisations")) {
            files.get(f.asText()).forEach(n -> put(orgs, fileOf, "org:" + text(n, "id"), organisation(n, f.asText()), f.asText()));
        }
        List<Title> titles = new ArrayList<>();
        for (JsonNode f : manifest.path("titles")) {
            files.get(f.asText()).fields().forEachRemaining(e ->
                    e.getValue().forEach(p -> titles.add(new Title(p.asText(), e.getKey()))));
        }
        List<String> firstNames = new ArrayList<>();
        for (JsonNode f : manifest.path("first_names")) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(open(ROOT + f.asText()), StandardCharsets.UTF_8))) {
                r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(firstNames::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f.asText(), e);
            }
        }
        if (overlay != null) {
            JsonNode o = readOverlay(overlay);
            o.path("people").forEach(n -> people.put(text(n, "id"), person(n, overlay.toString())));
            o.path("organisations").forEach(n -> orgs.put(text(n, "id"), organisation(n, overlay.toString())));
        }
        return new KnowledgeBase(manifest.path("version").asText("unversioned"), List.copyOf(countries),
                List.copyOf(regions), List.copyOf(joined(places)), List.copyOf(people.values()), List.copyOf(orgs.values()),
                List.copyOf(titles), List.copyOf(firstNames));
    }

    /** Adds the places of a GeoNames file ({@code cities1000.txt} layout) to a knowledge base. */
    public static KnowledgeBase withGazetteer(KnowledgeBase kb, Path geonamesFile, long minPopulation) {
        List<Place> extra = new ArrayList<>(kb.places());
        try (BufferedReader r = Files.newBufferedReader(geonamesFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (c.length < 15 || !"P".equals(c[6]) || parseLong(c[14]) < minPopulation) {
                    continue;
                }
                List<String> names = c[3].isEmpty() ? List.of() : List.of(c[3].split(","));
                extra.add(new Place(c[0], c[1], c[8], "PPLC".equals(c[7]) ? "capital" : "city", null,
                        parseLong(c[14]), names.size() > 30 ? names.subList(0, 30) : names));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + geonamesFile, e);
        }
        return new KnowledgeBase(kb.version() + "+" + geonamesFile.getFileName(), kb.countries(), kb.regions(),
                List.copyOf(extra), kb.people(), kb.organisations(), kb.titles(), kb.firstNames());
    }

    private static Country country(JsonNode n) {
        List<FormerName> former = new ArrayList<>();
        n.path("former").forEach(f -> former.add(new FormerName(text(f, "name"), PartialDate.end(text(f, "until")))));
        List<String> read = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        JsonNode names = n.path("names");
        if (names.isObject()) {
            names.fields().forEachRemaining(e -> e.getValue().forEach(v ->
                    (KnowledgeBase.READ_LANGUAGES.contains(e.getKey()) ? read : foreign).add(v.asText())));
        } else {
            read.addAll(flatten(names));
        }
        if (text(n, "name") != null) {
            read.add(0, text(n, "name"));
        }
        return new Country(text(n, "code"), text(n, "name"), text(n, "capital"), List.copyOf(read), List.copyOf(foreign),
                flatten(n.path("demonyms")), List.copyOf(former), strings(n.path("case_sensitive")));
    }

    private static Region region(JsonNode n) {
        List<Membership> members = new ArrayList<>();
        for (JsonNode m : n.path("members")) {
            members.add(m.isTextual() ? new Membership(m.asText(), null, null)
                    : new Membership(text(m, "code"), PartialDate.start(text(m, "from")), PartialDate.end(text(m, "to"))));
        }
        return new Region(text(n, "slug"), text(n, "name"), text(n, "kind"), text(n, "parent"), List.copyOf(members),
                flatten(n.path("names")));
    }

    private static Person person(JsonNode n, String file) {
        List<Role> roles = new ArrayList<>();
        for (JsonNode r : n.path("roles")) {
            try {
                roles.add(new Role(text(r, "title"), text(r, "of"), text(r, "org"), PartialDate.start(text(r, "from")),
                        PartialDate.end(text(r, "to"))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": person " + text(n, "id") + ": " + e.getMessage(), e);
            }
        }
        return new Person(require(n, "id", file), require(n, "name", file), text(n, "country"), strings(n.path("aliases")),
                text(n, "surname"), List.copyOf(roles));
    }

    private static Organisation organisation(JsonNode n, String file) {
        String kind = text(n, "kind");
        if (kind != null && !ORGANISATION_KINDS.contains(kind)) {
            throw new IllegalArgumentException(file + ": organisation " + text(n, "id") + ": unknown kind " + kind);
        }
        List<String> creditAliases = strings(n.path("credit_aliases"));
        if (!creditAliases.isEmpty() && !OrganisationKind.of(kind).isSource()) {
            // a name that counts only where a story credits it is an outlet's: a party is never "told" anything
            throw new IllegalArgumentException(file + ": organisation " + text(n, "id")
                    + ": credit_aliases are for news agencies, broadcasters and media, not kind " + kind);
        }
        List<String> partyAliases = strings(n.path("party_aliases"));
        if (!partyAliases.isEmpty() && OrganisationKind.of(kind) != OrganisationKind.PARTY) {
            // the cue that makes an ordinary word a name here is a party's ("stranka Možemo!", "poslanci Levice")
            throw new IllegalArgumentException(file + ": organisation " + text(n, "id")
                    + ": party_aliases are for parties, not kind " + kind);
        }
        List<String> clubAliases = strings(n.path("club_aliases"));
        if (!clubAliases.isEmpty() && OrganisationKind.of(kind) != OrganisationKind.OTHER) {
            // the cue that makes a town or a river a name here is a match's: clubs are kind other
            throw new IllegalArgumentException(file + ": organisation " + text(n, "id")
                    + ": club_aliases are for sports clubs (kind other), not kind " + kind);
        }
        return new Organisation(require(n, "id", file), require(n, "name", file), text(n, "kind"), text(n, "country"),
                strings(n.path("aliases")), creditAliases, partyAliases, clubAliases);
    }

    static List<Place> placesTsv(String name, InputStream in) {
        List<Place> places = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            Map<String, Integer> col = null;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (col == null) {
                    col = new LinkedHashMap<>();
                    for (int i = 0; i < c.length; i++) {
                        col.put(c[i].trim(), i);
                    }
                    continue;
                }
                String names = cell(c, col, "names");
                places.add(new Place(emptyToNull(cell(c, col, "geonameid")), cell(c, col, "name"), cell(c, col, "country"),
                        cell(c, col, "kind"), emptyToNull(cell(c, col, "admin1")), parseLong(cell(c, col, "population")),
                        names.isEmpty() ? List.of() : List.of(names.split("\\|"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return places;
    }

    private static String cell(String[] c, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= c.length ? "" : c[i].trim();
    }

    /** A background read's result, its own exception rethrown as it was (a missing or bad file says which). */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The YAML files the manifest lists under {@code sections}, parsed in parallel, by their manifest path. */
    private static Map<String, JsonNode> yamlFiles(JsonNode manifest, String... sections) {
        List<String> paths = new ArrayList<>();
        for (String section : sections) {
            manifest.path(section).forEach(f -> paths.add(f.asText()));
        }
        Map<String, JsonNode> parsed = new ConcurrentHashMap<>();
        paths.parallelStream().forEach(p -> parsed.put(p, yaml(ROOT + p)));
        return parsed;
    }

    private static JsonNode yaml(String resource) {
        try (InputStream in = open(resource)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + resource + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode readOverlay(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the knowledge-base overlay " + file + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = KnowledgeBaseLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("knowledge-base file missing from the class path: " + resource);
        }
        return in;
    }

    private static <T> void put(Map<String, T> byId, Map<String, String> fileOf, String id, T entry, String file) {
        String key = entry instanceof Organisation o ? o.id() : id;
        if (byId.putIfAbsent(key, entry) != null) {
            throw new IllegalStateException("duplicate knowledge-base id '" + key + "' in " + file + " and " + fileOf.get(id));
        }
        fileOf.put(id, file);
    }

    /** All strings of a list, or of every list in a map of lists (names per language). */
    private static List<String> flatten(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(v -> out.add(v.asText()));
        } else if (n.isObject()) {
            n.forEach(list -> list.forEach(v -> out.add(v.asText())));
        }
        return List.copyOf(out);
    }

    private static List<String> strings(JsonNode n) {
        return flatten(n);
    }

    private static String require(JsonNode n, String field, String file) {
        String v = text(n, field);
        if (v == null) {
            throw new IllegalArgumentException(file + ": an entry has no " + field + ": " + n);
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static long parseLong(String s) {
        try {
            return s == null || s.isEmpty() ? 0 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
