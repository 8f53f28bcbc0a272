package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.kb.KnowledgeBase.Organisation;
import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import io.wirefeed.enrich.tagging.AliasIndex.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a story is about a match, so that a club's name that is also a town, a region, a river or a person (the
 * knowledge base's {@code club_aliases}: "Vojvodina", "Rijeka", "Levski", "Черно море") names the club: "pobijedili su
 * Rijeku 2:0", "Ботев победи Славия". A story is about a match when it has two of the words sport reports are
 * written with (match, goal, coach, league, stadium, derby, round, footballers) in any of the ten languages, or one
 * of them and a score. In such a story the town the match is played in is still a town: "U Osijeku je domaćin ...".
 */
final class ClubCues {
    private static final Folding FOLDING = Folding.get();
    /** words of sport reports, each language's case and definite forms; folded, so one Latin key serves both scripts */
    private static final Set<String> SPORT_WORDS = FOLDING.keys(
            // English
            "match", "matches", "goal", "goals", "coach", "league", "stadium", "derby", "striker", "midfielder",
            "goalkeeper", "footballers", "fixture", "equaliser", "equalizer",
            // Serbian, Croatian, Bosnian (and Cyrillic through the folding)
            "utakmica", "utakmice", "utakmici", "utakmicu", "utakmicom", "gol", "gola", "golom", "golove", "golova",
            "golu", "trener", "trenera", "treneru", "trenerom", "liga", "lige", "ligi", "ligu", "superliga", "superlige",
            "superligi", "superligu", "stadion", "stadionu", "stadiona", "derbi", "derbiju", "derbija", "kolo", "kola",
            "kolu", "fudbaleri", "fudbalera", "nogometaši", "nogometaša", "tabele", "tabeli", "ljestvici", "ljestvice",
            "poluvremenu", "poluvrijeme", "poluvreme", "penal", "penala",
            // Slovenian
            "tekma", "tekmi", "tekmo", "krogu", "kroga", "nogometaši", "nogometašev", "trenerja",
            // Bulgarian and Macedonian
            "мач", "мача", "мачът", "гол", "гола", "голът", "голове", "треньор", "треньорът", "треньора", "лига",
            "лигата", "стадион", "стадиона", "дерби", "дербито", "кръг", "кръга", "кръгът", "класирането", "отбор",
            "отборът", "отбора", "натпревар", "натпреварот", "тренер", "тренерот", "колото", "фудбалери", "фудбалерите",
            "футболисти", "футболистите",
            // Albanian
            "ndeshje", "ndeshja", "ndeshjen", "ndeshjes", "golin", "golat", "golave", "trajner", "trajneri", "trajnerit",
            "kampionat", "kampionatit", "stadiumi", "stadiumin", "skuadra", "skuadrës", "javës",
            // Greek
            "αγώνας", "αγώνα", "αγώνων", "γκολ", "προπονητής", "προπονητή", "πρωτάθλημα", "πρωταθλήματος", "γήπεδο",
            "αγωνιστικής", "αγωνιστική", "ομάδα", "ομάδας");
    /** a score, "2:1", "2-0", "1–1": one digit each side, so that no time of day ("12:30") or year range counts */
    private static final Pattern SCORE = Pattern.compile("(?<![\\d:.,-])\\d[:\\-–]\\d(?![\\d:.,])");
    /** prepositions of place before a town: "u Osijeku", "v Mariboru", "във Варна", "në Tiranë", "στη Ρίο", "in Rijeka" */
    private static final Set<String> AT = FOLDING.keys("u", "v", "в", "във", "во", "në", "ne", "στη", "στην", "στο",
            "in", "at", "iz", "из", "nga", "από", "from");

    /** the countries whose language is Serbian, Croatian, Bosnian or Montenegrin */
    private static final Set<String> SHTOKAVIAN = Set.of("RS", "HR", "BA", "ME");

    private ClubCues() {}

    /** Whether the story is about a match: two words of sport reports, or one and a score. */
    static boolean aboutMatch(Tokens tokens) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tokens.size() && seen.size() < 2; i++) {
            if (SPORT_WORDS.contains(tokens.key(i))) {
                seen.add(tokens.key(i));
            }
        }
        return seen.size() >= 2 || (seen.size() == 1 && SCORE.matcher(tokens.text).find());
    }

    /**
     * The matches of clubs' names in a story written in the language of their country, each for the clubs of that
     * country only: "Dinamo" in Croatian copy is Dinamo Zagreb, "Partizana" in Serbian copy FK Partizan and not
     * Partizani. English copy keeps them all.
     */
    static List<Match> home(List<Match> clubs, Set<String> storyHomes, Map<String, Organisation> orgs) {
        if (storyHomes.isEmpty()) {
            return clubs;
        }
        // Serbian, Croatian, Bosnian and Montenegrin copy is told apart by a few words only: their clubs go together
        Set<String> homes = storyHomes.stream().anyMatch(SHTOKAVIAN::contains) ? SHTOKAVIAN : storyHomes;
        List<Match> home = new ArrayList<>(clubs.size());
        for (Match c : clubs) {
            List<Target> targets = c.targets().stream()
                    .filter(t -> orgs.containsKey(t.ref()) && homes.contains(orgs.get(t.ref()).country())).toList();
            if (!targets.isEmpty()) {
                home.add(targets.size() == c.targets().size() ? c : new Match(c.from(), c.to(), targets));
            }
        }
        return home;
    }

    /** Whether {@code m} is a place named like a word of sport reports: "Дерби" in a headline is no Derby. */
    static boolean sportWord(Tokens tokens, Match m) {
        return m.from() == m.to() && SPORT_WORDS.contains(tokens.key(m.from()))
                && m.targets().stream().allMatch(t -> t.kind() == Kind.PLACE);
    }

    /**
     * The matches of clubs' names in a story about a match: every one but a town the story places something in or
     * says someone comes from ("U Osijeku je domaćin", "navijači iz Rijeke") and the dateline's town in capitals; a
     * club's name that is no town stands there too ("igra u Partizanu").
     */
    static List<Match> named(Tokens tokens, List<Match> matches, List<Match> clubs) {
        List<Match> named = new ArrayList<>(clubs.size());
        for (Match c : clubs) {
            boolean place = matches.stream().anyMatch(m -> m.from() <= c.to() && c.from() <= m.to()
                    && m.targets().stream().anyMatch(t -> t.kind() == Kind.PLACE || t.kind() == Kind.COUNTRY
                    || t.kind() == Kind.REGION));
            int before = c.from() - 1;
            if (place && (tokens.allCaps(c.from()) // the dateline's town: "OSIJEK, 3. ožujka –"
                    || before >= 0 && !tokens.sentenceStart(c.from()) && AT.contains(tokens.key(before)))) {
                continue;
            }
            named.add(c);
        }
        return named;
    }
}
