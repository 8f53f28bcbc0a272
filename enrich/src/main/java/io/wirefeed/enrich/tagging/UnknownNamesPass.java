package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase;
import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Person;
import io.wirefeed.enrich.kb.OrganisationKind;
import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass 5, unknown names: people and organisations the knowledge base lacks (see {@link UnknownNames}) with
 * the roles stated around the people, later mentions of such a person by surname alone, and the people of the
 * byline. It only finds them; {@link RollUpPass} counts them.
 */
final class UnknownNamesPass {
    /**
     * A name the knowledge base lacks, at {@code start..end} of the text.
     *
     * @param kind {@link Kind#PERSON} or {@link Kind#ORGANISATION}
     * @param text the words as written ({@code name} itself, or a surname that refers back to it)
     * @param name the name as tagged
     * @param generic for a body every state has ("the Constitutional Court"): its name and the country written with it, else null
     */
    record NewName(Kind kind, int start, int end, String text, String name, List<String> roles, GenericBodies.Named generic) {}

    /** A person named in the byline: {@code known} from the knowledge base, or null. */
    record BylinePerson(String name, Person known) {}

    private final CompiledKb kb;
    private final UnknownNames unknownNames;
    private final RoleFinder roles;

    UnknownNamesPass(CompiledKb kb, RoleFinder roles) {
        this.kb = kb;
        this.unknownNames = new UnknownNames(kb.firstNames, kb.englishWords);
        this.roles = roles;
    }

