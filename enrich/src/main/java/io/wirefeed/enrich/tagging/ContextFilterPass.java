package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Match;
import io.wirefeed.enrich.kb.KnowledgeBase.Country;
import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.kb.KnowledgeBase.Person;
import io.wirefeed.enrich.kb.KnowledgeBase.Place;
import io.wirefeed.enrich.kb.OrganisationKind;
import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Pass 3, context filters: drops the readings the words around them contradict. Money is no country ("US$",
 * "Egyptian pounds"), an ethnic group no country ("ethnic Albanian", "Bosnian Serb"); a town's name that is a first name is
 * no place before a surname ("Constantine Tassoulas", "Julie Kozack", "Mary Robinson"), nor is a word that
 * only looks like a name because it opens a sentence ("Danas je ..." is "Today ...", not the newspaper Danas). The rest are accepted.
 */
final class ContextFilterPass {
    /** An inflected place name keeps its main name's letters but the last few: "Beogradu" for "Beograd". */
    private static final int MAX_ENDING = 3;
    private static final int MIN_STEM = 3;

    /** words of place before a town's name: "in Split", "u Splitu", "në Tiranë", "στη Λάρισα" */
    static final Set<String> LOCATIVE = Set.of("in", "near", "at", "outside", "u", "iz", "kod", "na", "v", "pri",
            "ne", "nga", "afer", "vo", "kraj", "blizu", "sto", "sti", "stin", "apo");
    /** countries whose English names are also common given names in English (the given-name lists leave them out) */
    private static final Set<String> COUNTRIES_GIVEN_AS_NAMES = Set.of("chad", "jordan", "georgia", "india", "israel");
    /** the one language of the stories whose ordinary words take a capital inside a sentence when they name something ("the Metro") */
    private static final String ENGLISH = "en";
    /** verbs of saying in English wire copy, after a speaker's name */
    private static final Set<String> SAYING = Set.of("said", "says", "told", "added", "wrote", "tweeted", "argued", "insisted",
            "stressed", "warned", "explained", "noted", "replied", "recalled", "acknowledged", "admitted", "conceded");
    /** a place this big is itself whatever else its name means */
    private static final long MAJOR_CITY = 1_000_000;
    /** a town abroad this big may stand alone in Balkan copy ("na Reki", "от Газа"); a smaller one comes with its country */
    private static final long LARGE_TOWN = 100_000;

    private final CompiledKb kb;

    ContextFilterPass(CompiledKb kb) {
        this.kb = kb;
    }

    void run(Draft draft) {
        Context context = new Context(draft.tokens, draft.matches);
        Set<String> personWords = personWords(draft, context);
        Set<Person> namedInFull = new HashSet<>();
        draft.readings.stream().filter(r -> r.kind() == Kind.PERSON).forEach(r -> namedInFull.add(r.person));
        Set<String> referred = countriesReferred(draft);
        Set<String> orgsInBody = new HashSet<>();
        draft.readings.stream().filter(r -> r.kind() == Kind.ORGANISATION && draft.tokens.start(r.from()) >= draft.headlineEnd)
                .forEach(r -> orgsInBody.add(r.target.ref()));
        Set<String> notTowns = FeatureNouns.misread(draft, referred, kb);
        Set<Reading> firmWords = firmWords(draft, referred);
        Map<String, Set<String>> placesByCountry = placesByCountry(draft);
        draft.accepted = new ArrayList<>(draft.readings.size());
        for (Reading r : draft.readings) {
            if (r.kind() == Kind.PLACE && notTowns.contains(r.target.ref())) {
                continue; // "the village of Banjska": no town of another country
            }
            if (r.kind() == Kind.ORGANISATION && draft.tokens.start(r.from()) < draft.headlineEnd
                    && !orgsInBody.contains(r.target.ref()) && countryAndGenericWords(r, draft.tokens)) {
                draft.descriptions.add(r.match);
                continue; // a headline capitalises descriptions: "Hopes for Stable Bulgarian Government"
            }
            if ((r.kind() == Kind.PERSON || r.kind() == Kind.SURNAME) && ThingNames.givenAsName(draft.tokens, r.from(), r.to())) {
                draft.descriptions.add(r.match);
                continue; // the stadium „Vasil Levski“, the firm "Tesla Trade" d.o.o.: named after a person, who is not mentioned
            }
            if (r.kind() == Kind.ORGANISATION && lowerCaseBody(r, draft.tokens) && !capitalisedAdjectiveName(r, draft)) {
                r.description = true; // "the Serbian parliament": the country is named, the body only described
            }
            if (!contradicted(r, context, draft, personWords) && !otherPersonsName(r, draft.tokens, context, personWords, namedInFull,
                    NameForms.declinesNames(draft.language()), "en".equals(draft.language()))
                    && !(r.kind() == Kind.PLACE && commonWordOnly(r, draft, referred))
                    && !(r.kind() == Kind.PLACE && firmWords.contains(r)) && !(r.kind() == Kind.PLACE && abbreviatedTitle(r, draft.tokens))
                    && !foreignAcronym(r, draft, referred)
                    && !definedOtherwise(r, draft)) {
                if (r.kind() == Kind.PLACE && wordOfLongerName(r, draft, context, referred)) {
                    draft.descriptions.add(r.match); // "Independence Square": no town, and its words no person's name either
                } else if (r.kind() == Kind.PLACE && unsupportedAbroad(r, draft, context, referred, placesByCountry)) {
                    if (context.capitalisedWordBefore(r.match)) {
                        draft.descriptions.add(r.match); // "Dragan Jović Palma": a nickname, no word of the person's name
                    }
                } else {
                    draft.accepted.add(r);
                }
            }
        }
    }

