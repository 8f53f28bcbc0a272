package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import io.wirefeed.enrich.tagging.AliasIndex.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Small readings of the words around a match that decide whether it means what its alias says. One per
 * story: it indexes the story's matches by token once, so that each reading looks at its neighbours only.
 */
final class Context {
    /** Currency words after a country or demonym ("US dollars", "Egyptian pounds", "srpskih dinara"). */
    private static final Set<String> CURRENCY = Set.of("dollar", "dollars", "pound", "pounds", "dinar", "dinars", "dinara",
            "lira", "liras", "rouble", "roubles", "ruble", "rubles", "franc", "francs", "yuan", "yen", "peso", "pesos",
            "krona", "kronor", "krone", "forint", "forints", "lev", "leva", "leu", "lei", "lek", "leke", "denar", "denars",
            "denara", "kuna", "kunas", "rupee", "rupees", "rand", "real", "reais", "shekel", "shekels", "dolar", "dolara",
            "dollari", "funti", "funte", "rubalja", "jena", "juana");

    /** A word in capitals longer than this many characters is not taken for an acronym. */
    private static final int MAX_ACRONYM = 5;

    private static final Set<String> ETHNIC = Set.of("ethnic", "etnicki", "etnickih", "etnicka", "etnickim", "etnik", "etnike",
            "etnicheski", "ethnically");

    /** Words of address before a name: "Mr Taimei Yamaguchi" is a person whatever town his surname names. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "prof", "sir", "dame", "madam", "gospodin",
            "gospodja", "gospodjo", "zoti", "zonja", "herr", "frau", "monsieur", "madame", "senor", "senora");

    private final Tokens tokens;
    private final List<Match> matches;
    /** the match covering each token, or null: matches never overlap */
    private final Match[] matchAt;
    /** meanings matched somewhere not opening a sentence; built when first asked */
    private Set<Target> midSentenceMeanings;

    Context(Tokens tokens, List<Match> matches) {
        this.tokens = tokens;
        this.matches = matches;
        this.matchAt = new Match[tokens.size()];
        for (Match m : matches) {
            for (int i = m.from(); i <= m.to(); i++) {
                matchAt[i] = m;
            }
        }
    }

    /**
     * Nouns for a people living somewhere, as the folded stems of their case forms: a demonym next to one names
     * the people, not its state ("the Albanian population", "srpsko stanovništvo", "popullsi serbe", "мнозинско
     * албанско население", "η τουρκική μειονότητα").
     */
    private static final List<String> POPULATION_STEMS = java.util.stream.Stream.of("population", "minorit", "communit",
            "stanovništv", "manjin", "zajednic", "prebivalstv", "manjšin", "skupnost", "popullsi", "pakic", "komunitet",
            "населени", "малцинств", "заедниц", "общност", "πληθυσμ", "μειονοτ", "μειονότ", "κοινότ", "κοινοτ")
            .map(Folding.get()::key).distinct().toList();

    /**
     * Words for a people's parties and for descent, as folded stems: a demonym next to one names a community, not its
     * state ("the Albanian opposition" in North Macedonia, "the Croatian coalition" in Montenegro, "demokratske srbske
     * stranke" in Croatia, "opozita shqiptare", "ελληνικής καταγωγής"). Stems long enough to be no other word.
     */
    private static final List<String> COMMUNITY_STEMS = java.util.stream.Stream.of("opposition", "coalition", "descent",
            "strank", "stranak", "koalicij", "opozicij", "partij", "партиј", "партии", "партия", "партият", "коалициј",
            "коалици", "опозициј", "опозици", "koalicion", "opozit", "κόμμα", "αντιπολίτευσ", "συνασπισμ",
            "καταγωγ", "porekl", "porijekl", "потекл", "произход", "prejardh")
            .map(Folding.get()::key).distinct().toList();
    /** the same words too short for a stem, whole (folded): "party", Albanian "partia", "partitë" */
    private static final Set<String> COMMUNITY_WORDS = java.util.stream.Stream.of("party", "parties", "bloc", "parti",
            "partia", "partie", "partisë", "partitë", "partive", "partinë")
            .map(Folding.get()::key).collect(java.util.stream.Collectors.toSet());

