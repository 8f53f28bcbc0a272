package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase;
import io.wirefeed.enrich.kb.KnowledgeBase.Country;
import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bodies every state has, named without their state: "the Constitutional Court", "the Central Bank", "the
 * Foreign Ministry", "the National Assembly". Such a name names a body only together with a country: the one
 * written before it ("Kosovo's Constitutional Court", "the Iranian Foreign Ministry"), else the one country the
 * story is about. The knowledge base's own entry for that country's body is used when it has one ("the
 * Constitutional Court" in a Montenegrin story is "Constitutional Court of Montenegro"); otherwise the generic
 * name is qualified with the country.
 */
final class GenericBodies {
    /** A generic body resolved to a country: a knowledge-base entry, or a name qualified with the country. */
    record Resolved(Organisation known, String name, String kind, String country) {}

    /** Heads of generic names and the kind of body they make (the knowledge base's words). */
    private static final Map<String, String> HEADS = Map.ofEntries(
            Map.entry("court", "court"), Map.entry("tribunal", "court"), Map.entry("bank", "other"),
            Map.entry("assembly", "parliament"), Map.entry("parliament", "parliament"), Map.entry("senate", "parliament"),
            Map.entry("congress", "parliament"), Map.entry("deputies", "parliament"), Map.entry("representatives", "parliament"),
            Map.entry("ministry", "ministry"), Map.entry("guard", "military"), Map.entry("commission", "other"),
            Map.entry("council", "other"), Map.entry("office", "other"), Map.entry("police", "other"),
            Map.entry("directorate", "other"), Map.entry("department", "ministry"), Map.entry("treasury", "ministry"));
    /** Words a generic body's name is made of besides its head: nothing in them names one state's body. */
    private static final Set<String> GENERIC_WORDS = Set.of("the", "of", "for", "and", "constitutional", "supreme", "high",
            "higher", "central", "national", "federal", "state", "election", "electoral", "administrative", "appeal",
            "appeals", "cassation", "justice", "chamber", "house", "judicial", "prosecutorial", "people", "peoples",
            "public", "prosecutor", "prosecutors", "general", "audit", "reserve", "security", "anti", "corruption",
            // an office holder's possessive ("the Ombudsman's Office", "the Attorney General's Office")
            "s", "ombudsman", "attorney", "auditor", "comptroller", "defender", "solicitor");
    /**
     * The portfolios most states have a department, directorate or office for: with those heads they make a
     * generic name too ("the Labour Directorate", "the Department of Foreign Affairs", "the National Statistics
     * Office"); not with a council's ("General Affairs Council" is the EU's).
     */
    private static final Set<String> PORTFOLIOS = Set.of("foreign", "affairs", "home", "interior", "defence", "defense",
            "finance", "labour", "labor", "employment", "health", "education", "agriculture", "trade", "industry",
            "energy", "mining", "mines", "water", "resources", "transport", "environment", "statistics", "tax", "customs",
            "revenue", "immigration");
    private static final Set<String> PORTFOLIO_HEADS = Set.of("department", "directorate", "office");
    /** Countries whose English name takes the article after "of": "Department of Foreign Affairs of the Philippines". */
    private static final Set<String> WITH_ARTICLE = Set.of("Philippines", "Netherlands", "United States", "United Kingdom",
            "United Arab Emirates", "Czech Republic", "Dominican Republic", "Central African Republic", "Bahamas", "Gambia",
            "Maldives", "Comoros", "Marshall Islands", "Solomon Islands", "Seychelles");
    /** "Foreign Ministry" is "Ministry of Foreign Affairs"; "Ministry of the Interior" is "Ministry of Interior". */
    private static final Map<String, String> MINISTRY_FIELDS = Map.of("foreign", "foreign affairs", "defense", "defence",
            "the interior", "interior", "internal affairs", "interior", "home affairs", "interior", "labor", "labour",
            "national defense", "defence", "national defence", "defence");

    private final Map<String, Country> countries;
    /** "RS|constitutional court" -> the knowledge base's Constitutional Court of Serbia */
    private final Map<String, Organisation> byCountry = new HashMap<>();
    /** the generic keys the knowledge base's country bodies are named by, beside the heads above */
    private final Set<String> knownGeneric = new HashSet<>();
    /** generic keys of the knowledge base's aliases ("HR|sabor"), for what the names above leave unresolved */
    private final Map<String, Organisation> aliasKeys = new HashMap<>();

    GenericBodies(KnowledgeBase kb) {
        this.countries = kb.countriesByCode();
        Folding folding = Folding.get();
        for (Organisation o : kb.organisations()) {
            Country c = o.country() == null ? null : countries.get(o.country());
            if (c == null || "party".equals(o.kind()) || "agency".equals(o.kind()) && !o.name().contains("Bank")) {
                continue;
            }
            for (String alias : o.aliases()) {
                // "Hrvatski sabor" makes "Sabor" Croatia's; the entry's own name (below) goes first
                String a = strip(alias, c, folding);
                if (a != null) {
                    aliasKeys.putIfAbsent(c.code() + "|" + normalise(a), o);
                }
            }
            String generic = strip(o.name(), c, folding);
            if (generic == null) {
                continue;
            }
            String key = normalise(generic);
            knownGeneric.add(key);
            byCountry.putIfAbsent(c.code() + "|" + key, o);
            if ("parliament".equals(o.kind())) {
                byCountry.putIfAbsent(c.code() + "|parliament", o); // "Parliament" is the country's legislature
            }
            if (key.equals("national bank") || key.equals("bank")) {
                byCountry.putIfAbsent(c.code() + "|central bank", o); // its central bank, whatever it is called
            }
        }
        aliasKeys.forEach(byCountry::putIfAbsent);
        // "the Senate" alone is the one legislature or presidency of its country whose name ends in "Senate"
        Map<String, Organisation> byHead = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        byCountry.forEach((k, o) -> {
            if ("parliament".equals(o.kind()) || "presidency".equals(o.kind())) {
                String code = k.substring(0, k.indexOf('|'));
                String[] words = k.substring(k.indexOf('|') + 1).split(" ");
                Organisation before = byHead.putIfAbsent(code + "|" + words[words.length - 1], o);
                if (before != null && before != o) {
                    ambiguous.add(code + "|" + words[words.length - 1]);
                }
            }
        });
        ambiguous.forEach(byHead::remove);
        byHead.forEach(byCountry::putIfAbsent);
    }

    /**
     * The name without the words that name its country: "Constitutional Court of Montenegro", "Croatian
     * National Bank" and "United States Department of Energy" give "Constitutional Court", "National Bank" and
     * "Department of Energy"; null when no such words are there.
     */
    private static String strip(String name, Country c, Folding folding) {
        for (String suffix : List.of(" (" + c.name() + ")", " of the Republic of " + c.name(), " of " + c.name(),
                " of the " + c.name())) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        if (name.startsWith(c.name() + " Department of ")) {
            // "United States Department of Justice": a story of that country names it "the Department of Justice"
            return name.substring(c.name().length() + 1);
        }
        int space = name.indexOf(' ');
        if (space > 0) {
            String first = folding.key(name.substring(0, space));
            for (String d : c.demonyms()) {
                if (folding.key(d).equals(first)) {
                    return name.substring(space + 1);
                }
            }
        }
        return null;
    }

    /** The generic key of a name: "the Foreign Ministry" -> "ministry of foreign affairs". */
    static String normalise(String name) {
        String key = Folding.get().key(name);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        if (key.endsWith(" electoral commission")) {
            key = key.substring(0, key.length() - " electoral commission".length()) + " election commission";
        }
        if (key.endsWith(" ministry") && !key.startsWith("ministry")) {
            key = "ministry of " + key.substring(0, key.length() - " ministry".length());
        }
        if (key.startsWith("ministry of ")) {
            String field = key.substring("ministry of ".length());
            key = "ministry of " + MINISTRY_FIELDS.getOrDefault(field, field);
        }
        return key;
    }

    /** Whether a name found in a story is one every state has: its key is the knowledge base's or made of generic words with a head. */
    boolean isGeneric(String name) {
        String key = normalise(name);
        if (knownGeneric.contains(key) || key.startsWith("ministry of ")) {
            return true;
        }
        String[] words = key.split(" ");
        if (words.length == 1) {
            return false; // "Parliament" alone is a description (see ANNOTATION): not counted
        }
        if (!HEADS.containsKey(words[words.length - 1]) && !(key.contains(" of ") && HEADS.containsKey(words[0]))) {
            return false;
        }
        boolean portfolios = PORTFOLIO_HEADS.contains(head(key));
        for (String w : words) {
            if (!GENERIC_WORDS.contains(w) && !HEADS.containsKey(w) && !(portfolios && PORTFOLIOS.contains(w))) {
                return false;
            }
        }
        return true;
    }

    /** The generic body {@code name} (country words removed; {@code written}: the name as written with them, or null) as the body of {@code code}. */
    Resolved resolve(String name, String written, String code) {
        Country c = countries.get(code);
        if (c == null) {
            return null;
        }
        String key = normalise(name);
        Organisation known = byCountry.get(code + "|" + key);
        if (known != null) {
            return new Resolved(known, known.name(), known.kind(), code);
        }
        if (key.startsWith(FEDERAL_MINISTRY)) {
            return new Resolved(null, name, "ministry", code); // "Federal Ministry of Health": the Federation's, named so
        }
        boolean ministry = key.startsWith("ministry of ");
        if (written != null && !ministry) {
            return new Resolved(null, written, kindOf(key), code); // "Philippine Coast Guard" is its name
        }
        // the name the annotation guide and a newsroom give a state's body: "Constitutional Court of Kosovo",
        // "Ministry of Foreign Affairs of Egypt" (also for "the Egyptian Foreign Ministry")
        // a list of portfolios keeps its commas ("Ministry of Agriculture, Forestry and Fisheries"), which the key drops
        boolean listed = ministry && name.startsWith("Ministry of ") && name.contains(",")
                && Folding.get().key(name.substring("Ministry of ".length())).equals(key.substring("ministry of ".length()));
        String generic = listed ? name : ministry ? "Ministry of " + title(key.substring("ministry of ".length()))
                : name.startsWith("the ") ? name.substring(4) : name;
        return new Resolved(null, generic + " of " + ofName(c), kindOf(key), code);
    }

    /** a ministry of the Federation of Bosnia and Herzegovina ({@link NativeMinistries}): its name says whose it is */
    private static final String FEDERAL_MINISTRY = "federal ministry of ";

    /** A country's name after "of": "the Philippines", "Chile". */
    static String ofName(Country c) {
        return WITH_ARTICLE.contains(c.name()) ? "the " + c.name() : c.name();
    }

    private static String kindOf(String key) {
        return key.startsWith("ministry") ? "ministry" : HEADS.getOrDefault(head(key), "other");
    }

    /** The head word of a generic key: its last word, or its first before "of" ("court of appeal"). */
    private static String head(String key) {
        String[] words = key.split(" ");
        return HEADS.containsKey(words[words.length - 1]) ? words[words.length - 1] : words[0];
    }

    /** "foreign affairs" -> "Foreign Affairs" (small words stay lower case). */
    private static String title(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Set.of("of", "and", "for", "the").contains(w) ? w
                    : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return out.toString();
    }

    /**
     * A generic body's name without its country's words, the country written with it (or null), and the whole
     * name as written when the country is part of it ("Philippine Coast Guard"), else null. {@code knownOnly}:
     * it counts only as the knowledge base's entry for its country (a body named in another language,
     * "Собранието", is reported by its English name or not at all); {@code fallback}: the country it is of when
     * neither the text nor the story's one country says (or null).
     */
    record Named(String name, String country, String written, boolean knownOnly, String fallback) {
        Named(String name, String country, String written) {
            this(name, country, written, false, null);
        }
    }

    /**
     * Reads tokens {@code from..to} (a name found in a story) as a generic body: "Kosovo's Constitutional Court",
     * "the Iranian Foreign Ministry", "Constitutional Court of Montenegro" give the country written with it;
     * "the Constitutional Court" none. Null when the name is not a generic body's.
     */
    Named read(Tokens tokens, List<AliasIndex.Match> accepted, int from, int to) {
        String country = null;
        boolean inside = false;
        int first = from;
        int last = to;
        for (AliasIndex.Match m : accepted) {
            String code = countryOf(m);
            if (code == null) {
                if (isOrganisation(m) && (m.to() == from - 1 || (m.to() == from - 2 && tokens.key(from - 1).equals("s")))) {
                    return null; // "the Council of Europe's Parliamentary Assembly" is that organisation's body, no state's
                }
                continue;
            }
            if (m.from() == from && m.to() < to) {
                country = code; // "Montenegrin Constitutional Court"
                inside = true;
                first = m.to() + 1;
            } else if (m.to() == to && m.from() > from + 1 && tokens.key(m.from() - 1).equals("of")) {
                country = code; // "Constitutional Court of Montenegro"
                inside = true;
                last = m.from() - 2;
            } else if (m.to() == from - 1 || (m.to() == from - 2 && tokens.key(from - 1).equals("s"))) {
                country = country != null ? country : code; // "Kosovo's Constitutional Court"
            }
        }
        if (first < from || first > last) {
            return null;
        }
        if (tokens.key(first).equals("the") && first < last) {
            first++;
        }
        String name = tokens.surface(first, last);
        return isGeneric(name) ? new Named(name, country, inside ? tokens.surface(from, to) : null) : null;
    }

    private static boolean isOrganisation(AliasIndex.Match m) {
        return m.targets().stream().allMatch(t -> t.kind() == AliasIndex.Kind.ORGANISATION);
    }

    private static String countryOf(AliasIndex.Match m) {
        for (AliasIndex.Target t : m.targets()) {
            if (t.kind() == AliasIndex.Kind.COUNTRY || t.kind() == AliasIndex.Kind.DEMONYM) {
                return t.ref();
            }
        }
        return null;
    }
}