    /**
     * The one-word places and surnames this story uses as the surname of someone the knowledge base does not
     * have: written after a given name that is not the known person's ("Arthur Lira", "Dimitar Radev" where
     * the knowledge base has Rumen Radev), or, for a surname, after a capitalised word no list knows. One sense per story: every other mention of the word is that person.
     */
    private Set<String> personWords(Draft draft, Context context) {
        Set<String> words = new HashSet<>();
        boolean declined = NameForms.declinesNames(draft.language());
        for (Reading r : draft.readings) {
            if (r.kind() != Kind.PLACE && r.kind() != Kind.SURNAME
                    && !(r.kind() == Kind.DEMONYM && draft.tokens.capitalised(r.from()) && !draft.tokens.allCaps(r.from()))) {
                continue; // a capitalised demonym noun is a surname too: "Marko Rus", "Andrej Nemec", "Goran Poljak"
            }
            if (declined && context.fullNameAfter(r.match, kb.firstNames, true)) {
                continue; // "Sindikata Solane Tuzla Jasmin Hodžić": a full name follows the town, which is no surname
            }
            int given = context.givenNameBefore(r.match, kb.firstNames, declined);
            if (given >= 0 && (ThingNames.givenAsName(draft.tokens, given, r.to())
                    || draft.tokens.start(r.from()) < draft.headlineEnd)) {
                // "vlasnik Solane Tuzla d.d.": a firm named after its town; a headline's words say nothing for the story
                given = -1;
            }
            if (given >= 0 && r.kind() == Kind.DEMONYM && (ordinaryWord(draft.language(), draft.tokens.key(given))
                    || capitalisedAfter(draft.tokens, r.to()))) {
                // "The Serbian, 37, said": an ordinary word that is also a given name somewhere; "Swiss Red Cross": a name
                given = -1;
            }
            if (given < 0 && r.kind() == Kind.SURNAME) {
                // a given name the lists lack: "Manmohan Singh" is no Rajnath Singh, but "Кириакос" is Kyriakos
                given = context.nameWordBefore(r.match);
                if (given >= 0 && r.person != null && Spellings.alike(firstNameKey(r.person), draft.tokens.key(given))) {
                    given = -1;
                }
            }
            if (given >= 0 && (r.person == null || !sameGivenName(firstNameKey(r.person), givenKey(draft.tokens.key(given), declined))
                    && !(declined && declinedGivenName(r, draft.tokens, given)))) {
                String key = draft.tokens.key(r.from());
                words.add(key);
                if (declined) {
                    words.add(NameForms.surnameStem(key));
                }
            }
        }
        return words;
    }

    /** Whether a capitalised word follows token {@code i} in its sentence, no comma between. */
    private static boolean capitalisedAfter(Tokens tokens, int i) {
        int next = i + 1;
        return next < tokens.size() && tokens.capitalised(next) && !tokens.afterComma(next) && !tokens.sentenceStart(next);
    }

    /** Whether {@code key} is an ordinary word of the story's language ("the", "ta"). */
    private boolean ordinaryWord(String language, String key) {
        return ENGLISH.equals(language) ? kb.englishWords.contains(key) : kb.commonWords.contains(language, key);
    }

    /** A written given name's key, in the nominative when the language declines it ("milanom" is "milan"). */
    private String givenKey(String key, boolean declined) {
        String nominative = declined && !kb.firstNames.contains(key) ? NameForms.givenNominative(key, kb.firstNames) : null;
        return nominative != null ? Folding.get().key(nominative) : key;
    }

    /**
     * Whether the given name before a known person's declined surname is the known given name declined: "ni
     * Aleksandra Vulina" is Aleksandar Vulin in the genitive, though Aleksandra is a woman's name too (as Ivana,
     * Marjana); with the surname as the knowledge base writes it, "Aleksandra Vulin" is someone else.
     */
    private boolean declinedGivenName(Reading r, Tokens tokens, int given) {
        String surname = r.person.name().substring(r.person.name().lastIndexOf(' ') + 1);
        if (tokens.key(r.to()).equals(Folding.get().key(surname))) {
            return false;
        }
        String nominative = NameForms.givenNominative(tokens.key(given), kb.firstNames);
        return nominative != null && Folding.get().key(nominative).equals(firstNameKey(r.person));
    }