    /**
     * Adjectives that may stand between a demonym and the word for its people: "madžarske narodne skupnosti" (the
     * Hungarian national community), "srpske nacionalne manjine", "the Turkish ethnic minority" (folded stems).
     */
    private static final List<String> PEOPLE_ADJECTIVE_STEMS = java.util.stream.Stream.of("narodn", "nacional", "national",
            "etnick", "etnic", "ethnic", "народн", "национал", "етничк", "етническ", "εθνικ")
            .map(Folding.get()::key).distinct().toList();

    /** "ethnic Albanian(s)": the people, not the country. */
    boolean ethnic(Match m) {
        return m.from() > 0 && ETHNIC.contains(tokens.key(m.from() - 1));
    }

    /**
     * "the Albanian population", "popullsi serbe", "the Albanian opposition": a demonym next to a word for a people
     * living somewhere, its parties or descent.
     */
    boolean population(Match m) {
        return (m.from() > 0 && !tokens.sentenceStart(m.from()) && populationNoun(m.from() - 1))
                || (m.to() + 1 < tokens.size() && !tokens.afterComma(m.to() + 1) && !tokens.sentenceStart(m.to() + 1)
                && (populationNoun(m.to() + 1) || (m.to() + 2 < tokens.size() && peopleAdjective(m.to() + 1)
                        && !tokens.sentenceStart(m.to() + 2) && populationNoun(m.to() + 2))));
    }

