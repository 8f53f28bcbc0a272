package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase;
import io.wirefeed.enrich.kb.KnowledgeBase.Country;
import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Person;
import io.wirefeed.enrich.kb.KnowledgeBase.Place;
import io.wirefeed.enrich.kb.KnowledgeBase.Region;
import io.wirefeed.enrich.kb.OrganisationKind;
import io.wirefeed.enrich.tagging.AliasIndex.CaseRule;
import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * The knowledge base compiled for tagging, once at start: every alias in one {@link AliasIndex}, and the
 * entries a match's {@link Target#ref()} points to. Read-only afterwards, shared by every pass and thread.
 */
final class CompiledKb {
    /** The place kind of a country's capital, in the gazetteer. */
    static final String CAPITAL = "capital";
    static final String ADMIN1 = "admin1";
    /** A place named this many folded letters or more is less likely an ordinary word elsewhere. */
    private static final int LONG_PLACE_NAME = 5;
    /** Places this populous count as major: every name of theirs is matched, inflected. */
    private static final long MAJOR_POPULATION = 1_000_000;
    /** Capitals this populous keep their short other names too. */
    private static final long SHORT_NAMED_CAPITAL_POPULATION = 500_000;
    /** Surnames and first names shorter than this (folded) are too often other words. */
    private static final int MIN_NAME_KEY = 3;
    /** words before a father's or forefather's name in Arabic and Hebrew names: what follows them is no surname */
    private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "bint", "ben", "bar", "ould");
    /** The built-in knowledge base makes some 310,000 words and inflected forms (a larger index rehashes as it grows). */
    private static final int FORMS = 320_000;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Acronyms up to this length must be written in capitals. */
    private static final int MAX_ACRONYM = 12;

    final KnowledgeBase kb;
    final AliasIndex index = new AliasIndex(FORMS);
    /** outlets' names that are also other things: they count only where a story credits the outlet ({@link NewsCredits}) */
    final AliasIndex creditIndex = new AliasIndex();
    /** a party's names that are ordinary words: they count only where the story calls them a party ({@link PartyCues}) */
    final AliasIndex partyIndex = new AliasIndex();
    /** a club's names that are also a town, a region or a river: they count only in a story about a match ({@link ClubCues}) */
    final AliasIndex clubIndex = new AliasIndex();
    final RegionTaxonomy taxonomy;
    final Metonymy metonymy;
    final Map<String, Country> countries;
    final Map<String, Person> people = new HashMap<>();
    private final Map<String, String> surnameKeys = new HashMap<>();
    final Map<String, Organisation> orgs = new HashMap<>();
    /** the record's name of each organisation whose knowledge-base name carries a bracketed country, by id (see {@link OutputNames}) */
    final Map<String, String> outputNames = new HashMap<>();
    /** places by ref: the index of the place in the knowledge base's list */
    final Map<String, Place> places = new HashMap<>();
    /** the folded main name of each place, by place ref */
    final Map<String, String> placeKeys = new HashMap<>();
    /** people by folded surname (and the last word of each alias) */
    final Map<String, List<Person>> bySurname = new HashMap<>();
    /** people from outside the lands whose copy writes names by ear, by {@link TranscriptionKey} (null: several share it) */
    private final Map<String, Person> byTranscription = new HashMap<>();
    /** the countries whose people's names the South Slavic Latin copy writes as they do: no transcription to undo */
    private static final Set<String> SAME_SPELLING = Set.of("RS", "HR", "BA", "ME", "SI");
    /** a transcription key this many letters long or more (without spaces) says enough to name someone */
    private static final int MIN_TRANSCRIPTION_KEY = 6;
    /** organisations by folded name or alias: how a story's provider is found */
    final Map<String, Organisation> orgsByKey = new HashMap<>();
    /** folded first names: the knowledge base's list and the first word of each person's name */
    final Set<String> firstNames;
    /** the folded demonyms written in Latin script, with their inflected forms ("srpski", "srpskog", "shqiptar") */
    final Set<String> latinDemonymForms = new HashSet<>();
    /** bodies every state has ("the Constitutional Court"), by country */
    final GenericBodies genericBodies;
    /** ordinary words of each language that are also a town's name */
    final CommonWords commonWords;
    /** the heads of a town's bodies named by kind and town ("Gradsko veće", "Policijska uprava") */
    final LocalBodies localBodies;
    /** embassies, EU delegations, OSCE missions: named by kind, sender and seat ({@code tagging/missions.tsv}) */
    final ForeignMissions foreignMissions;
    /** ordinary English words: a run of capitalised words in English copy with none of them is likely a name */
    final EnglishWords englishWords;

    CompiledKb(KnowledgeBase kb) {
        this.kb = kb;
        // the word lists and generic bodies need nothing of the index: made on another core while it is compiled
        CompletableFuture<CommonWords> common = CompletableFuture.supplyAsync(CommonWords::load);
        CompletableFuture<EnglishWords> english = CompletableFuture.supplyAsync(EnglishWords::load);
        CompletableFuture<GenericBodies> generic = CompletableFuture.supplyAsync(() -> new GenericBodies(kb));
        CompletableFuture<LocalBodies> local = CompletableFuture.supplyAsync(LocalBodies::load);
        CompletableFuture<ForeignMissions> missions = CompletableFuture.supplyAsync(ForeignMissions::load);
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
            c.demonyms().stream().filter(d -> below(d, 0x0370))
                    .forEach(d -> latinDemonymForms.addAll(Inflector.forms(folding.key(d))));
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
            boolean major = balkan || p.population() >= MAJOR_POPULATION || CAPITAL.equals(p.kind());
            Target t = new Target(Kind.PLACE, ref, CaseRule.CAPITALISED, major);
            addPlaceName(p.name(), t);
            for (String n : p.names()) {
                int length = folding.key(n).length();
                boolean shortOk = balkan || (CAPITAL.equals(p.kind()) && p.population() >= SHORT_NAMED_CAPITAL_POPULATION);
                if ((major && (length >= LONG_PLACE_NAME || shortOk)) || (length >= LONG_PLACE_NAME && below(n, 0x0370))) {
                    addPlaceName(n, t);
                }
            }
            if (balkan) {
                addCaseForms(p, t, folding);
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
            surnameKeys.put(p.id(), folding.key(p.surname() != null ? p.surname() : lastWord(p.name())));
            Target full = new Target(Kind.PERSON, p.id(), CaseRule.CAPITALISED, true);
            index.add(p.name(), full);
            p.aliases().forEach(a -> index.add(a, full));
            Set<String> surnames = new LinkedHashSet<>();
            surnames.add(p.surname() != null ? p.surname() : lastWord(p.name()));
            // not the given name that ends an alias written family name first ("Magyar Péter")
            String given = folding.key(SPACES.split(p.name().trim())[0]);
            // nor a father's name after "bin" ("Tamim bin Hamad" has no surname Hamad: Badr bin Hamad is someone else)
            p.aliases().stream().filter(a -> !PATRONYMIC.contains(folding.key(secondLastWord(a))))
                    .map(CompiledKb::lastWord).filter(w -> !folding.key(w).equals(given)).forEach(surnames::add);
            if (p.country() == null || !SAME_SPELLING.contains(p.country())) {
                addTranscriptions(p);
            }
            String twoWord = p.surname() != null && p.surname().indexOf(' ') > 0 && Character.isUpperCase(p.surname().charAt(0))
                    ? p.surname() : null;
            if (twoWord != null) {
                // a double surname is written with a hyphen as often as without: "Đedović-Handanović"
                String hyphened = twoWord.replace(' ', '-');
                index.add(p.name().replace(twoWord, hyphened), full);
                index.add(hyphened, new Target(Kind.SURNAME, folding.key(twoWord), CaseRule.CAPITALISED, true));
            }
            for (String s : surnames) {
                if (folding.key(s).length() >= MIN_NAME_KEY) {
                    index.add(s, new Target(Kind.SURNAME, folding.key(s), CaseRule.CAPITALISED, true));
                    List<Person> list = bySurname.computeIfAbsent(folding.key(s), k -> new ArrayList<>());
                    if (!list.contains(p)) {
                        list.add(p);
                    }
                }
            }
        }
        List<Organisation> nativeAcronyms = new ArrayList<>();
        for (Organisation o : kb.organisations()) {
            orgs.put(o.id(), o);
            // a name that is an acronym ("NASA", "INA") written with a capital only has no other letters: "Naša" is no NASA
            CaseRule nameRule = caseRuleOf(o.name()) == CaseRule.ALL_CAPS ? CaseRule.ACRONYM_NAME : CaseRule.CAPITALISED;
            // a party's name that is an ordinary word ("Levica", "Niki") counts only where the story calls it a party,
            // an outlet's ("Beta") only where the story credits it
            Set<String> ordinary = o.partyAliases().isEmpty() && o.creditAliases().isEmpty() ? Set.of()
                    : java.util.stream.Stream.concat(o.partyAliases().stream(), o.creditAliases().stream())
                            .map(folding::key).collect(java.util.stream.Collectors.toSet());
            if (!ordinary.contains(folding.key(o.name()))) {
                index.add(o.name(), new Target(Kind.ORGANISATION, o.id(), nameRule, nameRule != CaseRule.ACRONYM_NAME));
            }
            if (o.name().endsWith(")") && o.name().contains(" (")
                    && !ordinary.contains(folding.key(o.name().substring(0, o.name().lastIndexOf(" ("))))) {
                // "National Liberal Party (Romania)" is written "National Liberal Party"; but "Social Democrats"
                // or "Democratic Party" alone is as often another country's party, so this name is marked and
                // counts only where the story refers to the country (see RollUpPass)
                index.add(o.name().substring(0, o.name().lastIndexOf(" (")), Target.baseName(o.id()));
            } else if (OrganisationKind.of(o.kind()) == OrganisationKind.PARTY && o.country() != null
                    && countries.containsKey(o.country()) && o.name().endsWith(" of " + countries.get(o.country()).name())) {
                // "Democratic Party of Albania" is written "the Democratic Party" in stories about Albania: the same rule
                index.add(o.name().substring(0, o.name().length() - countries.get(o.country()).name().length() - 4),
                        Target.baseName(o.id()));
            } else if (OrganisationKind.of(o.kind()) == OrganisationKind.PARTY && o.country() != null
                    && countries.containsKey(o.country())) {
                // "Democratic Party of Korea", also "Democratic Party (South Korea)", is "the Democratic Party" in Korean
                // stories: the same rule, so that the base name of another country's party does not take it alone
                String qualifier = " (" + countries.get(o.country()).name() + ")";
                for (String a : o.aliases()) {
                    if (a.endsWith(qualifier)) {
                        index.add(a.substring(0, a.length() - qualifier.length()), Target.baseName(o.id()));
                    }
                }
            }
            orgsByKey.putIfAbsent(folding.key(o.name()), o);
            for (String a : o.aliases()) {
                index.add(a, new Target(Kind.ORGANISATION, o.id(), caseRuleOf(a), caseRuleOf(a) != CaseRule.ALL_CAPS));
                if (caseRuleOf(a) == CaseRule.ALL_CAPS && !below(a, 0x0370)) {
                    nativeAcronyms.add(o); // folded, "ДПА" is "dpa": the agency's key, whichever file comes first
                } else {
                    orgsByKey.putIfAbsent(folding.key(a), o);
                }
            }
            for (String a : o.creditAliases()) {
                // an outlet that writes its name in lower case ("dpa") is credited so: as a credit, any case counts
                CaseRule rule = a.chars().noneMatch(Character::isUpperCase) ? CaseRule.ANY : caseRuleOf(a);
                creditIndex.add(a, new Target(Kind.ORGANISATION, o.id(), rule, rule != CaseRule.ALL_CAPS));
                orgsByKey.putIfAbsent(folding.key(a), o); // a story's provider "ap" is a credit
            }
            for (String a : o.partyAliases()) {
                // counted only where the story refers to the party's country, as a base name: "the Democrats" are
                // Montenegro's or Slovenia's party by the story, and no party in an American one
                partyIndex.add(a, new Target(Kind.ORGANISATION, o.id(), caseRuleOf(a), caseRuleOf(a) != CaseRule.ALL_CAPS, 1, true));
            }
            for (String a : o.clubAliases()) {
                clubIndex.add(a, new Target(Kind.ORGANISATION, o.id(), caseRuleOf(a), caseRuleOf(a) != CaseRule.ALL_CAPS));
            }
        }
        for (Organisation o : nativeAcronyms) {
            o.aliases().stream().filter(a -> caseRuleOf(a) == CaseRule.ALL_CAPS && !below(a, 0x0370))
                    .forEach(a -> orgsByKey.putIfAbsent(folding.key(a), o));
        }
        outputNames.putAll(OutputNames.of(kb.organisations(), countries));
        kb.titles().forEach(t -> index.add(t.phrase(), new Target(Kind.TITLE, t.role(), CaseRule.ANY, true)));
        index.freeze(); // every alias is in: the first story need not wait for it
        creditIndex.freeze();
        partyIndex.freeze();
        clubIndex.freeze();
        Set<String> first = new HashSet<>(kb.firstNames().stream().map(folding::key).toList());
        for (Person p : kb.people()) {
            String[] words = SPACES.split(p.name());
            if (words.length > 1 && folding.key(words[0]).length() >= MIN_NAME_KEY) {
                first.add(folding.key(words[0]));
            }
        }
        this.firstNames = java.util.Collections.unmodifiableSet(first); // hashed: read for most capitalised words
        this.genericBodies = joined(generic);
        this.commonWords = joined(common);
        this.localBodies = joined(local);
        this.foreignMissions = joined(missions);
        this.englishWords = joined(english);
    }

    /** A background result, its own exception rethrown as it was. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Adds a place's name, and a name opening with "Saint" also as English copy shortens it ("St Petersburg",
     * "St. Petersburg") and the other way round: GeoNames writes Russia's "Saint Petersburg" and Florida's
     * "St. Petersburg", so a Russian story's "St Petersburg" had only the American town to mean.
     */
    private void addPlaceName(String name, Target t) {
        index.add(name, t);
        for (String[] pair : SAINTS) {
            if (name.startsWith(pair[0])) {
                index.add(pair[1] + name.substring(pair[0].length()), t);
            }
        }
    }

    /** The long and short forms of "Saint" before a place's name, each way. */
    private static final String[][] SAINTS = {{"Saint ", "St "}, {"Sainte ", "Ste "}, {"St. ", "Saint "}, {"St ", "Saint "},
            {"Ste. ", "Sainte "}, {"Ste ", "Sainte "}};

    /** The case forms of a Balkan place's one-word names that the inflector cannot make ({@link PlaceCaseForms}). */
    private void addCaseForms(Place p, Target t, Folding folding) {
        List<String> names = new ArrayList<>(p.names().size() + 1);
        names.add(p.name());
        names.addAll(p.names());
        for (String n : names) {
            boolean greek = AliasIndex.greek(n);
            for (String form : PlaceCaseForms.of(folding.key(n), greek)) {
                index.add(form, t);
            }
        }
        // the inflector leaves words of three letters alone; these forms are exact, not inflected further
        Target exact = new Target(t.kind(), t.ref(), t.caseRule(), false);
        for (String form : PlaceCaseForms.shortNameCases(p.name(), p.country())) {
            index.add(form, exact);
        }
    }

    private static CaseRule caseRuleOf(String alias) {
        boolean hasLetter = false;
        boolean allCaps = true;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (Character.isLetter(c)) {
                hasLetter = true;
                allCaps &= Character.isUpperCase(c);
            }
        }
        return hasLetter && allCaps && alias.length() <= MAX_ACRONYM ? CaseRule.ALL_CAPS : CaseRule.CAPITALISED;
    }

    /** Whether every char of {@code s} is below {@code limit} (below Greek: Latin script). */
    private static boolean below(String s, int limit) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= limit) {
                return false;
            }
        }
        return true;
    }

    private static String secondLastWord(String name) {
        String[] w = SPACES.split(name.trim());
        return w.length > 1 ? w[w.length - 2] : "";
    }

    private static String lastWord(String name) {
        String[] w = SPACES.split(name.trim());
        return w[w.length - 1];
    }

    private void addTranscriptions(Person p) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (String name : java.util.stream.Stream.concat(java.util.stream.Stream.of(p.name()), p.aliases().stream()).toList()) {
            if (name.chars().anyMatch(ch -> Character.UnicodeScript.of(ch) != Character.UnicodeScript.LATIN
                    && Character.UnicodeScript.of(ch) != Character.UnicodeScript.COMMON)) {
                continue;
            }
            String[] words = SPACES.split(name.trim());
            if (words.length < 2) {
                continue;
            }
            keys.addAll(TranscriptionKey.ofOriginal(name));
            if (words.length > 2 && p.surname() == null) {
                keys.addAll(TranscriptionKey.ofOriginal(words[0] + " " + words[words.length - 1])); // no middle names
            }
        }
        for (String k : keys) {
            if (k.replace(" ", "").length() >= MIN_TRANSCRIPTION_KEY) {
                byTranscription.merge(k, p, (a, b) -> a == b ? a : NOBODY);
            }
        }
    }

    private static final Person NOBODY = new Person("", "", null, List.of(), null, List.of());

    /**
     * The one person from outside the South Slavic lands whose name a name written by ear in South Slavic copy
     * transcribes ("Kristofer Hil" is Christopher Hill), or null.
     */
    Person transcribed(String name) {
        String[] words = SPACES.split(name.trim());
        if (words.length < 2) {
            return null;
        }
        Person p = byTranscription.get(TranscriptionKey.ofCopy(name));
        if (p == null && words.length > 2) {
            p = byTranscription.get(TranscriptionKey.ofCopy(words[0] + " " + words[words.length - 1]));
        }
        return p == NOBODY ? null : p;
    }

    /** The folded surname the person {@code ref} is referred to by alone (made when compiling: stories ask it per match). */
    String surnameKey(String ref) {
        return surnameKeys.get(ref);
    }

    /**
     * Among places sharing a name, the larger, a capital counting as this many times its people: "Belgrade" is
     * Serbia's capital, not Berat's old name; but "Hamilton" is the Canadian city of half a million, not
     * Bermuda's capital of a thousand, and "Plymouth" the English city, not Montserrat's abandoned capital.
     */
    private static final long CAPITAL_WEIGHT = 20;

    static long importance(Place p) {
        return CAPITAL.equals(p.kind()) ? p.population() * CAPITAL_WEIGHT : p.population();
    }

    /**
     * Whether {@code a} is the likelier sense of a name it shares with {@code b}: a town over the admin1 unit of
     * its own country named after it ("Koper" the town, not its municipality), else the more important
     * ("Ontario" the Canadian province, not the Californian city).
     */
    static boolean likelier(Place a, Place b) {
        boolean unitA = ADMIN1.equals(a.kind());
        if (unitA != ADMIN1.equals(b.kind()) && a.country().equals(b.country())) {
            return !unitA;
        }
        return importance(a) > importance(b);
    }
}