    void run(Draft draft) {
        Tokens tokens = draft.tokens;
        List<NewName> found = new ArrayList<>(nationalSocieties(draft));
        List<Match> accepted = draft.acceptedMatches();
        Map<String, String> unknownSurnames = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        List<Match> covering = accepted;
        if (!draft.descriptions.isEmpty()) {
            covering = new ArrayList<>(accepted);
            covering.addAll(draft.descriptions);
        }
        boolean declined = NameForms.declinesNames(draft.language());
        boolean capitalisedHeadline = capitalisedHeadline(draft);
        int unlistedFrom = unlistedFrom(draft, capitalisedHeadline);
        List<UnknownNames.Found> names = unknownNames.find(tokens, covering, declined, unlistedFrom);
        List<Reading> inside = knownInsideLonger(draft, capitalisedHeadline);
        if (!inside.isEmpty()) {
            // "Green Future Movement": the known "Future Movement" is only part of a name the knowledge base lacks
            List<Match> without = new ArrayList<>(covering);
            inside.forEach(r -> without.remove(r.match));
            List<UnknownNames.Found> longer = unknownNames.find(tokens, without, declined, unlistedFrom);
            List<Reading> confirmed = inside.stream().filter(r -> longer.stream().anyMatch(f -> f.kind() == Kind.ORGANISATION
                    && f.from() < r.from() && f.to() >= r.to())).toList();
            if (!confirmed.isEmpty()) {
                draft.unaccept(confirmed);
                accepted = draft.acceptedMatches();
                covering = new ArrayList<>(covering);
                covering.removeIf(m -> confirmed.stream().anyMatch(r -> r.match == m));
                names = confirmed.size() == inside.size() ? longer : unknownNames.find(tokens, covering, declined, unlistedFrom);
            }
        }
        List<Reading> placesInNames = placesInPeople(draft, names);
        if (!placesInNames.isEmpty()) {
            // "said Sofia Karanikola", "Fisherman Rodel Santos": the town's or the country's word is a person's name here
            draft.unaccept(placesInNames);
            accepted = draft.acceptedMatches();
            covering = new ArrayList<>(covering);
            covering.removeIf(m -> placesInNames.stream().anyMatch(r -> r.match == m));
        }
        // one new person in several declined forms is one person, under the shortest form, in Latin script
        Map<String, String> canonical = NameForms.canonical(names.stream().filter(f -> f.kind() == Kind.PERSON)
                .map(f -> personName(f.name(), draft.language())).toList());
        Map<String, List<String>> knownAcronyms = Acronyms.ofOrganisations(tokens, accepted, kb.orgs);
        Map<String, String> definedAcronyms = new HashMap<>();
        Map<String, GenericBodies.Named> orgGenerics = new HashMap<>();
        for (Reading r : draft.accepted) {
            // "the Croatian People's Party (HNS)": an acronym in brackets after a known party's name is that party in this
            // story, though its letters are the native name's ("HNS" alone is also the football federation)
            String acronym = r.kind() == Kind.ORGANISATION && r.to() > r.from() && !r.target.baseName()
                    ? Acronyms.bracketedAfter(tokens, r.to()) : null; // not a bare "Labour Party (RP)" of some other country
            if (acronym != null && kb.orgs.containsKey(r.target.ref())
                    && OrganisationKind.of(kb.orgs.get(r.target.ref()).kind()) == OrganisationKind.PARTY) {
                definedAcronyms.putIfAbsent(acronym, kb.orgs.get(r.target.ref()).name());
            }
        }
        // read before the unknown names, which would take "РЗИ – Плевен" or "Novi Sad City Council" as written
        // "Gradsko veće Kraljeva", "Policijska uprava Maribor": the town's body of that kind; "Gradsko veće" is no
        // Macedonian Gradsko
        List<TownBodies.Found> localBodies = kb.localBodies.find(tokens, draft.accepted, used, kb.places, kb.orgs, kb.orgsByKey);
        accepted = addTownBodies(localBodies, draft, found, used, accepted);
        // "Ambasada SAD u Beogradu", "Delegacija Evropske unije u BiH": a mission, of which the EU is no separate mention
        List<TownBodies.Found> missions = addMissions(draft, found, used);
        if (!missions.isEmpty()) {
            accepted = draft.acceptedMatches();
            localBodies = localBodies.isEmpty() ? missions : java.util.stream.Stream.concat(localBodies.stream(), missions.stream()).toList();
        }
        String bodyKey = null;
        String stateCourt = null;
        for (UnknownNames.Found f : names) {
            stateCourt = stateCourt != null || f.kind() != Kind.ORGANISATION ? stateCourt : stateSupremeCourt(tokens, f);
        }
        for (UnknownNames.Found f : names) {
            if (used.contains(f.from()) || (!localBodies.isEmpty() && LocalBodies.overlaps(localBodies, f.from(), f.to()))) {
                continue; // a field of a ministry's name read above ("... Planning and Economic Development said"), a local body
            }
            int start = tokens.start(f.from());
            int end = tokens.end(f.to());
            List<String> sameInitials = f.kind() == Kind.ORGANISATION ? knownAcronyms.get(Acronyms.initials(tokens, f.from(), f.to())) : null;
            if (sameInitials != null && Acronyms.spellsOneOf(tokens, f.from(), f.to(), sameInitials)) {
                continue; // "Nigerian Labour Congress" where the story's NLC is the knowledge base's Nigeria Labour Congress
            }
            if (capitalisedHeadline && start < draft.headlineEnd) {
                // a headline in title case or capitals names no new organisation or person unless the body names it
                // too ("Plenkovic Says Has Met with Pupovac" names no "Has Met")
                bodyKey = bodyKey != null ? bodyKey : " " + Folding.get().key(draft.text.substring(draft.headlineEnd)) + " ";
                if (!bodyKey.contains(" " + Folding.get().key(f.name()) + " ")) {
                    continue;
                }
            }
            if (f.kind() == Kind.ORGANISATION && (namesMinistry(tokens, f) || NativeBodies.namesBody(tokens, f.from(), f.to()))) {
                continue; // "Ministria e Bujqësisë ...", "Gjykata e Apelit" are read below (NativeBodies)
            }
            String written = f.kind() == Kind.ORGANISATION && "sq".equals(draft.language()) ? AlbanianBodies.nominative(f.name()) : f.name();
            if (written == null) {
                continue; // "Guvernatori i Bankës": a title before a head alone names no body
            }
            for (int i = f.from(); i <= f.to(); i++) {
                used.add(i);
            }
            if (f.kind() == Kind.ORGANISATION && stateBodyByKind(tokens, f)) {
                // "the state Supreme Court" is no country's: the state's court the story names, else none
                if (stateCourt != null && GenericBodies.normalise(f.name()).equals("supreme court")) {
                    found.add(new NewName(Kind.ORGANISATION, start, end, f.name(), stateCourt, List.of(), null));
                }
                continue;
            }
            GenericBodies.Named generic = f.kind() == Kind.ORGANISATION ? kb.genericBodies.read(tokens, accepted, f.from(), f.to()) : null;
            if (f.bare()) {
                // "the Senate" alone counts only as the knowledge base's body of the story's one country
                generic = new GenericBodies.Named(f.name(), null, null, true, null);
            }
            String ownersBody = f.kind() == Kind.ORGANISATION && generic == null ? ownersBody(tokens, accepted, f) : null;
            if (ownersBody != null) {
                // "the Council of Europe's Parliamentary Assembly" is the known "Parliamentary Assembly of the Council of Europe"
                found.add(new NewName(Kind.ORGANISATION, start, end, f.name(), ownersBody, List.of(), null));
                continue;
            }
            if (f.kind() == Kind.ORGANISATION && generic == null && GenericPhrases.describes(tokens, accepted, f.from(), f.to())) {
                continue; // "the Diplomatic Forum", "the Governing Council": a description, no name
            }
            if (f.stateBody() && generic == null) {
                continue; // one word ("Assembly") names nothing unless it is the body of the country written before it
            }
            if (f.kind() == Kind.ORGANISATION) {
                String university = university(tokens, accepted, f);
                String court = university != null ? null : stateSupremeCourt(tokens, f);
                NewName org = new NewName(Kind.ORGANISATION, start, end, f.name(), university != null ? university
                        : court != null ? court : NameForms.latin(written, draft.language()), List.of(),
                        court != null ? null : generic); // a state's court is no country's
                found.add(org);
                String defined = Acronyms.defined(tokens, f.from(), f.to());
                if (defined != null) {
                    definedAcronyms.putIfAbsent(defined, org.name()); // "Balkan Energy Forum (BEF)": a later "BEF" is it
                    orgGenerics.putIfAbsent(org.name(), org.generic());
                }
                List<int[]> fields = org.generic() != null && GenericBodies.normalise(org.generic().name()).startsWith("ministry of ")
                        ? CoordinatedFields.after(tokens, accepted, f.to()) : List.of();
                if (!fields.isEmpty() && !CoordinatedFields.several(tokens, f.to(), fields)) {
                    // "the Ministry of Trade, Industry and Energy": one ministry whose name lists its fields
                    int to = fields.get(fields.size() - 1)[1];
                    String name = tokens.text.substring(tokens.start(f.from()), tokens.end(to));
                    found.set(found.size() - 1, new NewName(Kind.ORGANISATION, start, tokens.end(to), name, name, List.of(),
                            new GenericBodies.Named(name, org.generic().country(), null)));
                    for (int i = f.to() + 1; i <= to; i++) {
                        used.add(i);
                    }
                    fields = List.of();
                }
                if (!fields.isEmpty()) {
                    // "the Ministry of Justice, Transport and Defence": one ministry for each field listed
                    for (int[] field : fields) {
                        found.add(new NewName(Kind.ORGANISATION, tokens.start(field[0]), tokens.end(field[1]),
                                tokens.surface(field[0], field[1]), "Ministry of " + tokens.surface(field[0], field[1]), List.of(),
                                new GenericBodies.Named("Ministry of " + tokens.surface(field[0], field[1]), org.generic().country(), null)));
                        for (int i = field[0]; i <= field[1]; i++) {
                            used.add(i);
                        }
                    }
                }
            } else {
                String name = fullNameOf(canonical.get(personName(f.name(), draft.language())), canonical);
                found.add(new NewName(Kind.PERSON, start, end, f.name(), name, roles.rolesAround(tokens, accepted, f.from(), f.to()), null));
                unknownSurnames.put(tokens.key(f.to()), name);
                // "Kostić" after "sa Kostom Kostićem": the surname as the nominative writes it
                unknownSurnames.putIfAbsent(Folding.get().key(name.substring(name.lastIndexOf(' ') + 1)), name);
            }
        }
        // "Министерството за надворешни работи на Бугарија": the knowledge base's ministry of one state, with another
        // state written after it, is that state's ministry (read below)
        List<Match> before = accepted;
        List<Reading> othersMinistries = draft.accepted.stream().filter(r -> r.kind() == Kind.ORGANISATION
                && isOtherStatesMinistry(kb.orgs.get(r.target.ref()), NativeBodies.stateWrittenAfter(tokens, before, r.to(), draft.language())))
                .toList();
        if (!othersMinistries.isEmpty()) {
            draft.unaccept(othersMinistries);
            accepted = draft.acceptedMatches();
        }
        List<NativeBodies.Found> bodies = withoutPartyOrgans(NativeBodies.find(tokens, accepted, used, draft.language()), draft);
        if (!bodies.isEmpty()) {
            // the body's words are no town: "Η Βουλή" is the parliament, not Βούλα declined
            List<Reading> places = draft.accepted.stream().filter(r -> NativeBodies.isPlaceOnly(r.match)
                    && bodies.stream().anyMatch(b -> r.match.from() <= b.to() && r.match.to() >= b.from())).toList();
            if (!places.isEmpty()) {
                draft.unaccept(places);
                accepted = draft.acceptedMatches();
            }
        }
        for (NativeBodies.Found b : bodies) {
            String unit = kb.localBodies.unitAt(draft.accepted, kb.places, b.to() + 1);
            if (unit != null) {
                // "Ministarstvo zdravstva Tuzlanskog kantona": the canton's ministry, not the state's
                found.add(new NewName(Kind.ORGANISATION, tokens.start(b.from()), tokens.end(b.to()), tokens.surface(b.from(), b.to()),
                        b.english() + " of " + unit, List.of(), null));
                continue;
            }
            found.add(new NewName(Kind.ORGANISATION, tokens.start(b.from()), tokens.end(b.to()), tokens.surface(b.from(), b.to()),
                    b.english(), List.of(), new GenericBodies.Named(b.english(), b.country(), null, b.knownOnly(), b.fallback())));
        }
        for (TownCourts.Found c : TownCourts.find(tokens, draft.accepted, used, draft.language(), kb.places, kb.orgsByKey)) {
            // "Osnovni sud u Nišu": the court of that town, under the English its country's courts use
            found.add(new NewName(Kind.ORGANISATION, tokens.start(c.from()), tokens.end(c.to()), tokens.surface(c.from(), c.to()),
                    c.name(), List.of(), null));
            for (int i = c.from(); i <= c.to(); i++) {
                used.add(i);
            }
        }
        // "Grad Split", "Općina Visoko": the town's own body; its head is no place ("Grada" is no Slovenian Grad)
        accepted = addTownBodies(TownBodies.find(tokens, draft.accepted, used, kb.places, kb.orgsByKey), draft, found, used, accepted);
        if (!definedAcronyms.isEmpty()) {
            boolean[] covered = new boolean[tokens.size()];
            accepted.forEach(m -> Arrays.fill(covered, m.from(), m.to() + 1, true));
            for (int i = 0; i < tokens.size(); i++) {
                String name = tokens.allCaps(i) ? definedAcronyms.get(tokens.key(i)) : null;
                if (name != null && !covered[i] && !used.contains(i)) {
                    used.add(i);
                    found.add(new NewName(Kind.ORGANISATION, tokens.start(i), tokens.end(i), tokens.surface(i, i), name, List.of(),
                            orgGenerics.get(name)));
                }
            }
        }
        if (!unknownSurnames.isEmpty()) {
            boolean[] covered = new boolean[tokens.size()];
            accepted.forEach(m -> Arrays.fill(covered, m.from(), m.to() + 1, true));
            for (int i = 0; i < tokens.size(); i++) {
                String name = unknownSurnames.get(tokens.key(i));
                if (name == null && declined && tokens.capitalised(i)) {
                    name = unknownSurnames.get(NameForms.surnameStem(tokens.key(i))); // "Petroviću" after "Petar Petrović"
                }
                if (name != null && !covered[i] && !used.contains(i) && tokens.capitalised(i)) {
                    found.add(new NewName(Kind.PERSON, tokens.start(i), tokens.end(i), tokens.surface(i, i), name, List.of(), null));
                }
            }
        }
        draft.newNames = found;
        List<String> credited = new ArrayList<>(Bylines.names(draft.story.byline()));
        credited.addAll(Bylines.inText(draft.story.bodyText()));
        draft.bylinePeople = bylinePeople(credited);
    }