    /** Whether token {@code i} is a lower-case adjective such as "national" or "ethnic" (see {@link #PEOPLE_ADJECTIVE_STEMS}). */
    private boolean peopleAdjective(int i) {
        if (tokens.capitalised(i) || matchAt[i] != null) {
            return false;
        }
        for (String stem : PEOPLE_ADJECTIVE_STEMS) {
            if (tokens.key(i).startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code i} is a word for a people living somewhere, its parties or descent, in lower case
     * ("Population Census" names a thing).
     */
    private boolean populationNoun(int i) {
        if (tokens.capitalised(i) && !tokens.sentenceStart(i) || matchAt[i] != null) {
            return false;
        }
        String key = tokens.key(i);
        if (COMMUNITY_WORDS.contains(key)) {
            return true;
        }
        for (List<String> stems : List.of(POPULATION_STEMS, COMMUNITY_STEMS)) {
            for (String stem : stems) {
                if (key.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Bosnian Serb", "Kosovo Albanians", "kosovski Srbi": a demonym right after another country's name or demonym,
     * only a space between, names an ethnic group living in that country, not its own state.
     */
    boolean ethnicGroupIn(Match m, String country) {
        if (m.from() == 0 || matchAt[m.from() - 1] == null
                || !tokens.text.substring(tokens.end(m.from() - 1), tokens.start(m.from())).isBlank()) {
            return false;
        }
        return matchAt[m.from() - 1].targets().stream()
                .anyMatch(t -> (t.kind() == Kind.COUNTRY || t.kind() == Kind.DEMONYM) && !t.ref().equals(country));
    }

    /**
     * Whether the story names the country's state by a name or demonym that is not itself next to a word for a
     * people ("the Albanian opposition" twice names no state).
     */
    boolean namesStateOtherwise(String country) {
        return namesState(country, t -> !population(matchAt[t]));
    }

    /** Whether a match of the country's name or demonym starts at a token {@code counts} accepts. */
    boolean namesState(String country, java.util.function.IntPredicate counts) {
        for (Match m : matches) {
            if (counts.test(m.from()) && m.targets().stream()
                    .anyMatch(t -> (t.kind() == Kind.COUNTRY || t.kind() == Kind.DEMONYM) && t.ref().equals(country))) {
                return true;
            }
        }
        return false;
    }

    /** A short word written in capitals ("MEKO") matched by a name that is not an acronym: an acronym of something else. */
    boolean acronymLike(Match m) {
        if (m.from() != m.to() || !tokens.allCaps(m.from()) || tokens.end(m.from()) - tokens.start(m.from()) > MAX_ACRONYM) {
            return false;
        }
        // a headline written in capitals is not an acronym
        boolean capsAround = (m.from() > 0 && tokens.allCaps(m.from() - 1)) || (m.to() + 1 < tokens.size() && tokens.allCaps(m.to() + 1));
        return !capsAround;
    }

    /** "US$", "US dollars", "Egyptian pounds": money, not the country. */
    boolean isCurrency(Match m) {
        int next = m.to() + 1;
        int end = tokens.end(m.to());
        if (end < tokens.text.length() && tokens.text.charAt(end) == '$') {
            return true;
        }
        return next < tokens.size() && CURRENCY.contains(tokens.key(next)) && !tokens.afterComma(next);
    }

    /**
     * A one-word match directly next to a capitalised word that matched nothing, inside a sentence:
     * most likely part of a person's name ("Julie Kozack").
     */
    boolean partOfUnknownName(Match m) {
        if (m.from() != m.to()) {
            return false;
        }
        int next = m.to() + 1;
        boolean nameAfter = next < tokens.size() && tokens.capitalised(next) && !tokens.allCaps(next)
                && !tokens.afterComma(next) && !tokens.sentenceStart(next)
                && (matchAt[next] == null || isPerson(matchAt[next]));
        int prev = m.from() - 1;
        boolean nameBefore = prev >= 0 && tokens.capitalised(prev) && !tokens.allCaps(prev) && !tokens.afterComma(m.from())
                && !tokens.sentenceStart(m.from()) && !tokens.sentenceStart(prev) && matchAt[prev] == null;
        return nameAfter || nameBefore;
    }

    /**
     * Whether a one-word match stands beside another capitalised word of its clause, matched or not: a word of a
     * longer name ("Porto Romano", "Dragan Jović Palma"), not a name on its own.
     */
    boolean besideCapitalisedWord(Match m) {
        if (m.from() != m.to()) {
            return false;
        }
        int next = m.to() + 1;
        return next < tokens.size() && tokens.capitalised(next) && !tokens.afterComma(next) && !tokens.sentenceStart(next)
                || capitalisedWordBefore(m);
    }

    /** Whether a capitalised word that does not open the sentence comes right before a one-word match, no comma between. */
    boolean capitalisedWordBefore(Match m) {
        int prev = m.from() - 1;
        return m.from() == m.to() && prev >= 0 && tokens.capitalised(prev) && !tokens.afterComma(m.from())
                && !tokens.sentenceStart(m.from()) && !tokens.sentenceStart(prev);
    }

    /**
     * The capitalised word that opens the sentence right before a one-word match, matched by nothing ("Wanjiru
     * Kamau was detained"), or -1. The caller decides whether it is a name rather than a word capitalised by its place.
     */
    int wordOpeningSentenceBefore(Match m) {
        int prev = m.from() - 1;
        return m.from() == m.to() && prev >= 0 && tokens.sentenceStart(prev) && tokens.capitalised(prev) && !tokens.allCaps(prev)
                && matchAt[prev] == null && !tokens.afterComma(m.from()) && !tokens.sentenceStart(m.from()) ? prev : -1;
    }

    /**
     * A one-word match followed by a known person's name or surname: a first name ("Constantine Tassoulas",
     * "Victoria Nuland"), whatever town it also names.
     */
    boolean firstNameOfKnownPerson(Match m) {
        int next = m.to() + 1;
        return m.from() == m.to() && next < tokens.size() && !tokens.afterComma(next) && !tokens.sentenceStart(next)
                && matchAt[next] != null && isPerson(matchAt[next]);
    }

    /**
     * The capitalised word before a one-word match is a given name: a known first name ("Arthur Lira",
     * "Dimitar Radev"), or a name word after a word of address ("Mr Taimei Yamaguchi"). Returns its token, or -1.
     */
    int givenNameBefore(Match m, Set<String> firstNames) {
        return givenNameBefore(m, firstNames, false);
    }

    /**
     * As {@link #givenNameBefore(Match, Set)}; with {@code declined}, a known first name in a South Slavic case
     * counts too ("sa Milanom Jovanovićem"), and so does a given name that is also a one-word town or surname of
     * the knowledge base ("Milanom", "Kostom").
     */
    int givenNameBefore(Match m, Set<String> firstNames, boolean declined) {
        int prev = m.from() - 1;
        if (m.from() != m.to() || prev < 0 || !tokens.capitalised(prev) || tokens.allCaps(prev)
                || tokens.afterComma(m.from()) || tokens.sentenceStart(m.from())
                || (matchAt[prev] != null && !placeOrSurnameWord(matchAt[prev]))) {
            return -1;
        }
        boolean addressed = prev > 0 && !tokens.sentenceStart(prev) && HONORIFICS.contains(tokens.key(prev - 1));
        return firstNames.contains(tokens.key(prev)) || addressed
                || (declined && NameForms.givenNominative(tokens.key(prev), firstNames) != null) ? prev : -1;
    }

    /**
     * A capitalised word no match covers right before a one-word match, inside a sentence and not a word of address:
     * the given name of someone the knowledge base lacks ("the last Congress PM, Manmohan Singh"); its token, or -1.
     */
    int nameWordBefore(Match m) {
        int prev = m.from() - 1;
        if (m.from() != m.to() || prev < 0 || matchAt[prev] != null || !tokens.capitalised(prev) || tokens.allCaps(prev)
                || tokens.afterComma(m.from()) || tokens.sentenceStart(prev) || tokens.sentenceStart(m.from())
                || HONORIFICS.contains(tokens.key(prev))) {
            return -1;
        }
        return prev;
    }

    /**
     * Whether a one-word match is joined by a hyphen to a capitalised word no match covers: half of a double
     * surname ("Ilić-Vranješ" holds no town Vranje, "Nwosu-Adebayo" no known Adebayo). With {@code orSurname}, a
     * half that only a surname matches counts as a name too (for places: "Ilić-Vranješ" where the knowledge base
     * has some Ilić). "Belgrade-Pristina" and "Russo-Ukrainian" keep their halves, each matched as a place.
     */
    boolean joinedToUnknownName(Match m, boolean orSurname) {
        if (m.from() != m.to()) {
            return false;
        }
        int i = m.from();
        return (tokens.joinedByHyphen(i) && nameWord(i - 1, orSurname))
                || (i + 1 < tokens.size() && tokens.joinedByHyphen(i + 1) && nameWord(i + 1, orSurname));
    }

    /** the double surnames the story writes after a given name, as "key key" of their halves; built when first asked */
    private Set<String> doubleSurnames;

    /**
     * Whether a one-word match is half of a double surname that the story writes after a given name ("sudija
     * Snežana Jovanović-Marić" is neither the known Jovanović nor Marić, nor is a later "Jovanović-Marić" alone).
     * A pair no given name opens is two people ("sastanak Vučić-Kurti").
     */
    boolean halfOfDoubleSurname(Match m, Set<String> firstNames, boolean declined) {
        if (m.from() != m.to()) {
            return false;
        }
        int i = m.from();
        boolean before = tokens.joinedByHyphen(i) && tokens.capitalised(i - 1);
        boolean after = i + 1 < tokens.size() && tokens.joinedByHyphen(i + 1) && tokens.capitalised(i + 1);
        if (!before && !after) {
            return false;
        }
        if (doubleSurnames == null) {
            doubleSurnames = new HashSet<>();
            for (int k = 2; k < tokens.size(); k++) {
                if (tokens.joinedByHyphen(k) && tokens.capitalised(k) && tokens.capitalised(k - 1) && !tokens.joinedByHyphen(k - 1)
                        && !tokens.sentenceStart(k - 1) && !tokens.afterComma(k - 1) && givenName(k - 2, firstNames, declined)) {
                    doubleSurnames.add(tokens.key(k - 1) + " " + tokens.key(k));
                }
            }
        }
        return (before && doubleSurnames.contains(tokens.key(i - 1) + " " + tokens.key(i)))
                || (after && doubleSurnames.contains(tokens.key(i) + " " + tokens.key(i + 1)));
    }

    /**
     * Whether a given name the lists know (in any case) and another capitalised word follow the one-word match in its
     * sentence: a person's full name of its own, so that the match is no given name or surname of it ("Gradonačelnica
     * Niša Jelena Bogdanović" is the mayor of Niš, "Sindikata Solane Tuzla Jasmin Hodžić" no Tuzla by surname).
     */
    boolean fullNameAfter(Match m, Set<String> firstNames, boolean declined) {
        int given = m.to() + 1;
        int surname = given + 1;
        if (m.from() != m.to() || surname >= tokens.size() || tokens.afterComma(surname)
                || tokens.sentenceStart(surname) || !tokens.capitalised(surname) || tokens.allCaps(surname)
                || tokens.afterComma(given) || tokens.sentenceStart(given)) {
            return false;
        }
        String key = tokens.key(given);
        return tokens.capitalised(given) && !tokens.allCaps(given)
                && (firstNames.contains(key) || declined && NameForms.givenNominative(key, firstNames) != null);
    }

    /** A given name at {@code i}: one the lists know (declined, where the language declines), or a capitalised word mid-sentence no match covers. */
    private boolean givenName(int i, Set<String> firstNames, boolean declined) {
        if (!tokens.capitalised(i) || tokens.allCaps(i)) {
            return false;
        }
        String key = tokens.key(i);
        return firstNames.contains(key) || (declined && NameForms.givenNominative(key, firstNames) != null)
                || (matchAt[i] == null && !tokens.sentenceStart(i));
    }

    /** A capitalised word that no match covers, or (with {@code orSurname}) only a surname match covers. */
    private boolean nameWord(int i, boolean orSurname) {
        return tokens.capitalised(i) && (matchAt[i] == null
                || (orSurname && matchAt[i].targets().stream().allMatch(t -> t.kind() == Kind.SURNAME)));
    }

    /** words that join the last two items of a list: "X, Y and Z", "X, Y in Z", "X, Y i Z", "X, Y dhe Z" */
    private static final Set<String> LIST_JOINS = Set.of("and", "in", "i", "dhe", "e", "kai", "si", "ili", "or");

    /**
     * A one-word match after a capitalised word no match covers (or only as a town or surname), the two being one item of a list whose item before
     * or after is a person's name ("Matic Zupančič, Tilen Kos, Gašper Bizjak in Luka Rozman"): the match is that
     * person's surname, whatever town or people it also names.
     */
    boolean surnameInListOfPeople(Match m, Set<String> firstNames) {
        int k = m.from();
        int given = k - 1;
        if (m.from() != m.to() || given < 0 || (matchAt[given] != null && !placeOrSurnameWord(matchAt[given]))
                || !tokens.capitalised(given) || tokens.allCaps(given)
                || tokens.afterComma(k) || tokens.sentenceStart(k) || tokens.sentenceStart(given)) {
            return false;
        }
        boolean opensItem = tokens.afterComma(given) || (given > 0 && LIST_JOINS.contains(tokens.key(given - 1)));
        int next = k + 1;
        boolean closesItem = next >= tokens.size() || tokens.afterComma(next) || tokens.sentenceStart(next)
                || LIST_JOINS.contains(tokens.key(next)) || !tokens.capitalised(next);
        if (!opensItem || !closesItem) {
            return false;
        }
        int before = tokens.afterComma(given) ? given - 1 : given - 2;
        if (before >= 1 && personItem(before - 1, firstNames)) {
            return true;
        }
        int after = next < tokens.size() && tokens.afterComma(next) ? next : next + 1;
        return after + 1 < tokens.size() && (after == next ? tokens.afterComma(next) : !tokens.afterComma(next + 1))
                && personItem(after, firstNames);
    }

    /** Tokens {@code i} and {@code i + 1} are a person's name: a known person, or a known given name and a capitalised word. */
    private boolean personItem(int i, Set<String> firstNames) {
        int j = i + 1;
        if (i < 0 || j >= tokens.size() || !tokens.capitalised(i) || !tokens.capitalised(j) || tokens.afterComma(j)
                || tokens.sentenceStart(j)) {
            return false;
        }
        if (matchAt[j] != null && isPerson(matchAt[j])) {
            return true;
        }
        return matchAt[i] == null && firstNames.contains(tokens.key(i));
    }

    /**
     * A one-word match that names only places, surnames or countries: the given name before it may be one of them
     * ("Георги" is also Georgia declined, "Jordan" a country).
     */
    private static boolean placeOrSurnameWord(Match m) {
        return m.from() == m.to() && m.targets().stream()
                .allMatch(t -> t.kind() == Kind.PLACE || t.kind() == Kind.SURNAME || t.kind() == Kind.COUNTRY);
    }

    /** A capitalised word that matched nothing follows the one-word match in its sentence: "Wang" in "Wang Wenbin". */
    boolean nameWordAfter(Match m) {
        int next = m.to() + 1;
        return m.from() == m.to() && next < tokens.size() && matchAt[next] == null && tokens.capitalised(next)
                && !tokens.allCaps(next) && !tokens.afterComma(next) && !tokens.sentenceStart(next);
    }

    /**
     * A capitalised word follows the one-word match in its sentence that matched only as someone's surname
     * ("Morrison" after "Chad": the knowledge base's Scott Morrison, whose given name is not written).
     */
    boolean surnameWordAfter(Match m) {
        int next = m.to() + 1;
        if (m.from() != m.to() || next >= tokens.size() || matchAt[next] == null || matchAt[next].from() != next
                || matchAt[next].to() != next || !tokens.capitalised(next) || tokens.afterComma(next) || tokens.sentenceStart(next)) {
            return false;
        }
        return matchAt[next].targets().stream().allMatch(t -> t.kind() == Kind.SURNAME);
    }

    /** A one-word, title-case match that opens a sentence: the word may just be capitalised because it comes first. */
    /** Whether the match stands in quotation marks, as Balkan copy writes the names of papers: „Politika”, «Koha». */
    boolean quoted(Match m) {
        int before = tokens.start(m.from()) - 1;
        int after = tokens.end(m.to());
        return before >= 0 && after < tokens.text.length() && OPENING_QUOTES.indexOf(tokens.text.charAt(before)) >= 0
                && CLOSING_QUOTES.indexOf(tokens.text.charAt(after)) >= 0;
    }

    private static final String OPENING_QUOTES = "\"„“«‘‚'»";
    private static final String CLOSING_QUOTES = "\"”“»’‘'«";

    boolean loneWordOpeningSentence(Match m) {
        return m.from() == m.to() && tokens.sentenceStart(m.from()) && !tokens.allCaps(m.from());
    }

    /**
     * Whether the meaning {@code t} is matched somewhere not at the start of a sentence: asked of a match that
     * opens one, so that place is elsewhere.
     */
    boolean matchedMidSentence(Target t) {
        if (midSentenceMeanings == null) {
            midSentenceMeanings = new HashSet<>();
            for (Match other : matches) {
                if (!tokens.sentenceStart(other.from())) {
                    midSentenceMeanings.addAll(other.targets());
                }
            }
        }
        return midSentenceMeanings.contains(t);
    }

    /** A person's full name or surname among the match's meanings. */
    private static boolean isPerson(Match m) {
        for (Target t : m.targets()) {
            if (t.kind() == Kind.PERSON || t.kind() == Kind.SURNAME) {
                return true;
            }
        }
        return false;
    }
}
