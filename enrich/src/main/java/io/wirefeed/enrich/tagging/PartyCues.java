package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Match;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a story calls an ordinary word a party: "stranka Možemo!", "poslanci Levice", "iz Naše stranke", "the Most
 * party". A party's name that is also a word (the knowledge base's {@code party_aliases}: "Most" is a bridge,
 * "Levica" the left hand) counts in a story that does so once, and then wherever the story writes it with a capital:
 * one sense per story, as for places.
 */
final class PartyCues {
    private static final Folding FOLDING = Folding.get();
    /** a party, coalition or movement, in any case, before its name ("stranke Možemo!") or inside it ("Naša stranka") */
    static final Set<String> PARTY_NOUNS = FOLDING.keys("stranka", "stranke", "stranki", "stranku", "strankom",
            "strankama", "strankah", "partija", "partije", "partiji", "partiju", "partijom", "partijata", "partia", "partisë",
            "partinë", "partitë", "партия", "партията", "партии", "партија", "партијата", "странка", "странке", "странци",
            "странку", "странком", "κόμμα", "κόμματος", "koalicija", "koalicije", "koaliciji", "koalicijom", "коалиция",
            "коалицията", "коалиција", "коалицијата", "pokret", "pokreta", "pokretu", "pokretom", "gibanje", "gibanja",
            "gibanju", "lëvizja", "lëvizjes", "движение", "движење", "party", "coalition");
    /** a member or officer of a party, before its name in the genitive: "zastupnik Mosta", "депутат от ...", "kryetari i" */
    private static final Set<String> MEMBERS = FOLDING.keys("predsjednik", "predsjednica", "predsednik", "predsednica",
            "potpredsjednik", "potpredsjednica", "potpredsednik", "potpredsednica", "predsjednika", "predsednika", "čelnik",
            "čelnica", "čelnika", "lider", "liderka", "lidera", "vodja", "vodje", "zastupnik", "zastupnica", "zastupnici",
            "zastupnika", "poslanik", "poslanica", "poslanici", "poslanika", "poslanec", "poslanka", "poslanci", "poslancev",
            "odbornik", "odbornica", "odbornici", "vijećnik", "vijećnica", "vijećnici", "većnik", "većnica", "svetnik",
            "svetnica", "svetniki", "član", "članica", "članovi", "članice", "člani", "kandidat", "kandidatkinja",
            "kandidatka", "kandidati", "portparol", "portparolka", "glasnogovornik", "glasnogovornica", "funkcioner",
            "funkcionerka", "funkcionar", "funkcionarka", "председник", "председница", "посланик", "посланица",
            "посланици", "одборник", "одборница", "члан", "председател", "председателят", "депутат", "депутатът",
            "депутатите", "лидер", "лидерът", "лидерот", "претседателката", "член", "кандидатът", "претседател", "претседателот", "пратеник",
            "пратеничка", "пратеници", "пратениците", "пратеникот", "членови", "членовите", "kryetari", "kryetarja", "deputeti", "deputetja", "deputetët",
            "anëtar", "anëtari", "anëtarja", "anëtarët", "zëdhënësi", "zëdhënësja", "βουλευτής", "βουλευτές", "πρόεδρος",
            "αρχηγός");
    /**
     * words between a member and the party's name: Bulgarian and Macedonian "на", Greek and Albanian articles, English
     * "of" ("пратеникот на Левица", "βουλευτής της Νίκης", "kryetari i Besës", "leader of the Left")
     */
    private static final Set<String> LINKS = FOLDING.keys("на", "της", "του", "των", "i", "e", "të", "së", "of", "the");
    /** English puts the party word after the name: "the Most party", "Levica party" */
    private static final Set<String> AFTER = FOLDING.keys("party", "coalition");
    /** a parliamentary group, after its adjective ("poslanički klub Mosta", "посланичка група на Левица") */
    private static final Set<String> GROUPS = FOLDING.keys("klub", "kluba", "klubu", "klubom", "grupa", "grupe", "grupi",
            "grupu", "grupom", "skupina", "skupine", "skupini", "клуб", "клуба", "група", "групе", "групата", "групи");
    /** the folded openings of the adjectives that make a group parliamentary */
    private static final List<String> GROUP_ADJECTIVES = List.of(FOLDING.key("poslanič"), FOLDING.key("zastupnič"),
            FOLDING.key("poslansk"), FOLDING.key("посланич"), FOLDING.key("пратенич"), FOLDING.key("parlamentarn"));
    /** an article or a descriptor may stand between a list's comma and the next party: ", the Democrats", ", pro-Serbian SNP" */
    private static final Set<String> ARTICLES = FOLDING.keys("the");
    private static final int MAX_DESCRIPTORS = 2;

    private PartyCues() {}