    /**
     * The state bodies named by kind less a party's organs: "Predsjedništvo SNS-a" is the party's presidency, no
     * Presidency of Serbia, and so is "Predsjedništva" alone in a story that names it so (one sense per story).
     */
    private List<NativeBodies.Found> withoutPartyOrgans(List<NativeBodies.Found> bodies, Draft draft) {
        Set<String> organs = new HashSet<>();
        if (!GENITIVE_LANGUAGES.contains(draft.language())) {
            return bodies; // Bulgarian and Macedonian write "на" before the party: "Собранието ДУИ 18" names no organ
        }
        for (NativeBodies.Found b : bodies) {
            if (b.to() + 1 < draft.tokens.size() && PartyCues.PARTY_NOUNS.contains(draft.tokens.key(b.to() + 1))) {
                organs.add(b.english()); // "Predsjedništvo stranke"
            }
            for (Reading r : draft.accepted) {
                Organisation o = r.from() == b.to() + 1 && r.kind() == Kind.ORGANISATION ? kb.orgs.get(r.target.ref()) : null;
                // the party in the genitive: an acronym with a case ending ("SNS-a") or a declined name, not "Собранието ДУИ 18"
                boolean genitive = o != null && (declinedAcronym(draft.tokens, r.to()) || (r.to() > r.from() && !draft.tokens.allCaps(r.from())));
                if (o != null && genitive && OrganisationKind.of(o.kind()) == OrganisationKind.PARTY) {
                    organs.add(b.english());
                }
            }
        }
        return organs.isEmpty() ? bodies : bodies.stream().filter(b -> !organs.contains(b.english())).toList();
    }

