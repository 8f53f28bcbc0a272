package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Companies the knowledge base lacks, told by their legal form ("Reinhardt Logistik AG", "Savanna Motors Ltd",
 * "Banat Energija d.o.o.") or by a head word only companies end in ("Hanbit Airlines", "Greenport Holdings").
 * A legal form is a cue strong enough for any capitalised words before it; a corporate head needs a run of
 * capitalised words it ends ("Energy Security Plan" is no company), a modifier that is no generic word
 * ("Renewable Energy"), and no vessel noun before ("the tanker Pacific Energy" is a ship).
 */
final class Companies {
    /**
     * legal forms after a company's name, as written, after a closing quote too ("Sana Drvo" d.o.o., „Rodopa
     * Mebel“ ЕООД, «Kritika Elaiolada» Α.Ε.): a letter or digit must not follow
     */
    private static final Pattern LEGAL_FORM = Pattern.compile("(?:,\\s+(?=Inc|Ltd|LLC|Co\\b)|[\"“”»«']?\\s+)(Co\\.?,? Ltd|Co\\.?,? Inc|Inc|Ltd"
            + "|Limited|Pty Ltd|Sdn Bhd|Tbk|Plc|PLC|LLC|GmbH|Corp|AG|S\\.A\\.|SA|N\\.V\\.|NV|BV|SpA|S\\.p\\.A\\.|ASA|Oyj|AD|DOOEL|DOO"
            + "|d\\.o\\.o\\.|a\\.d\\.|d\\.d\\.|sh\\.p\\.k\\.|sh\\.a\\.|S\\.R\\.L\\.|SRL"
            + "|ДООЕЛ|ДОО|ЕООД|ООД|ЕАД|АД|д\\.о\\.о\\.|а\\.д\\.|д\\.д\\.|Α\\.Ε\\.|ΑΕ)(?![\\p{L}\\p{N}])");
    /** first tokens of those forms, folded: the pattern is tried only before one of them */
    private static final Set<String> LEGAL_FORM_STARTS = Folding.get().keys("co", "inc", "ltd", "limited", "pty", "sdn", "tbk",
            "plc", "llc", "gmbh", "corp", "ag", "s", "sa", "n", "nv", "bv", "spa", "asa", "oyj", "ad", "doo", "dooel", "d", "a", "sh",
            "srl", "ДООЕЛ", "ДОО", "ЕООД", "ООД", "ЕАД", "АД", "д", "а", "Α", "ΑΕ");
    /**
     * the legal forms of South-East Europe, which the reference leaves out of a company's name in every language
     * ("Medimex Trgovina d.o.o." is Medimex Trgovina); English-style forms (Ltd, Inc, AG) stay part of it
     */
    private static final Set<String> DROPPED_FORMS = Set.of("d.o.o.", "d.d.", "a.d.", "AD", "DOO", "DOOEL", "sh.p.k.", "sh.a.",
            "S.R.L.", "SRL", "ДООЕЛ", "ДОО", "ЕООД", "ООД", "ЕАД", "АД", "д.о.о.", "а.д.", "д.д.", "Α.Ε.", "ΑΕ");
    /** legal forms written before the name, in capitals: "PT Nusantara Baja", "PJSC Volga Shipping" */
    private static final Set<String> LEGAL_FORM_PREFIXES = Set.of("pt", "jsc", "pjsc", "oao", "ooo", "zao");
    /** head words that end companies' names and no other body's */
    private static final Set<String> HEADS = Set.of("holdings", "holding", "airlines", "airways", "energy", "energija",
            "motors", "industries", "logistics", "shipping", "mining", "pharma", "pharmaceuticals", "petroleum", "steel",
            "telecom", "technologies", "insurance", "breweries", "brewery", "cement", "textiles", "foods",
            // brokerages and investment firms: "Hanul Securities", "Al Mada Capital", "Ikoyi Investments"
            "securities", "capital", "investments", "ventures", "invest");
    /**
     * heads of exchanges and airports, whose names go on through generic words after a place or a name ("Kisumu
     * International Airport", "Tashkent Republican Stock Exchange"); the first word must be no generic one ("the
     * Stock Exchange", "Foreign Exchange", "International Airport" alone name none)
     */
    private static final Set<String> PLACE_HEADS = Set.of("exchange", "airport");
    /** words that open no exchange's or airport's name: "Stock Exchange", "Commodity Exchange" */
    private static final Set<String> MARKET_WORDS = Set.of("stock", "stocks", "commodity", "commodities", "metal", "metals",
            "futures", "securities", "currency", "mercantile", "options", "energy", "power", "grain");
    /** words that make a corporate head a description, not a name: "Renewable Energy", "Clean Energy" */
    private static final Set<String> GENERIC_MODIFIERS = Set.of("renewable", "clean", "green", "nuclear", "solar", "wind",
            "new", "low", "cost", "budget", "national", "state", "foreign", "domestic", "regional", "global", "major",
            "world", "european", "international", "private", "public", "big", "the", "our", "their", "its");
    /** nouns before a name that make it a vessel's: "the tanker Pacific Energy" */
    private static final Set<String> VESSELS = Set.of("tanker", "ship", "vessel", "freighter", "ferry", "yacht", "trawler",
            "liner", "barge", "tug", "carrier", "frigate", "destroyer", "submarine", "boat", "brod");
    /** words before a company's name that say what it is: "Kompanija Banat Energija d.o.o.", "Company X Ltd" */
    private static final Set<String> DESCRIPTORS = Folding.get().keys("company", "firm", "kompanija", "kompanije", "preduzece",
            "preduzeca", "firma", "tvrtka", "tvrtke", "drustvo", "druzba", "podjetje", "kompania", "shoqeria", "brodogradiliste",
            "Компанија", "Компанијата", "Компания", "Компанията", "Фирма", "Фирмата", "Дружество", "Дружеството", "Предузеће",
            "Εταιρεία");