    /**
     * The matches of party names that are words which stand as names: every capitalised match of a name the story
     * calls a party at least once.
     */
    static List<Match> named(Tokens tokens, List<Match> matches, boolean[] knownParty) {
        Map<String, List<Match>> byParty = new LinkedHashMap<>();
        for (Match m : matches) {
            if (!insideLongerName(tokens, m.from())) {
                byParty.computeIfAbsent(m.targets().get(0).ref(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Match> named = new ArrayList<>();
        boolean more = true;
        while (more) {
            more = false;
            for (var it = byParty.values().iterator(); it.hasNext(); ) {
                List<Match> same = it.next();
                if (same.stream().anyMatch(m -> cued(tokens, m.from(), m.to()) || listedWith(tokens, m, named, knownParty))) {
                    named.addAll(same);
                    it.remove();
                    more = true; // "poslanci Levice in Svobode": a party joined to one named so is named too
                }
            }
        }
        named.sort(java.util.Comparator.comparingInt(Match::from));
        return named;
    }

    /** "and" in the ten languages, between two parties' names */
    private static final Set<String> AND = FOLDING.keys("i", "in", "и", "dhe", "και", "and");

    /**
     * Whether {@code m} stands in one list with a party: after "and" or a comma that follows one of {@code named} or a
     * party the knowledge base names otherwise ({@code knownParty}: "stranke Gibanje Svoboda, SD in Levica", "the
     * Democrats and URA"), or before a comma or "and" and such a party ("the Democrats, pro-Serbian Socialist People's Party").
     */
    private static boolean listedWith(Tokens tokens, Match m, List<Match> named, boolean[] knownParty) {
        int first = m.from() > 0 && ARTICLES.contains(tokens.key(m.from() - 1)) ? m.from() - 1 : m.from();
        if (first > 0 && !tokens.sentenceStart(first)) {
            int before = tokens.afterComma(first) ? first - 1 : AND.contains(tokens.key(first - 1)) ? first - 2 : -1;
            if (before >= 0 && (knownParty[before] || named.stream().anyMatch(n -> n.to() == before))) {
                return true;
            }
        }
        int next = m.to() + 1;
        if (next < tokens.size() && !tokens.sentenceStart(next) && AND.contains(tokens.key(next)) && !tokens.afterComma(next)) {
            next++;
        } else if (next >= tokens.size() || !tokens.afterComma(next) || tokens.sentenceStart(next)) {
            return false;
        }
        for (int k = 0; next < tokens.size() && k <= MAX_DESCRIPTORS && !tokens.sentenceStart(next); k++, next++) {
            if (knownParty[next] && (tokens.capitalised(next) || tokens.allCaps(next))) {
                return true;
            }
            boolean descriptor = ARTICLES.contains(tokens.key(next)) || !tokens.capitalised(next)
                    || (next + 1 < tokens.size() && tokens.joinedByHyphen(next + 1));
            if (!descriptor && !tokens.joinedByHyphen(next)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether token {@code from} continues a capitalised name: "Democrats" in "the Liberal Democrats" is none of its own
     * (but "the pro-Western Democrats" are).
     */
    private static boolean insideLongerName(Tokens tokens, int from) {
        return from > 0 && !tokens.sentenceStart(from) && !tokens.afterComma(from) && tokens.capitalised(from - 1)
                && !tokens.sentenceStart(from - 1) && !tokens.afterComma(from - 1) && !tokens.allCaps(from - 1)
                && !tokens.joinedByHyphen(from - 1) && !MEMBERS.contains(tokens.key(from - 1))
                && !PARTY_NOUNS.contains(tokens.key(from - 1)); // "ZAGREB – Zastupnik Mosta" opens with a capital
    }

    /** Whether tokens {@code from..to} are called a party where they stand. */
    static boolean cued(Tokens tokens, int from, int to) {
        if (tokens.sentenceStart(from) || tokens.afterComma(from)) {
            return false; // "Most je ...", "SARAJEVO – Naše stranke ..." opening a sentence are as often the words
        }
        for (int i = from; i <= to; i++) {
            if (PARTY_NOUNS.contains(tokens.key(i))) {
                return true; // "iz Naše stranke": a capital inside a sentence and the party word in the name
            }
        }
        int b = from - 1;
        if (LINKS.contains(tokens.key(b)) && b > 0 && !tokens.sentenceStart(b) && !tokens.afterComma(b)) {
            b--;
        }
        if (PARTY_NOUNS.contains(tokens.key(b)) || MEMBERS.contains(tokens.key(b))) {
            return true; // "stranke Možemo!", "zastupnik Mosta", "пратеникот на Левица"
        }
        if (b > 0 && GROUPS.contains(tokens.key(b)) && GROUP_ADJECTIVES.stream().anyMatch(tokens.key(b - 1)::startsWith)) {
            return true; // "poslanički klub Mosta", "Посланичка група на Левица"
        }
        int after = to + 1;
        return after < tokens.size() && !tokens.sentenceStart(after) && !tokens.afterComma(after)
                && AFTER.contains(tokens.key(after));
    }
}