    /** the languages that name a body's owner in the genitive right after it: "Predsjedništvo SNS-a" */
    private static final Set<String> GENITIVE_LANGUAGES = Set.of("sr-Latn", "sr-Cyrl", "hr", "bs", "sl");

    /** Whether token {@code i} is an acronym written with a case ending: "SNS-a", "HDZ-om". */
    private static boolean declinedAcronym(Tokens tokens, int i) {
        return tokens.allCaps(i) && tokens.end(i) > tokens.start(i) + tokens.key(i).length();
    }

    /** the knowledge base's International Committee of the Red Cross, whose short name "Red Cross" ends every national society's */
    private static final String ICRC = "red-cross";

    /**
     * "the Swiss Red Cross": a country's name or adjective right before the ICRC's short name names that country's
     * own society, not the ICRC; it is a body by its name as written (the societies the knowledge base has match
     * under their own names first). The country word still counts for its country.
     */
    private static List<NewName> nationalSocieties(Draft draft) {
        Tokens tokens = draft.tokens;
        List<NewName> out = List.of();
        Reading before = null;
        for (Reading r : draft.accepted) {
            if (before != null && r.kind() == Kind.ORGANISATION && ICRC.equals(r.target.ref()) && r.to() == r.from() + 1
                    && tokens.key(r.from()).equals("red") && tokens.key(r.to()).equals("cross") && before.to() == r.from() - 1
                    && (before.kind() == Kind.DEMONYM || before.kind() == Kind.COUNTRY) && tokens.capitalised(before.from())) {
                out = out.isEmpty() ? new ArrayList<>(1) : out;
                String name = tokens.surface(before.from(), r.to());
                out.add(new NewName(Kind.ORGANISATION, tokens.start(before.from()), tokens.end(r.to()), name, name, List.of(), null));
            }
            before = r;
        }
        if (!out.isEmpty()) {
            List<Reading> icrc = new ArrayList<>();
            for (NewName n : out) {
                draft.accepted.stream().filter(r -> ICRC.equals(r.target.ref()) && tokens.end(r.to()) == n.end()).forEach(icrc::add);
            }
            draft.unaccept(icrc);
        }
        return out;
    }