    /**
     * lower-case nouns that say what the body named right after them is: "carmaker VinFast", "mobile operator
     * Safaricom", "the aid group Mercy Relief", "kompanija Ziđin"; nouns that also say what a person is
     * ("producer", "developer", "investor", "operator" alone) are left out
     */
    private static final Set<String> DESCRIBING_NOUNS = Set.of("carmaker", "automaker", "chipmaker", "drugmaker",
            "steelmaker", "planemaker", "shipbuilder", "miner", "lender", "insurer", "retailer", "airline", "carrier",
            "firm", "company", "conglomerate", "startup", "utility", "refiner", "exporter", "manufacturer", "charity",
            "club", "brewer", "maker", "giant", "subsidiary", "kompanija", "firma", "tvrtka", "preduzece", "klub",
            "podjetje", "druzba", "kompania", "shoqeria", "watchdog", "regulator", "nonprofit", "union", "ngo",
            "consultancy", "brokerage", "broker");
    /**
     * "group" and "operator" describe a body only after a word that says which: "aid group", "mobile operator";
     * "think-tank" and "non-profit" are two tokens
     */
    private static final Set<String> GROUPS = Set.of("group", "operator", "tank", "profit");
    private static final Set<String> GROUP_KINDS = Set.of("aid", "rights", "charity", "relief", "advocacy", "industry",
            "lobby", "shipping", "media", "mining", "energy", "mobile", "network", "telecoms", "telecom", "grid",
            "pipeline", "port", "airport", "tour", "oil", "steel", "retail", "investment", "campaign", "environmental",
            "think", "non");
    /** prepositions after a post that introduce its employer: "at Accra-based Databank" */
    private static final Set<String> AT = Set.of("at", "with", "for");
    /** at most this many capitalised words after such a noun are the name */
    private static final int MAX_DESCRIBED = 3;

    /**
     * nouns, in every case, that say the quoted name after them is a company's or an association's: "firme \"Morava
     * Tekstil\"", "kompanisë \"Vlora Gaz\"", "фирмата „Струга Текстил“", "ο όμιλος «Αιγαίον Ναυτιλιακή»"; a quoted
     * name after "project", "campaign" or "slogan" is none
     */
    private static final Set<String> QUOTED_NOUNS = Folding.get().keys(
            "kompanija", "kompanije", "kompaniji", "kompaniju", "kompanijom", "firma", "firme", "firmi", "firmu", "firmom",
            "preduzeće", "preduzeća", "preduzeću", "preduzećem", "poduzeće", "poduzeća", "poduzeću", "poduzećem",
            "tvrtka", "tvrtke", "tvrtki", "tvrtku", "tvrtkom", "društvo", "društva", "društvu", "društvom",
            "podjetje", "podjetja", "podjetju", "podjetjem", "družba", "družbe", "družbi", "družbo",
            "udruga", "udruge", "udruzi", "udrugu", "udruženje", "udruženja", "udruženju", "udruženjem",
            "kompania", "kompanisë", "kompaninë", "kompani", "shoqëria", "shoqërisë", "shoqërinë", "shoqëri",
            "firmës", "firmën", "shoqata", "shoqatës", "shoqatën",
            "компанија", "компаније", "компанији", "компанију", "компанијом", "компанијата", "фирма", "фирме", "фирми",
            "фирму", "фирмом", "фирмата", "предузеће", "предузећа", "предузећу", "предузећем", "друштво", "друштва",
            "друштву", "друштвото", "удружење", "удружења", "удружењу", "здружение", "здружението",
            "компания", "компанията", "компании", "дружество", "дружеството", "сдружение", "сдружението",
            "εταιρεία", "εταιρείας", "εταιρία", "εταιρίας", "όμιλος", "ομίλου", "όμιλο",
            "company", "firm");
    /** quotes that open a name and those that close it (Slovenian writes »...«, Greek «...») */
    private static final String OPENING_QUOTES = "\"„“«»";
    private static final String CLOSING_QUOTES = "\"“”»«";
    /** a quoted name has at most this many words: a longer quotation is something said */
    private static final int MAX_QUOTED = 5;