    /** Whether one letter added, dropped or changed makes {@code a} into {@code b}. */
    private static boolean oneLetterApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.substring(i + (a.length() >= b.length() ? 1 : 0)).equals(b.substring(Math.min(b.length(), i + (b.length() >= a.length() ? 1 : 0))));
    }

    /** Whether a surname's key, or the key without its case ending, is one of {@link #personWords}. */
    private static boolean personWord(String key, Set<String> personWords, boolean declined) {
        return personWords.contains(key) || (declined && personWords.contains(NameForms.surnameStem(key)));
    }

    /**
     * A surname or town that names another person here: one of {@link #personWords} (unless the known person
     * is also named in full), or the family name of a person whose name is written family name first followed
     * by another given name ("Wang Wenbin" is not Wang Yi); such a person's family name alone links only when
     * the story names them in full.
     */
    private boolean otherPersonsName(Reading r, Tokens tokens, Context context, Set<String> personWords, Set<Person> namedInFull,
            boolean declined, boolean english) {
        if (r.kind() == Kind.PLACE) {
            return r.from() == r.to() && personWord(tokens.key(r.from()), personWords, declined);
        }
        if (r.kind() == Kind.DEMONYM) {
            return r.from() == r.to() && tokens.capitalised(r.from()) && personWord(tokens.key(r.from()), personWords, declined);
        }
        if (r.kind() != Kind.SURNAME) {
            return false;
        }
        if (otherGivenNameBeforeParticle(r, tokens)) {
            return true;
        }
        if (personWord(tokens.key(r.from()), personWords, declined) && (r.person == null || !namedInFull.contains(r.person)
                || context.givenNameBefore(r.match, kb.firstNames) >= 0)) {
            return true;
        }
        if (r.person == null && context.nameWordAfter(r.match) && r.match.targets().stream().allMatch(t -> t.kind() == Kind.SURNAME)) {
            return true; // a surname that names no one here, before an unknown name word, opens another name: "Lee Min-ho"
        }
        if (r.person != null && familyNameFirst(r.person)) {
            return context.nameWordAfter(r.match) || !namedInFull.contains(r.person);
        }
        if (r.from() == r.to() && !namedInFull.contains(r.person) && !tokens.sentenceStart(r.from())
                && (particlesThenName(tokens, r.to() + 1) || english && context.nameWordAfter(r.match)
                && !kb.englishWords.lists(tokens.key(r.to() + 1)) && !UnknownNames.isOrgHead(tokens.key(r.to() + 1)))) {
            // a known surname before particles and a name, or before a word no English dictionary lists, opens
            // another person's name: "Martín de la Fuente" is not Micheál Martin, "Mutua Kiprotich" not Alfred Mutua
            return true;
        }
        // a known surname that is also a given name, before an unknown name word, opens another person's name:
        // "Novak Petrić" is not Ljudmila Novak, "Thomas Keller" not Clarence Thomas
        // and so is a declined given name: "sa Kostom Kostićem" is no Costa
        int next = r.to() + 1;
        boolean otherSurnameAfter = r.from() == r.to() && next < tokens.size() && tokens.capitalised(next)
                && !tokens.afterComma(next) && !tokens.sentenceStart(next) && personWord(tokens.key(next), personWords, declined);
        return (context.nameWordAfter(r.match) || otherSurnameAfter) && (kb.firstNames.contains(tokens.key(r.from()))
                || (declined && NameForms.givenNominative(tokens.key(r.from()), kb.firstNames) != null))
                && !UnknownNames.isOrgHead(tokens.key(r.to() + 1)) && !namedInFull.contains(r.person);
    }

    /** titles written before a surname that opens with a particle: "Prince bin Salman" is still the known prince */
    private static final Set<String> TITLES = Set.of("prince", "crown", "king", "sheikh", "emir", "sultan", "president",
            "minister", "mr", "dr");

    /**
     * Whether a known surname that opens with a particle follows another given name: "Abdulaziz bin Salman",
     * "Faisal bin Salman" are not Mohammed bin Salman, whoever else the story names.
     */
    private boolean otherGivenNameBeforeParticle(Reading r, Tokens tokens) {
        int prev = r.from() - 1;
        if (r.person == null || r.from() == r.to() || tokens.capitalised(r.from()) || !PARTICLES_BEFORE_SURNAME.contains(tokens.key(r.from()))
                || prev < 0 || !tokens.capitalised(prev) || tokens.allCaps(prev) || tokens.sentenceStart(r.from())
                || tokens.afterComma(r.from()) || TITLES.contains(tokens.key(prev))) {
            return false;
        }
        return !sameGivenName(firstNameKey(r.person), tokens.key(prev));
    }

    private static final Set<String> PARTICLES_BEFORE_SURNAME = Set.of("bin", "ibn", "bint", "al", "el", "van", "von", "de",
            "da", "dos", "del");

    /** lower-case particles inside people's names: "de la Fuente", "dos Santos", "van der Berg" */
    private static final Set<String> PARTICLES = Set.of("de", "la", "da", "do", "dos", "das", "del", "della", "di", "du",
            "van", "von", "der", "den");

    /** Whether one or two particles and a capitalised word follow from token {@code i}, in the same clause. */
    private static boolean particlesThenName(Tokens tokens, int i) {
        int j = i;
        while (j < tokens.size() && j - i < 2 && PARTICLES.contains(tokens.key(j)) && !tokens.capitalised(j)
                && !tokens.afterComma(j) && !tokens.sentenceStart(j)) {
            j++;
        }
        return j > i && j < tokens.size() && tokens.capitalised(j) && !tokens.allCaps(j) && !tokens.afterComma(j)
                && !tokens.sentenceStart(j);
    }

    /** "Aleksandra Vučića" is Aleksandar Vučić declined, "Anthony" Antony spelt another way: same start, similar length. */
    private boolean sameGivenName(String known, String written) {
        if (!known.equals(written) && kb.firstNames.contains(known) && kb.firstNames.contains(written)
                && !oneLetterApart(known, written)) {
            return false; // two known names: "Milan" is not "Miloš", though "Antony" is "Anthony"
        }
        int shorter = Math.min(known.length(), written.length());
        return known.regionMatches(0, written, 0, Math.min(3, shorter)) && Math.abs(known.length() - written.length()) <= 3;
    }

    /**
     * A one-word town whose name is an ordinary word of the story's language ("Razlog" is "reason" in Serbian,
     * "Media" a word in English) is that town only when the context makes it one: the story refers to the
     * town's country otherwise, or a word of place stands before it ("in", "u", "në"), or (but in English) it is
     * written with a capital inside a sentence; capitals and cities of a million are always themselves.
     */
    private boolean commonWordOnly(Reading r, Draft draft, Set<String> referred) {
        if (r.from() != r.to() || draft.tokens.allCaps(r.from())) {
            return false;
        }
        String language = draft.language();
        if (!ENGLISH.equals(language) && !draft.tokens.sentenceStart(r.from()) && draft.tokens.start(r.from()) >= draft.headlineEnd) {
            return false; // Balkan languages write an ordinary word in lower case inside a sentence: "iz Razloga", "του Βόλου"
        }
        Place p = kb.places.get(r.target.ref());
        if (CompiledKb.CAPITAL.equals(p.kind()) || p.townPopulation() >= MAJOR_CITY || referred.contains(p.country())
                || !(kb.commonWords.contains(language, draft.tokens.key(r.from())) || kb.commonWords.contains(language, kb.placeKeys.get(r.target.ref())))) {
            return false;
        }
        return r.from() == 0 || !LOCATIVE.contains(draft.tokens.key(r.from() - 1));
    }

    /** The places the story's readings name, by country. */
    private Map<String, Set<String>> placesByCountry(Draft draft) {
        Map<String, Set<String>> places = new HashMap<>();
        for (Reading r : draft.readings) {
            if (r.kind() == Kind.PLACE) {
                places.computeIfAbsent(kb.places.get(r.target.ref()).country(), k -> new HashSet<>()).add(r.target.ref());
            }
        }
        return places;
    }

    /**
     * A place abroad in a story written in a Balkan language, which nothing else in the story supports: its country
     * is not referred to (by name, demonym, dateline or a known person), no other place of it is named, and the story's
     * language is not that country's (nor, for a language of the former Yugoslavia, one of its successors'). Such copy names a small town abroad with its country; alone, the word is an
     * ordinary word, a name or a case form that only looks like the town ("u Banske dvore" holds no Bansko, "Puno veće"
     * no Puno in Peru, Albanian "Banjskë" no Bansko). It stays when it is a capital, a town of a hundred
     * thousand written as a name inside a sentence ("na Reki", "от Газа"), or a city of a million; a region, or a town
     * of unknown size, stays unless it opens a sentence or stands beside another capitalised word ("Para takimit",
     * "Dragan Jović Palma", "Porto Romano").
     */
    private boolean unsupportedAbroad(Reading r, Draft draft, Context context, Set<String> referred,
            Map<String, Set<String>> placesByCountry) {
        Set<String> homes = StoryLanguage.familiar(draft.language());
        Place p = kb.places.get(r.target.ref());
        if (homes.isEmpty() || CompiledKb.CAPITAL.equals(p.kind()) || homes.contains(p.country()) || referred.contains(p.country())
                || placesByCountry.getOrDefault(p.country(), Set.of()).size() > 1) {
            return false;
        }
        if (context.loneWordOpeningSentence(r.match) || context.besideCapitalisedWord(r.match)) {
            return p.townPopulation() < MAJOR_CITY;
        }
        return p.townPopulation() > 0 && p.townPopulation() < LARGE_TOWN;
    }

    /** titles that English copy abbreviates before a name: "Sen.", "Rep.", "Gov.", "Gen.", "Lt." */
    private static final Set<String> ABBREVIATED_TITLES = Set.of("sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
            "maj", "adm", "cmdr", "supt", "insp", "det", "cpl", "pvt", "amb", "hon", "rev", "fr", "atty", "brig", "gens", "sens");

    /**
     * A title's abbreviation with its full stop before a capitalised word ("Sen. Carla Whitmore") is no town,
     * though a town's other name may be written so (Senj's "Sen", a Gen somewhere).
     */
    private static boolean abbreviatedTitle(Reading r, Tokens tokens) {
        int next = r.to() + 1;
        int dot = tokens.end(r.to());
        return r.from() == r.to() && next < tokens.size() && ABBREVIATED_TITLES.contains(tokens.key(r.from()))
                && dot < tokens.text.length() && tokens.text.charAt(dot) == '.' && tokens.capitalised(next);
    }

    /**
     * A town's name inside a firm's or brand's name ("Pariz Dizajn" d.o.o., „Кочани Агро“ ДООЕЛ, Ελληνικό Μετρό
     * Α.Ε.) is no place, unless the story refers to the town's country otherwise or is written in its language:
     * then the firm may well be there ("Kovinar Celje" d.o.o. in Slovenian copy).
     */
    private boolean firmWord(Reading r, Draft draft, Set<String> referred) {
        String country = kb.places.get(r.target.ref()).country();
        return !referred.contains(country) && !StoryLanguage.homes(draft.language()).contains(country)
                && ThingNames.within(draft.tokens, r.from(), r.to());
    }

    /**
     * The place readings that are {@link #firmWord}s, and, one sense per story, the other mentions of the same
     * firm without its quotation marks or legal form: the town's name beside the same capitalised word ("την
     * Ελληνικό Μετρό" after "Ελληνικό Μετρό Α.Ε.").
     */
    private Set<Reading> firmWords(Draft draft, Set<String> referred) {
        Set<Reading> words = null;
        Set<String> neighbours = null;
        Tokens tokens = draft.tokens;
        for (Reading r : draft.readings) {
            if (r.kind() == Kind.PLACE && firmWord(r, draft, referred)) {
                if (words == null) {
                    words = new HashSet<>();
                    neighbours = new HashSet<>();
                }
                words.add(r);
                if (r.from() > 0 && tokens.capitalised(r.from() - 1)) {
                    neighbours.add(r.target.ref() + "<" + tokens.key(r.from() - 1));
                }
                if (r.to() + 1 < tokens.size() && tokens.capitalised(r.to() + 1)) {
                    neighbours.add(r.target.ref() + ">" + tokens.key(r.to() + 1));
                }
            }
        }
        if (words == null) {
            return Set.of();
        }
        for (Reading r : draft.readings) {
            if (r.kind() == Kind.PLACE && !words.contains(r)
                    && (r.from() > 0 && tokens.capitalised(r.from() - 1) && neighbours.contains(r.target.ref() + "<" + tokens.key(r.from() - 1))
                    || r.to() + 1 < tokens.size() && tokens.capitalised(r.to() + 1)
                    && neighbours.contains(r.target.ref() + ">" + tokens.key(r.to() + 1)))) {
                words.add(r);
            }
        }
        return words;
    }

    /**
     * In English, a town whose name is an ordinary English word, written next to another capitalised word that matched
     * nothing, is a word of a longer name the knowledge base lacks ("Independence Square", "Metro Manila"), not the town
     * (Independence in Missouri, Metro in Indonesia), unless the story refers to the town's country otherwise;
     * capitals and cities of a million are always themselves.
     */
    private boolean wordOfLongerName(Reading r, Draft draft, Context context, Set<String> referred) {
        if (!ENGLISH.equals(draft.language()) || r.from() != r.to() || !context.partOfUnknownName(r.match)
                || !kb.englishWords.contains(draft.tokens.key(r.from())) || kb.firstNames.contains(draft.tokens.key(r.from()))) {
            return false;
        }
        Place p = kb.places.get(r.target.ref());
        return !CompiledKb.CAPITAL.equals(p.kind()) && p.townPopulation() < MAJOR_CITY && !referred.contains(p.country());
    }

    /** Kinds of body that belong to one country's politics: their acronyms are another thing's elsewhere. */
    private static final Set<OrganisationKind> NATIONAL = Set.of(OrganisationKind.PARTY, OrganisationKind.GOVERNMENT,
            OrganisationKind.PRESIDENCY, OrganisationKind.PARLIAMENT, OrganisationKind.MINISTRY, OrganisationKind.COURT,
            OrganisationKind.CENTRAL_BANK, OrganisationKind.REGULATOR, OrganisationKind.UNION, OrganisationKind.MILITARY);

    /**
     * A party or state body written only as its acronym, of a country the story neither refers to nor is written
     * in the language of: the letters are something else here ("BDP" is GDP in Croatian, not Botswana's party).
     */
    private boolean foreignAcronym(Reading r, Draft draft, Set<String> referred) {
        if (r.kind() != Kind.ORGANISATION || r.target.caseRule() != AliasIndex.CaseRule.ALL_CAPS) {
            return false;
        }
        Organisation o = kb.orgs.get(r.target.ref());
        if (o == null || o.country() == null || !NATIONAL.contains(OrganisationKind.of(o.kind())) || referred.contains(o.country())) {
            return false;
        }
        if (StoryLanguage.homes(draft.language()).contains(o.country())) {
            return false;
        }
        for (Reading other : draft.readings) {
            if (other.kind() == Kind.PLACE && kb.places.get(other.target.ref()).country().equals(o.country())) {
                return false;
            }
            if (other.kind() == Kind.ORGANISATION && other != r && o.country().equals(kb.orgs.get(other.target.ref()).country())) {
                return false;
            }
        }
        return true;
    }

    /**
     * An organisation's acronym that the story itself defines for other words ("Електрани на Северна Македонија
     * (ЕСМ)" is no European Stability Mechanism): the story's body, which the unknown-names pass then reads.
     */
    private boolean definedOtherwise(Reading r, Draft draft) {
        Tokens tokens = draft.tokens;
        if (r.kind() != Kind.ORGANISATION || r.from() != r.to() || !tokens.allCaps(r.from())) {
            return false;
        }
        int[] words = Acronyms.definitionOf(tokens, r.from());
        Organisation o = kb.orgs.get(r.target.ref());
        if (words == null || o == null) {
            return false;
        }
        java.util.List<String> names = new ArrayList<>(o.aliases());
        names.add(o.name());
        String written = Folding.get().key(tokens.surface(words[0], words[1]));
        if (Acronyms.spellsOneOf(tokens, words[0], words[1], names)
                || names.stream().anyMatch(n -> Folding.get().key(n).startsWith(written + " "))) {
            return false; // its own name, or its name cut short ("Christian Social Union (CSU)")
        }
        for (Reading other : draft.readings) {
            if (other.target.ref().equals(r.target.ref()) && other.from() <= words[1] && other.to() >= words[0]) {
                return false; // the defined words are the body's own name in another language
            }
        }
        return true;
    }

    /** The countries the story refers to by name, demonym or dateline, and those of the people named in full. */
    private static Set<String> countriesReferred(Draft draft) {
        Set<String> referred = new HashSet<>();
        for (Reading r : draft.readings) {
            if (r.country != null) {
                referred.add(r.country);
            } else if (r.kind() == Kind.PERSON && r.person != null) {
                referred.add(r.person.country());
            }
        }
        if (draft.datelineCountry != null) {
            referred.add(draft.datelineCountry);
        }
        return referred;
    }

    private static String firstNameKey(Person p) {
        String name = p.name().trim();
        int space = name.indexOf(' ');
        return Folding.get().key(space > 0 ? name.substring(0, space) : name);
    }

    /**
     * A lower-case Latin word that matches a demonym only through the romanisation of a Greek or Cyrillic one:
     * English "serve" is a declined form of Greek "Σέρβος" romanised, and no Serb.
     */
    /**
     * English wire style keeps "Serb" and "Croat" for the peoples and "Serbian", "Croatian" for the states: "Serbs in
     * Kosovo", "the Serb-majority north", "a Croat member of the presidency" name no state, unless the story names
     * that state by its name or adjective too (then the word still weighs for it).
     */
    private static final Set<String> ETHNIC_NOUNS_EN = Set.of("serb", "serbs", "croat", "croats");

    private static boolean ethnicNoun(Match m, String country, Draft draft, Context context) {
        return m.from() == m.to() && "en".equals(draft.language()) && ETHNIC_NOUNS_EN.contains(draft.tokens.key(m.from()))
                && !context.namesState(country, t -> !ETHNIC_NOUNS_EN.contains(draft.tokens.key(t)));
    }

    private boolean transliteratedOnly(Match m, Tokens tokens) {
        if (m.from() != m.to() || tokens.capitalised(m.from()) || kb.latinDemonymForms.contains(tokens.key(m.from()))) {
            return false;
        }
        String surface = tokens.surface(m.from(), m.from());
        return surface.chars().allMatch(ch -> ch < 0x0370);
    }

    /** "Xi Jinping", "Lee Jae-myung": a name whose first word is the surname. */
    private static boolean familyNameFirst(Person p) {
        return p.surname() != null && p.name().indexOf(' ') > 0 && p.name().startsWith(p.surname() + " ");
    }

    /**
     * English copy does not decline names: a place or body reached only through a Slavic, Albanian or Greek case form
     * of one of its names is none there ("MP Tena Marušić": Tena is Teni in India by the rule for adjectives in -ni;
     * "Audit" is Audi by the Albanian definite -it).
     */
    private boolean declinedInEnglish(Reading r, Draft draft) {
        return ENGLISH.equals(draft.language()) && !kb.index.writtenAsAlias(draft.tokens, r.from(), r.to(), r.target)
                && !kb.creditIndex.writtenAsAlias(draft.tokens, r.from(), r.to(), r.target)
                && !kb.partyIndex.writtenAsAlias(draft.tokens, r.from(), r.to(), r.target)
                && !kb.clubIndex.writtenAsAlias(draft.tokens, r.from(), r.to(), r.target) && englishSentence(draft.tokens, r.from());
    }

    /** words of a firm's name that a known body's acronym may open: "RZD International", "ICE Futures", "KEPCO Holdings" */
    private static final Set<String> FIRM_WORDS_AFTER_ACRONYM = Set.of("international", "futures", "logistics", "holding",
            "holdings", "securities", "trading", "investments", "ventures", "technologies", "shipping", "leasing");

    /**
     * Whether a known body's acronym opens another firm's name: the capitalised firm word after it makes a subsidiary
     * or another company ("RZD International" is no Russian Railways, "ICE Futures Europe" no US immigration agency).
     */
    private static boolean acronymOpeningAnotherName(Reading r, Tokens tokens) {
        int next = r.to() + 1;
        return r.from() == r.to() && tokens.allCaps(r.from()) && next < tokens.size() && tokens.capitalised(next)
                && !tokens.allCaps(next) && !tokens.afterComma(next) && !tokens.sentenceStart(next)
                && FIRM_WORDS_AFTER_ACRONYM.contains(tokens.key(next));
    }

    /** Lower-case words shorter than this say little of a sentence's language ("v", "je", "to"). */
    private static final int MIN_TELLING_WORD = 3;

    /**
     * Whether at least half the lower-case words of the sentence around token {@code at} are English: a short Slovenian story
     * may be detected as English, and its "v Mariboru" is still Maribor declined.
     */
    private boolean englishSentence(Tokens tokens, int at) {
        int from = at;
        while (from > 0 && !tokens.sentenceStart(from)) {
            from--;
        }
        int english = 0;
        int words = 0;
        for (int i = from; i < tokens.size() && (i == from || !tokens.sentenceStart(i)); i++) {
            String key = tokens.key(i);
            if (!tokens.capitalised(i) && key.length() >= MIN_TELLING_WORD && Character.isLetter(key.charAt(0))) {
                words++;
                english += kb.englishWords.contains(key) ? 1 : 0;
            }
        }
        return words > 0 && english * 2 >= words; // half: British spellings ("criticised") are not in the en_US list
    }

    private boolean contradicted(Reading r, Context context, Draft draft, Set<String> personWords) {
        Tokens tokens = draft.tokens;
        Match m = r.match;
        return switch (r.kind()) {
            case COUNTRY -> context.isCurrency(m) || givenNameOfSomeone(r, context, draft, personWords)
                    || ordinaryWordOpeningOnly(r, draft, context);
            case DEMONYM -> context.isCurrency(m) || context.ethnic(m) || context.ethnicGroupIn(m, r.target.ref())
                    || (context.population(m) && !context.namesStateOtherwise(r.target.ref()))
                    || ethnicNoun(m, r.target.ref(), draft, context) || transliteratedOnly(m, tokens)
                    || context.surnameInListOfPeople(m, kb.firstNames);
            case PLACE -> context.firstNameOfKnownPerson(m) || givenNameOfSomeone(r, context, draft, personWords) || speaker(r, draft)
                    || declinedInEnglish(r, draft) || context.surnameInListOfPeople(m, kb.firstNames)
                    || context.joinedToUnknownName(m, true)
                    || (!isMainName(r, tokens)
                    && (context.partOfUnknownName(m) || unknownNameOpeningSentence(m, draft, context) || (context.loneWordOpeningSentence(m) && !capitalsOwnName(r, draft))
                    || context.acronymLike(m)));
            case ORGANISATION -> declinedInEnglish(r, draft) || outletWordInForeignForm(r, draft, context) || acronymOpeningAnotherName(r, tokens) || (context.loneWordOpeningSentence(m)
                    && !context.matchedMidSentence(r.target) && ordinaryWordOpening(r, draft, context));
            case SURNAME -> englishCaseForm(r, draft) || context.joinedToUnknownName(m, false)
                    || context.halfOfDoubleSurname(m, kb.firstNames, NameForms.declinesNames(draft.language()));
            case PERSON, REGION, TITLE -> false;
        };
    }

    /** body nouns that, written in lower case after a country word, describe a body rather than name it */
    private static final Set<String> BODY_NOUNS = Set.of("government", "parliament", "army", "police", "cabinet", "military",
            "navy", "vlada", "vlade", "vladi", "vladu", "vladom", "vojska", "vojske", "vojsci", "vojsku", "policija", "policije",
            "policiji", "policiju", "skupstina", "skupstine", "skupstini", "skupstinu", "parlament", "parlamenta", "parlamentu",
            "kabinet", "qeveria", "qeverise", "qeverine", "parlamenti", "parlamentit", "policia", "ushtria");

    /** Whether an organisation is written as a country word and a lower-case body noun: "the Serbian parliament", "Hrvatska vlada". */
    private boolean lowerCaseBody(Reading r, Tokens tokens) {
        return r.from() + 1 == r.to() && !tokens.capitalised(r.to()) && BODY_NOUNS.contains(tokens.key(r.to()))
                && opensWithItsCountry(r, tokens, true);
    }

    /** languages that write a country's adjective in lower case ("slovenska vojska", "българската армия") */
    private static final Set<String> LOWER_CASE_ADJECTIVES = Set.of("sl", "hr", "bs", "sr-Latn", "sr-Cyrl", "mk", "bg");
    /** states whose bodies' official names in those languages open with the adjective ("Slovenska vojska", "Kosovska policija") */
    private static final Set<String> ADJECTIVE_NAMED_STATES = Set.of("SI", "HR", "RS", "BA", "ME", "MK", "BG", "XK");

    /**
     * Whether a country adjective and a lower-case head are the body's own name: in a language that writes such an
     * adjective in lower case, a capital inside a sentence makes it one for a state that names its bodies so
     * ("pripadniki Slovenske vojske" is the Slovenian Armed Forces; "slovenska vojska" only describes an army, and a
     * capitalised "Nemačka vlada" is Germany's government described). A sentence's or a headline's first word
     * says nothing.
     */
    private boolean capitalisedAdjectiveName(Reading r, Draft draft) {
        Tokens tokens = draft.tokens;
        Organisation o = kb.orgs.get(r.target.ref());
        return LOWER_CASE_ADJECTIVES.contains(draft.language()) && o != null && ADJECTIVE_NAMED_STATES.contains(o.country())
                && tokens.capitalised(r.from()) && !tokens.sentenceStart(r.from()) && tokens.start(r.from()) >= draft.headlineEnd;
    }

    /**
     * Whether an organisation is matched by its country's demonym or name and a generic body's words ("Bulgarian
     * Government", "Indian Parliament"): a description in lower case, and in a headline only the capitals say otherwise.
     */
    private boolean countryAndGenericWords(Reading r, Tokens tokens) {
        return r.from() != r.to() && opensWithItsCountry(r, tokens, false)
                && kb.genericBodies.isGeneric(tokens.surface(r.from() + 1, r.to()));
    }

    /**
     * Whether the organisation's first word here is its country's name or demonym; {@code anyCase}: the demonym
     * also declined ("Hrvatske vlade" after "hrvatski").
     */
    private boolean opensWithItsCountry(Reading r, Tokens tokens, boolean anyCase) {
        Organisation o = kb.orgs.get(r.target.ref());
        Country c = o == null || o.country() == null ? null : kb.countries.get(o.country());
        if (c == null) {
            return false;
        }
        Folding folding = Folding.get();
        String first = tokens.key(r.from());
        return folding.key(c.name()).equals(first) || c.demonyms().stream().map(folding::key)
                .anyMatch(d -> d.equals(first) || anyCase && d.length() >= 6 && first.startsWith(d.substring(0, d.length() - 1)));
    }

    /**
     * An outlet whose one-word name is an ordinary word ("Politika", "policy"), reached in a story of another country's
     * language only through that language's case form or script ("Politikë të Jashtme", "Εξωτερική Πολιτική"): the word,
     * unless quoted or credited ("gazeta serbe „Politika”", "shkruan Politika").
     */
    private boolean outletWordInForeignForm(Reading r, Draft draft, Context context) {
        Organisation o = kb.orgs.get(r.target.ref());
        if (o == null || r.from() != r.to() || o.country() == null || !OrganisationKind.of(o.kind()).isSource()
                || StoryLanguage.homes(draft.language()).contains(o.country())
                || !kb.commonWords.inAnyLanguage(Folding.get().key(o.name()))) {
            return false;
        }
        Tokens tokens = draft.tokens;
        return !kb.index.writtenAsAlias(tokens, r.from(), r.to(), r.target) && !context.quoted(r.match)
                && !NewsCredits.credits(tokens, r.from(), r.to());
    }

    /**
     * Whether an organisation's one-word name opening a sentence may be the ordinary word it also is ("Danas
     * je ..." is "Today ..."): it is, unless quoted ("„Politika”"), credited as an outlet ("Klan reported"), or
     * no ordinary word of the story's language ("Hamas said"). Languages without a word list keep the doubt.
     */
    private boolean ordinaryWordOpening(Reading r, Draft draft, Context context) {
        Tokens tokens = draft.tokens;
        if (context.quoted(r.match) || NewsCredits.credits(tokens, r.from(), r.to())) {
            return false;
        }
        String language = draft.language();
        if (!kb.commonWords.hasLanguage(language) || kb.commonWords.contains(language, tokens.key(r.from()))) {
            return true;
        }
        Organisation o = kb.orgs.get(r.target.ref());
        if (o == null) {
            return true;
        }
        Folding folding = Folding.get();
        if (kb.commonWords.contains(language, folding.key(o.name()))) {
            return true;
        }
        for (String a : o.aliases()) {
            if (kb.commonWords.contains(language, folding.key(a))) {
                return true; // "Politiku" is the word "politika" declined
            }
        }
        return false;
    }

    /**
     * A country's one-word name that is an ordinary word of the story's language, opening a sentence, is that word
     * ("Mali broj navijača": a small number) unless the story refers to the country again, by any name, demonym or
     * place of it ("Mali je zatvorio granicu ... Vlasti u Bamaku"). Not in English, which has no such country
     * word opening its sentences, and not in languages without a word list.
     */
    private boolean ordinaryWordOpeningOnly(Reading r, Draft draft, Context context) {
        String language = draft.language();
        if (ENGLISH.equals(language) || !context.loneWordOpeningSentence(r.match) || context.matchedMidSentence(r.target)
                || !kb.commonWords.contains(language, draft.tokens.key(r.from()))) {
            return false;
        }
        for (Reading other : draft.readings) {
            if (other != r && r.country != null && r.country.equals(countryOf(other))) {
                return false;
            }
        }
        return true;
    }

    /** The country a reading names: its own, a demonym's, or a place's; null for people and bodies. */
    private String countryOf(Reading r) {
        return switch (r.kind()) {
            case COUNTRY -> r.country;
            case DEMONYM -> r.target.ref();
            case PLACE -> kb.places.get(r.target.ref()).country();
            default -> null;
        };
    }

    /**
     * A town's or a country's one-word name that is a known first name, in any case, directly before a capitalised
     * word that matched nothing: a person's name ("Mary Robinson", "Elena Ferrante", "golom Marka Perića",
     * "Георги Танев"), even when it is the town's main name. Not in an English headline (which capitalises every
     * word; Balkan headlines capitalise only names: "Tena Mikulić: Ostavka je konačna"), not before an organisation's head word ("Sofia Municipality"), and never
     * a capital or a city of a million.
     */
    private boolean givenNameOfSomeone(Reading r, Context context, Draft draft, Set<String> personWords) {
        Tokens tokens = draft.tokens;
        int next = r.to() + 1;
        // or before a word read as a town that this story uses as a surname: "Мирослава Тодорова" is no village
        // Miroslava before Todorovo declined
        boolean surnameAfter = r.from() == r.to() && next < tokens.size() && tokens.capitalised(next) && !tokens.afterComma(next)
                && !tokens.sentenceStart(next) && (personWord(tokens.key(next), personWords, NameForms.declinesNames(draft.language()))
                || context.surnameWordAfter(r.match)); // "Chad Morrison": no Scott Morrison
        if (!(context.nameWordAfter(r.match) || surnameAfter) || ENGLISH.equals(draft.language()) && tokens.start(r.from()) < draft.headlineEnd
                || UnknownNames.isOrgHead(tokens.key(r.to() + 1))) {
            return false;
        }
        if (NameForms.declinesNames(draft.language()) && context.fullNameAfter(r.match, kb.firstNames, true)) {
            return false; // "Gradonačelnica Niša Jelena Bogdanović": the town in the genitive, then the mayor's name
        }
        if (!givenName(tokens.key(r.from()), draft.language())) {
            // "Chad Kowalski", "Jordan Kellaway": a country's name given to people, before a word no English
            // dictionary lists (not "Chad Basin", "Georgia Governor", "Jordan Valley")
            return r.kind() == Kind.COUNTRY && r.from() == r.to() && ENGLISH.equals(draft.language())
                    && COUNTRIES_GIVEN_AS_NAMES.contains(tokens.key(r.from())) && !kb.englishWords.contains(tokens.key(next));
        }
        if (r.kind() == Kind.COUNTRY) {
            return r.from() == r.to(); // "Георги Киров": Georgi, not Georgia declined
        }
        Place p = kb.places.get(r.target.ref());
        // a capital or great city is itself, but before a surname by its ending in Balkan copy it is a given
        // name: "Milan Kostić", "Milana Rapajića", "София Петрова"
        return !CompiledKb.CAPITAL.equals(p.kind()) && p.townPopulation() < MAJOR_CITY
                || r.from() == r.to() && (!ENGLISH.equals(draft.language()) && NameForms.slavicSurname(tokens.key(next))
                || NameForms.greekSurname(tokens.key(next), draft.language()) || standsAlone(tokens, next, r.from()));
    }

    /**
     * Whether the word at {@code i} is written again elsewhere in the story on its own, not after the word at
     * {@code given}: a surname the story goes on to use ("Sofija Lazić ... Lazić je rekla", "Paris Kyriakidis ...
     * Kyriakidis said"), where a place's name before an ordinary capitalised word is not repeated so.
     */
    private static boolean standsAlone(Tokens tokens, int i, int given) {
        String key = tokens.key(i);
        String stem = NameForms.surnameStem(key);
        String givenKey = tokens.key(given);
        for (int j = 0; j < tokens.size(); j++) {
            if (j != i && tokens.capitalised(j) && !tokens.allCaps(j) && (j == 0 || !tokens.key(j - 1).equals(givenKey))
                    && (tokens.key(j).equals(key) || NameForms.surnameStem(tokens.key(j)).equals(stem))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word is a known given name, or one declined in a language that declines names ("golom Marka
     * Perića": Marko's genitive, and a town of Somalia).
     */
    private boolean givenName(String key, String language) {
        return kb.firstNames.contains(key)
                || (NameForms.declinesNames(language) && NameForms.givenNominative(key, kb.firstNames) != null);
    }

    /**
     * Whether a capital's or a great city's other name opening a sentence is its name in the story's language
     * rather than an ordinary word that only looks like one: "Atina je ..." is Athens in Serbian. Only where the
     * language has a word list and the word is not on it.
     */
    private boolean capitalsOwnName(Reading r, Draft draft) {
        Place p = kb.places.get(r.target.ref());
        String language = draft.language();
        return (CompiledKb.CAPITAL.equals(p.kind()) || p.townPopulation() >= MAJOR_CITY) && !ENGLISH.equals(language)
                && kb.commonWords.hasLanguage(language) && !kb.commonWords.contains(language, draft.tokens.key(r.from()));
    }

    /**
     * A town's one-word name directly before a verb of saying is a person's surname ("Jackson said", "Hassan told
     * reporters"): governments speak through capitals ("Moscow said"), which stay, as do Balkan towns, whose
     * seats of entities speak in Balkan copy ("Banja Luka said"), cities of a million, and a town after a word of
     * place ("farmers in Mary said").
     */
    private boolean speaker(Reading r, Draft draft) {
        Tokens tokens = draft.tokens;
        int next = r.to() + 1;
        if (r.from() != r.to() || next >= tokens.size() || tokens.afterComma(next) || tokens.sentenceStart(next)
                || !SAYING.contains(tokens.key(next)) || (r.from() > 0 && LOCATIVE.contains(tokens.key(r.from() - 1)))) {
            return false; // "farmers in Mary said": the town
        }
        Place p = kb.places.get(r.target.ref());
        return !CompiledKb.CAPITAL.equals(p.kind()) && p.townPopulation() < MAJOR_CITY && !Metonymy.BALKANS.contains(p.country());
    }

    /**
     * Whether the words matched are the place's own main name ("Belgrade", "Plovdiv") rather than one of
     * GeoNames' many other names for it, which are more often ordinary words or first names elsewhere.
     */
    /**
     * Whether a one-word match in English copy follows a word that opens the sentence and that no English dictionary
     * lists: a given name, not a word capitalised by its place ("Wanjiru Kamau was detained" holds no Ca Mau).
     */
    private boolean unknownNameOpeningSentence(Match m, Draft draft, Context context) {
        int prev = context.wordOpeningSentenceBefore(m);
        return prev >= 0 && "en".equals(draft.language()) && !kb.englishWords.lists(draft.tokens.key(prev));
    }

    /**
     * Whether a one-word surname is matched in English copy only through a case ending of the languages that
     * decline names: English writes surnames as they are, so "the Saudi state" holds no Saud ("Mohammed bin
     * Salman Al Saud").
     */
    private static boolean englishCaseForm(Reading r, Draft draft) {
        return r.from() == r.to() && "en".equals(draft.language()) && !draft.tokens.key(r.from()).equals(r.target.ref());
    }

    private boolean isMainName(Reading r, Tokens tokens) {
        String written = tokens.key(r.from());
        String main = kb.placeKeys.get(r.target.ref());
        if (r.from() == r.to() && main.indexOf(' ') > 0) {
            return false; // "Nakhon" is a short form of "Nakhon Si Thammarat", not its name
        }
        return main.startsWith(written.substring(0, Math.min(written.length(), Math.max(MIN_STEM, written.length() - MAX_ENDING))));
    }
}