    /** The accepted places and countries inside the new people's names. */
    private static List<Reading> placesInPeople(Draft draft, List<UnknownNames.Found> names) {
        List<Reading> out = new ArrayList<>();
        for (UnknownNames.Found f : names) {
            if (f.kind() != Kind.PERSON) {
                continue;
            }
            for (Reading r : draft.accepted) {
                if ((r.kind() == Kind.PLACE || r.kind() == Kind.COUNTRY) && r.from() >= f.from() && r.to() <= f.to()) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** heads of a university's name in the region's languages, folded, followed by "in"/"of" and its town */
    private static final Set<String> UNIVERSITY = Set.of("univerzitet", "univerziteta", "univerzitetu", "univerzitetom",
            "sveuciliste", "sveucilista", "sveucilistu", "sveucilistem", "universiteti", "universitetit", "universitetin",
            "univerza", "univerze", "univerzi");
    private static final Set<String> UNIVERSITY_LINK = Set.of("u", "i", "e", "v", "te");

    /**
     * A university named after its town in its own language is the "University of" the town, its standard English
     * name ("Univerziteta u Novom Sadu" is the University of Novi Sad, "Universiteti i Prishtinës" of Pristina);
     * null for any other name.
     */
    /** lower-case words that make a generic body a state's or province's: "the state Supreme Court" */
    private static final Set<String> SUBNATIONAL = Set.of("state", "provincial");

    /** Whether a generic body's name follows a lower-case word that makes it a state's, not its country's. */
    private static boolean stateBodyByKind(Tokens tokens, UnknownNames.Found f) {
        int before = f.from() - 1;
        return before >= 0 && !tokens.capitalised(before) && SUBNATIONAL.contains(tokens.key(before))
                && !tokens.afterComma(f.from()) && GenericBodies.normalise(f.name()).equals("supreme court");
    }

    /**
     * A state's or province's highest court named by the state first ("the Georgia Supreme Court", "the British
     * Columbia Supreme Court") under the name it gives itself, "Supreme Court of Georgia"; null for any other name.
     */
    private String stateSupremeCourt(Tokens tokens, UnknownNames.Found f) {
        int from = tokens.key(f.from()).equals("the") ? f.from() + 1 : f.from();
        if (f.to() < from + 2 || !tokens.key(f.to()).equals("court") || !tokens.key(f.to() - 1).equals("supreme")
                || kb.metonymy.subdivisionCountry(tokens, from, f.to() - 2) == null) {
            return null;
        }
        return "Supreme Court of " + tokens.surface(from, f.to() - 2);
    }

    private String university(Tokens tokens, List<Match> accepted, UnknownNames.Found f) {
        if (f.to() < f.from() + 2 || !UNIVERSITY.contains(tokens.key(f.from())) || !UNIVERSITY_LINK.contains(tokens.key(f.from() + 1))) {
            return null;
        }
        for (Match m : accepted) {
            if (m.from() == f.from() + 2 && m.to() == f.to()) {
                for (AliasIndex.Target t : m.targets()) {
                    if (t.kind() == Kind.PLACE && kb.places.containsKey(t.ref())) {
                        return "University of " + kb.places.get(t.ref()).name();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The knowledge base's name of a body written with its organisation's possessive: "the Council of Europe's
     * Parliamentary Assembly" is "Parliamentary Assembly of the Council of Europe" when the knowledge base has
     * it under that name or an alias; else null.
     */
    private String ownersBody(Tokens tokens, List<Match> accepted, UnknownNames.Found f) {
        if (f.from() < 2 || !tokens.key(f.from() - 1).equals("s")) {
            return null;
        }
        Folding folding = Folding.get();
        for (Match m : accepted) {
            if (m.to() != f.from() - 2) {
                continue;
            }
            for (AliasIndex.Target t : m.targets()) {
                KnowledgeBase.Organisation owner = t.kind() == Kind.ORGANISATION ? kb.orgs.get(t.ref()) : null;
                if (owner == null) {
                    continue;
                }
                List<String> ownerNames = new ArrayList<>(owner.aliases());
                ownerNames.add(0, owner.name());
                for (String n : ownerNames) {
                    for (String joined : List.of(f.name() + " of the " + n, f.name() + " of " + n)) {
                        KnowledgeBase.Organisation body = kb.orgsByKey.get(folding.key(joined));
                        if (body != null) {
                            return body.name();
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * Known organisations named by words that end a longer capitalised name: a capitalised word no match covers
     * stands right before, in the same sentence, and the known name ends in an organisation's head word ("Green
     * Future Movement"). Not acronyms, and not in a headline in title case, where every word has a capital.
     */
    private List<Reading> knownInsideLonger(Draft draft, boolean capitalisedHeadline) {
        Tokens tokens = draft.tokens;
        List<Reading> out = new ArrayList<>();
        boolean[] covered = null;
        for (Reading r : draft.accepted) {
            int before = r.from() - 1;
            if (r.kind() != Kind.ORGANISATION || before < 0 || r.target.caseRule() == AliasIndex.CaseRule.ALL_CAPS
                    || r.target.caseRule() == AliasIndex.CaseRule.ACRONYM_NAME || !tokens.capitalised(before)
                    || tokens.allCaps(before) || tokens.sentenceStart(r.from()) || tokens.afterComma(r.from())
                    || !(UnknownNames.isOrgHead(tokens.key(r.to())) || hyphenedNameBefore(tokens, before))
                    || !UnknownNames.mayOpenName(tokens.key(before))
                    || describes(tokens, before)
                    || (capitalisedHeadline && tokens.start(r.from()) < draft.headlineEnd)) {
                continue;
            }
            if (covered == null) {
                covered = new boolean[tokens.size()];
                for (Reading a : draft.accepted) {
                    Arrays.fill(covered, a.from(), a.to() + 1, true);
                }
                for (Match m : draft.descriptions) {
                    Arrays.fill(covered, m.from(), m.to() + 1, true);
                }
            }
            if (!covered[before] || stateOfItsCountry(tokens, r, before)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Whether the words before a known national party are a state or province of the party's own country: the
     * state's party is meant ("Georgia Republican Party", "New York Democratic Party"), which the knowledge base lacks.
     */
    private boolean stateOfItsCountry(Tokens tokens, Reading r, int before) {
        String country = kb.metonymy.subdivisionCountry(tokens, before, before);
        if (country == null && before > 0) {
            country = kb.metonymy.subdivisionCountry(tokens, before - 1, before);
        }
        if (country == null) {
            return false;
        }
        // any party the words may name: the reading may still be another country's party of that name
        for (AliasIndex.Target t : r.match.targets()) {
            Organisation o = t.kind() == Kind.ORGANISATION ? kb.orgs.get(t.ref()) : null;
            if (o != null && "party".equals(o.kind()) && country.equals(o.country())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word and the one before are two capitalised halves joined by a hyphen: "Export-Import" opens a name. */
    private static boolean hyphenedNameBefore(Tokens tokens, int word) {
        return tokens.joinedByHyphen(word) && tokens.capitalised(word - 1) && !tokens.sentenceStart(word - 1);
    }

    /** Capitalised words that describe a party rather than name it: "the Salafist Al-Nour Party", "Kurdish". */
    private static final Set<String> DESCRIBING = Set.of("salafist", "islamist", "jihadist", "shiite", "shia", "sunni",
            "kurdish", "maoist");

    /**
     * Whether the capitalised word before a known name describes it: one of {@link #DESCRIBING}, or the second half
     * of a hyphened adjective ("the pro-Kurdish Peoples' Democratic Party", "anti-EU"); two capitalised halves are a
     * longer name's ("the Export-Import Bank of Thailand" is no Bank of Thailand).
     */
    private static boolean describes(Tokens tokens, int word) {
        return DESCRIBING.contains(tokens.key(word)) || (tokens.joinedByHyphen(word) && !hyphenedNameBefore(tokens, word));
    }

    /**
     * A new person's surname alone, written as a name of its own ("Petrović-Dačić je rekla" after "Marina
     * Petrović-Dačić"), is the new person of that surname named in full here; any other name is itself.
     */
    private String fullNameOf(String name, Map<String, String> canonical) {
        if (name.indexOf(' ') >= 0) {
            String key = Folding.get().key(name);
            if (kb.firstNames.contains(key.substring(0, key.indexOf(' ')))) {
                return name;
            }
            // "Jovanović Kostić" after "Milena Jovanović Kostić": a double surname alone is the person named in full
            for (String full : canonical.values()) {
                String fullKey = Folding.get().key(full);
                if (fullKey.length() > key.length() && fullKey.endsWith(" " + key)) {
                    return full;
                }
            }
            return name;
        }
        String key = Folding.get().key(name);
        for (String full : canonical.values()) {
            int space = full.lastIndexOf(' ');
            if (space > 0 && Folding.get().key(full.substring(space + 1)).equals(key)) {
                return full;
            }
        }
        return name;
    }

    /** A new person's name as tagged: in Latin script and, where the language declines it, in the nominative. */
    private String personName(String written, String language) {
        return NameForms.nominative(NameForms.latin(written, language), language, kb.firstNames);
    }

    /**
     * The first token from which capitalised words no English dictionary lists may be taken for a name without
     * another cue: English copy only, and after the headline when that is written in title case or capitals.
     */
    private static int unlistedFrom(Draft draft, boolean capitalisedHeadline) {
        Tokens tokens = draft.tokens;
        if (!"en".equals(draft.language())) {
            return tokens.size();
        }
        int first = 0;
        while (capitalisedHeadline && first < tokens.size() && tokens.start(first) < draft.headlineEnd) {
            first++;
        }
        return first;
    }

    /** Whether the headline capitalises most of its longer words ("LDP Suffers Historic Defeat") or is in capitals. */
    private static boolean capitalisedHeadline(Draft draft) {
        int words = 0;
        int capitalised = 0;
        for (int i = 0; i < draft.tokens.size() && draft.tokens.start(i) < draft.headlineEnd; i++) {
            if (draft.tokens.end(i) - draft.tokens.start(i) >= 4) {
                words++;
                capitalised += draft.tokens.capitalised(i) ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    /** The people of the byline and the credit lines, each the known person whose name it is in full, or a new name. */
    private List<BylinePerson> bylinePeople(List<String> credited) {
        List<BylinePerson> out = new ArrayList<>();
        for (String name : credited) {
            Tokens t = Tokens.of(name);
            List<Match> found = new ArrayList<>();
            kb.index.match(t, found::add);
            Person known = found.size() == 1 && found.get(0).to() == t.size() - 1 ? found.get(0).targets().stream()
                    .filter(x -> x.kind() == Kind.PERSON).map(x -> kb.people.get(x.ref())).findFirst().orElse(null) : null;
            out.add(new BylinePerson(name, known));
        }
        return out;
    }

    /**
     * Adds bodies named by their kind and a town as new names, marks their tokens used, and takes back a place read
     * in a body's head words; returns the accepted matches, read again when any were taken back.
     */
    private static List<Match> addTownBodies(List<TownBodies.Found> bodies, Draft draft, List<NewName> found, Set<Integer> used,
            List<Match> accepted) {
        Tokens tokens = draft.tokens;
        for (TownBodies.Found b : bodies) {
            found.add(new NewName(Kind.ORGANISATION, tokens.start(b.from()), tokens.end(b.to()), tokens.surface(b.from(), b.to()),
                    b.name(), List.of(), null));
            for (int i = b.from(); i <= b.to(); i++) {
                used.add(i);
            }
        }
        if (bodies.isEmpty()) {
            return accepted;
        }
        List<Reading> heads = draft.accepted.stream().filter(r -> r.kind() == Kind.PLACE && bodies.stream()
                .anyMatch(b -> r.from() >= b.from() && r.to() < b.townFrom())).toList();
        if (heads.isEmpty()) {
            return accepted;
        }
        draft.unaccept(heads);
        return draft.acceptedMatches();
    }

    /**
     * Adds the foreign missions named as new names and marks their tokens used; a body that sends one is no mention
     * of its own. Returns them as bodies with no town's head words, so that no unknown name inside them is read.
     */
    private List<TownBodies.Found> addMissions(Draft draft, List<NewName> found, Set<Integer> used) {
        Tokens tokens = draft.tokens;
        List<ForeignMissions.Found> missions = kb.foreignMissions.find(tokens, draft.accepted, used, kb.places, kb.countries, kb.orgsByKey);
        if (missions.isEmpty()) {
            return List.of();
        }
        List<TownBodies.Found> out = new ArrayList<>(missions.size());
        List<Reading> senders = new ArrayList<>();
        for (ForeignMissions.Found m : missions) {
            found.add(new NewName(Kind.ORGANISATION, tokens.start(m.from()), tokens.end(m.to()), tokens.surface(m.from(), m.to()),
                    m.name(), List.of(), null));
            for (int i = m.from(); i <= m.to(); i++) {
                used.add(i);
            }
            if (m.body() != null) {
                senders.add(m.body());
            }
            out.add(new TownBodies.Found(m.from(), m.to(), m.name(), m.from()));
        }
        draft.unaccept(senders);
        return out;
    }

    private static boolean isOtherStatesMinistry(Organisation o, String stateAfter) {
        return o != null && stateAfter != null && o.name().startsWith("Ministry of") && !stateAfter.equals(o.country());
    }

    /** Whether a new name holds a ministry named by its portfolios ("TIRANË - Ministria e Bujqësisë"), read by NativeBodies. */
    private static boolean namesMinistry(Tokens tokens, UnknownNames.Found f) {
        for (int i = f.from(); i <= f.to(); i++) {
            if (NativeMinistries.HEADS.contains(tokens.key(i)) && NativeMinistries.at(tokens, i, new boolean[tokens.size()]) != null) {
                return true;
            }
        }
        return false;
    }
}