    /** small words inside companies' names: "Bank of Cyprus Holdings plc" */
    private static final Set<String> NAME_GLUE = Set.of("of", "and", "for", "de", "del", "des", "du", "und", "i", "e");

    private Companies() {}

    /**
     * A company named in the run of capitalised words {@code from..end}: its tokens and its name as written
     * with its legal form; null when the run names none.
     */
    static UnknownNames.Found find(Tokens tokens, Kind[] covered, int from, int end) {
        while (from < end && (DESCRIPTORS.contains(tokens.key(from)) || DESCRIBING_NOUNS.contains(tokens.key(from))
                || tokens.allCaps(from) && (covered[from] == Kind.PLACE || covered[from] == Kind.COUNTRY))) {
            from++; // a descriptor ("Carmaker Hoshino Motors" opening a sentence), or a dateline in capitals ("SKOPJE - Vardar Pharma a.d.")
        }
        if (from > 0 && VESSELS.contains(tokens.key(from - 1)) && !tokens.capitalised(from - 1)) {
            return null;
        }
        boolean prefixed = from < end && tokens.allCaps(from) && LEGAL_FORM_PREFIXES.contains(tokens.key(from));
        for (int b = from; b <= end; b++) {
            if (b + 1 < tokens.size() && LEGAL_FORM_STARTS.contains(tokens.key(b + 1)) && tokens.capitalised(b)) {
                Matcher m = LEGAL_FORM.matcher(tokens.text).region(tokens.end(b), tokens.text.length());
                int first = from;
                for (int k = from; k < b; k++) {
                    if (!tokens.capitalised(k) && !NAME_GLUE.contains(tokens.key(k))) {
                        first = k + 1; // "Shares in Reinhardt Logistik AG": the name starts after the preposition
                    }
                }
                if (m.lookingAt() && somethingNew(tokens, covered, first, b)) {
                    from = first;
                    int to = b + 1;
                    while (to + 1 < tokens.size() && tokens.start(to + 1) < m.end()) {
                        to++;
                    }
                    String name = DROPPED_FORMS.contains(m.group(1)) ? tokens.surface(from, b)
                            : tokens.text.substring(tokens.start(from), m.end());
                    return new UnknownNames.Found(Kind.ORGANISATION, from, to, name);
                }
            }
        }
        if (prefixed && somethingNew(tokens, covered, from + 1, end)) {
            int last = from + 1;
            while (last < end && last - from < MAX_DESCRIBED && tokens.capitalised(last + 1)) {
                last++;
            }
            return new UnknownNames.Found(Kind.ORGANISATION, from, last, tokens.surface(from, last));
        }
        end = headEnd(tokens, from, end);
        if (end > from && PLACE_HEADS.contains(tokens.key(end))) {
            String first = tokens.key(from);
            boolean named = !GENERIC_MODIFIERS.contains(first) && !MARKET_WORDS.contains(first) && !UnknownNames.isOrgHead(first);
            for (int k = from; k < end && named; k++) {
                named = tokens.capitalised(k);
            }
            return named && somethingNew(tokens, covered, from, end - 1)
                    ? new UnknownNames.Found(Kind.ORGANISATION, from, end, tokens.surface(from, end)) : null;
        }
        if (end == from || !HEADS.contains(tokens.key(end))) {
            return null;
        }
        for (int k = from; k < end; k++) {
            if (!tokens.capitalised(k) || UnknownNames.isOrgHead(tokens.key(k)) || GENERIC_MODIFIERS.contains(tokens.key(k))) {
                return null; // "Ministry of Energy" and "Renewable Energy" are no companies
            }
        }
        return somethingNew(tokens, covered, from, end - 1)
                ? new UnknownNames.Found(Kind.ORGANISATION, from, end, tokens.surface(from, end)) : null;
    }

    /**
     * A body named right after a lower-case noun that says what it is ("carmaker VinFast", "budget carrier Air
     * Peace"): up to {@value #MAX_DESCRIBED} capitalised words no match covers, the first no given name the
     * knowledge base knows and not in capitals; null when no such noun stands before {@code from}. Not a
     * carrier that is a ship ("aircraft carrier").
     */
    static UnknownNames.Found described(Tokens tokens, Kind[] covered, int from, int end, Set<String> firstNames) {
        int noun = from - 1;
        if (noun < 0 || tokens.capitalised(noun) && !tokens.key(noun).equals("ngo") || tokens.sentenceStart(from) || tokens.afterComma(from)
                || covered[from] != null || tokens.allCaps(from) || firstNames.contains(tokens.key(from))
                || !UnknownNames.mayOpenName(tokens.key(from))) {
            return null;
        }
        String key = tokens.key(noun);
        // "an economist at Accra-based Databank": a firm placed by its town right after the preposition of a post
        boolean based = key.equals("based") && tokens.joinedByHyphen(noun) && noun >= 2 && tokens.capitalised(noun - 1)
                && AT.contains(tokens.key(noun - 2));
        boolean describing = based || DESCRIBING_NOUNS.contains(key)
                || GROUPS.contains(key) && noun > 0 && GROUP_KINDS.contains(tokens.key(noun - 1));
        if (!describing || key.equals("carrier") && noun > 0 && tokens.key(noun - 1).equals("aircraft")) {
            return null;
        }
        int last = from;
        while (last < end && last - from + 1 < MAX_DESCRIBED && covered[last + 1] == null && tokens.capitalised(last + 1)) {
            last++;
        }
        return new UnknownNames.Found(Kind.ORGANISATION, from, last, tokens.surface(from, last));
    }

    /**
     * A body named in quotes right after a noun that says it is a company or an association, in any case ("radnici
     * firme \"Morava Tekstil\"", "фирмата „Струга Текстил“"): the quoted words as written, which quotes keep in the
     * nominative; null when the quote does not open at {@code from}, is longer than {@value #MAX_QUOTED} words, does
     * not close, opens on a lower-case word or holds a body the knowledge base knows.
     */
    static UnknownNames.Found quoted(Tokens tokens, Kind[] covered, int from) {
        if (from == 0 || !tokens.capitalised(from) || !QUOTED_NOUNS.contains(tokens.key(from - 1))) {
            return null;
        }
        int gap = tokens.end(from - 1);
        int open = -1;
        for (int c = gap; c < tokens.start(from); c++) {
            char ch = tokens.text.charAt(c);
            if (OPENING_QUOTES.indexOf(ch) >= 0 && open < 0) {
                open = c;
            } else if (!Character.isWhitespace(ch)) {
                return null;
            }
        }
        if (open < 0) {
            return null;
        }
        for (int last = from; last < tokens.size() && last - from < MAX_QUOTED; last++) {
            if (covered[last] == Kind.ORGANISATION || covered[last] == Kind.PERSON) {
                return null;
            }
            int after = tokens.end(last);
            int next = last + 1 < tokens.size() ? tokens.start(last + 1) : tokens.text.length();
            for (int c = after; c < next; c++) {
                if (CLOSING_QUOTES.indexOf(tokens.text.charAt(c)) >= 0) {
                    return new UnknownNames.Found(Kind.ORGANISATION, from, last, tokens.surface(from, last));
                }
                if (!Character.isWhitespace(tokens.text.charAt(c)) && tokens.text.charAt(c) != '-') {
                    return null; // a comma or a full stop inside the quotes: a quotation, not a name
                }
            }
        }
        return null;
    }

    /** Whether a word is a head word only companies' names end in. */
    static boolean isHead(String key) {
        return HEADS.contains(key);
    }

    /**
     * Where a company's name ends in a run that goes on through a glue word to a place: "Grace Capital in Seoul"
     * ends at "Capital"; {@code end} when no head word is followed by a lower-case word.
     */
    private static int headEnd(Tokens tokens, int from, int end) {
        for (int b = from + 1; b < end; b++) {
            if ((HEADS.contains(tokens.key(b)) || PLACE_HEADS.contains(tokens.key(b))) && !tokens.capitalised(b + 1)) {
                return b;
            }
        }
        return end;
    }

    /** Whether a capitalised word of {@code from..to} is not the knowledge base's: "Air Serbia" alone is known. */
    private static boolean somethingNew(Tokens tokens, Kind[] covered, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (covered[k] == null && tokens.capitalised(k)) {
                return true;
            }
        }
        return false;
    }
}
