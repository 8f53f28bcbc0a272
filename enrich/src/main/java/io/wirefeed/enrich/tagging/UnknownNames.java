package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import io.wirefeed.enrich.tagging.AliasIndex.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names the knowledge base does not know, so analysts see who is new: runs of capitalised words with an
 * organisation head word ("Philippine Coast Guard", "Embassy of Ukraine in Bulgaria", "Aam Aadmi Party"),
 * or with a person cue: a title before ("Deputy Minister Ana Petrova"), a first name the knowledge base
 * knows, or a verb of saying next to it ("Ana Petrova said", "tha Arben Gashi").
 */
final class UnknownNames {
    /**
     * A name found: tokens {@code from} to {@code to}, as an organisation or a person; {@code stateBody}: one word
     * that names a body only as the body of the country written before it ("Kosovo's Assembly").
     */
    record Found(Kind kind, int from, int to, String name, boolean stateBody, boolean bare) {
        Found(Kind kind, int from, int to, String name) {
            this(kind, from, to, name, false, false);
        }
    }

    private static final Set<String> ORG_HEADS = words("party", "council", "ministry", "agency", "court", "union",
            "movement", "bank", "commission", "committee", "assembly", "coalition", "front", "alliance", "institute",
            "university", "association", "foundation", "office", "army", "navy", "guard", "police", "service",
            "authority", "treasury", "embassy", "parliament", "federation", "organisation", "organization",
            "corporation", "company", "fund", "forum", "chamber", "confederation", "tribunal", "directorate", "inspectorate",
            "academy", "church", "times", "post", "news", "journal", "herald", "gazette", "telegraph", "tribune",
            "independent", "radio", "television", "network", "group", "institution", "centre", "center", "board",
            "hospital",
            "stranka", "savez", "pokret", "ministarstvo", "agencija", "sud", "skupstina", "komisija", "vijece", "vece",
            "savet", "institut", "univerzitet", "sveuciliste", "fakultet", "banka", "partija", "partia", "levizja",
            "aleanca", "gjykata", "ministria", "kuvendi", "keshilli", "agjencia", "universiteti", "komiteti",
            "partiya", "sabor", "vlada", "uprava", "zavod", "komora", "koalicija", "fond", "udruzenje", "congress",
            "senate", "representatives", "deputies", "municipality");
    private static final java.util.List<String> HEAD_ENDINGS = java.util.List.of("a", "e", "i", "u", "om", "em", "oj",
            "ama", "ima", "it", "in", "es", "se", "ne", "ve", "s");
    /** words that end place names, never people: "Second Thomas Shoal" is no Thomas */
    private static final Set<String> PLACE_WORDS = words("shoal", "island", "islands", "sea", "river", "mount", "mountain",
            "mountains", "lake", "bay", "strait", "street", "square", "airport", "bridge", "stadium", "hall", "valley",
            "peninsula", "gulf", "canal", "province", "county", "district", "region", "city", "ocean", "park", "palace",
            "castle", "road", "avenue", "boulevard", "port", "harbour", "harbor", "reef", "cape", "coast", "falls");
    /** words that open place names, never people's: "Lake Victoria" and "Mount Kenya" are no Victoria or Kenya */
    private static final Set<String> PLACE_OPENERS = words("lake", "mount", "cape", "gulf", "strait", "isle");
    /** words that may continue an organisation name after its head word: "Ministry of Finance", "Council for ..." */
    private static final Set<String> ORG_CONTINUE = words("of", "for", "on", "za", "per", "te", "e", "i", "na", "de", "del",
            "des", "du", "fur");
    private static final Set<String> ORG_GLUE = words("of", "for", "and", "the", "on", "in", "za", "i", "e", "te",
            "per", "de", "del", "des", "du", "und", "fur", "na", "u", "se");
    private static final Set<String> SAY = words("said", "says", "told", "added", "stated", "announced", "noted",
            "stressed", "wrote", "tha", "deklaroi", "theksoi", "rekao", "rekla", "izjavio", "izjavila", "kazao",
            "kazala", "naveo", "navela", "ocijenio", "ocijenila", "ocenio", "ocenila", "istakao", "istakla", "dodao", "dodala", "poručio", "porucio", "je",
            // Slovenian; Macedonian, Bulgarian and Greek as their keys romanise them (изјави, рече, заяви, каза, δήλωσε, είπε)
            "dejal", "dejala", "povedal", "povedala", "izjavil", "izjavila", "izjavi", "rece", "kaza", "istakna", "dodade",
            "zayavi", "dobavi", "podcherta", "dilose", "eipe", "tonise", "prosthese");
    /** words of a credit line before the names: "Post By Ana Petrova", "Reporting by ..." */
    private static final Set<String> BYLINE_WORDS = words("by", "reporting", "writing", "editing", "photo", "photos", "video");
    private static final Set<String> HONORIFICS = words("mr", "mrs", "ms", "dr", "prof", "gen", "general", "judge", "justice",
            "sir", "lord", "colonel", "col", "captain", "capt", "rev", "commodore", "admiral", "lieutenant", "sergeant", "brigadier", "gospodin", "gospođa", "gospodja", "z", "zoti", "zonja");
    /** what a person is, written before the name: "professor Sergiu Miscoiu", "his deputy Manish Sisodia" */
    private static final Set<String> PERSON_NOUNS = words("professor", "deputy", "adviser", "advisor", "spokesman",
            "spokeswoman", "spokesperson", "analyst", "lawyer", "attorney", "economist", "expert", "researcher", "activist",
            "journalist", "editor", "commentator", "candidate", "lawmaker", "legislator", "senator", "governor", "mp", "mep",
            "congressman", "congresswoman", "parliamentarian", "assemblyman", "assemblywoman", "councilman", "councilwoman",
            "chairman", "chairwoman", "profesor", "profesorka", "analiticar", "analitičar", "advokat", "advokatica",
            "novinar", "novinarka", "poslanik", "poslanica", "zastupnik", "zastupnica", "savjetnik", "savetnik",
            "portparol", "glasnogovornik", "glasnogovornica", "profesori", "analisti", "avokati", "gazetari", "deputeti",
            "inzenjer", "inzenjerka", "doktor", "doktorka", "lekar", "lekarka", "ljekar", "ljekarka", "lijecnik", "lijecnica",
            "direktor", "direktorka", "direktorica", "sudija", "sudac", "sutkinja", "predsjednica", "predsednica",
            "politician", "magistrate", "leader", "organiser", "organizer", "negotiator", "pollster", "strategist", "banker",
            "investor", "teacher", "student", "doctor", "surgeon", "nurse", "farmer", "soldier", "protester", "politicar",
            "politicarka", "politikani", "student", "studentkinja",
            // people in the news by their trade or place: "campaigner X", "Plant manager X", "Fisherman X"
            "campaigner", "manager", "owner", "fisherman", "haulier", "shipowner", "resident", "shopkeeper", "pensioner", "worker");
    /**
     * What a person is, in Bulgarian, Macedonian, Greek and Albanian, as agency copy writes it right before an unknown
     * name, in the forms it takes there (definite, accusative): "адвокатката Мирослава Тодорова", "пратеникот Љупчо
     * Ристов", "ο δήμαρχος Γιάννης ...", "τον βουλευτή ...", "zëdhënësi Arben ...". Folded keys, as tokens give them.
     */
    private static final Set<String> BALKAN_PERSON_NOUNS = Folding.get().keys(
            // Bulgarian
            "министър", "министърът", "министъра", "кмет", "кметът", "кмета", "депутат", "депутатът", "депутата", "депутатката",
            "адвокат", "адвокатът", "адвоката", "адвокатката", "прокурор", "прокурорът", "прокурора", "съдия", "съдията",
            "посланик", "посланикът", "посланика", "говорител", "говорителят", "говорителя", "председател", "председателят",
            "председателя", "директор", "директорът", "директора", "директорката", "ректор", "ректорът", "ректора",
            "журналист", "журналистът", "журналистката", "анализатор", "анализаторът", "икономист", "икономистът", "експерт",
            "експертът", "лидер", "лидерът", "лидера", "треньор", "треньорът", "треньора", "професор", "професорът", "проф",
            "губернатор", "губернаторът", "областният", "секретар", "секретарят", "заместник",
            // Macedonian
            "министер", "министерот", "министерката", "градоначалник", "градоначалникот", "градоначалничката", "пратеник",
            "пратеникот", "пратеничката", "адвокатот", "адвокатката", "обвинител", "обвинителот", "судија", "судијата",
            "амбасадор", "амбасадорот", "портпарол", "портпаролот", "претседател", "претседателот", "претседателката",
            "директорот", "ректорот", "новинар", "новинарот", "новинарката", "аналитичар", "аналитичарот", "лидерот",
            "секретарот", "тренер", "тренерот", "професорот", "заменик", "советник", "советникот",
            // Greek, nominative and accusative
            "υπουργός", "υπουργό", "υφυπουργός", "υφυπουργό", "δήμαρχος", "δήμαρχο", "βουλευτής", "βουλευτή", "δικηγόρος",
            "δικηγόρο", "εισαγγελέας", "εισαγγελέα", "δικαστής", "δικαστή", "πρέσβης", "πρέσβη", "εκπρόσωπος", "εκπρόσωπο",
            "πρόεδρος", "πρόεδρο", "διευθυντής", "διευθυντή", "διευθύντρια", "πρύτανης", "πρύτανη", "δημοσιογράφος",
            "δημοσιογράφο", "αναλυτής", "αναλυτή", "οικονομολόγος", "οικονομολόγο", "καθηγητής", "καθηγητή", "καθηγήτρια",
            "προπονητής", "προπονητή", "περιφερειάρχης", "περιφερειάρχη", "γραμματέας", "αρχηγός", "αρχηγό", "σύμβουλος",
            "σύμβουλο",
            // Albanian
            "kryetari", "kryetarin", "kryetarit", "kryetarja", "zëvendësministri", "zëvendësministrja", "deputeti", "deputetin",
            "deputetja", "avokati", "avokatin", "avokatja", "prokurori", "prokurorin", "gjyqtari", "gjyqtarja", "ambasadori",
            "ambasadorin", "zëdhënësi", "zëdhënësja", "drejtori", "drejtorin", "drejtoresha", "rektori", "rektorin", "gazetarja",
            "analistja", "profesoresha", "trajneri", "kryebashkiaku", "kryebashkiakun", "sekretari", "lideri", "liderin",
            "këshilltari", "këshilltarja");

    /**
     * Marks as part of a title the portfolios written after a role noun ("υφυπουργός Εθνικής Οικονομίας και
     * Οικονομικών", "министър Финансите"): capitalised in Greek, they would otherwise open the name that follows.
     */
    private static void portfoliosOfRoles(Tokens tokens, Kind[] covered) {
        boolean[] none = null; // made for the first role noun only: most stories have none
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (!tokens.capitalised(k) && BALKAN_PERSON_NOUNS.contains(tokens.key(k))) {
                none = none == null ? new boolean[tokens.size()] : none;
                NativeMinistries.Found portfolio = NativeMinistries.at(tokens, k, none);
                for (int j = k + 1; portfolio != null && j <= portfolio.to(); j++) {
                    if (covered[j] == null) {
                        covered[j] = Kind.TITLE;
                    }
                }
            }
        }
    }

    /**
     * officials who head nothing, athletes, artists, historical figures, written in lower case before the name
     * ("former minister X", "tennis star X"); written with a capital they open a name ("Prince Edward Island")
     */
    private static final Set<String> ROLE_NOUNS = words("minister", "president", "ambassador", "envoy", "diplomat", "official", "officer", "prosecutor", "mayor",
            "councillor", "councilor", "commander", "chief", "secretary", "undersecretary", "star", "player", "coach",
            "striker", "midfielder", "goalkeeper", "defender", "champion", "athlete", "singer", "actor", "actress", "writer",
            "author", "novelist", "poet", "artist", "painter", "composer", "historian", "philosopher", "scientist",
            "king", "queen", "emperor", "empress", "prince", "princess", "pope", "bishop", "archbishop", "patriarch",
            "priest", "imam", "rabbi", "businessman", "businesswoman", "billionaire", "tycoon", "entrepreneur", "founder",
            "correspondent", "reporter", "photographer", "columnist", "ministar", "ministrica", "ambasador", "ambasadorka",
            "tužilac", "tuzilac", "tužitelj", "tuzitelj", "pisac", "pjevač", "pevač", "pjevac", "pevac", "glumac", "glumica",
            "reprezentativac", "trener", "ministri", "ambasadori", "ministrja");
    /** the head of a title after a name: "... is the Minister of Tourism" */
    private static final Set<String> TITLE_WORDS = words("minister", "president", "prime", "mayor", "speaker", "head",
            "leader", "chairman", "chairwoman", "director", "ambassador", "governor", "ministar", "ministrica",
            "predsjednik", "predsednik", "gradonacelnik", "ministri", "kryetari", "ministrja");
    /** words linking a name to the title after it: "Nikolina Brnjac is the Minister of Tourism" */
    private static final Set<String> IS = words("is", "was", "remains", "became", "becomes", "je", "bio", "bila", "eshte", "ishte");
    /**
     * titles written with a capital before a name are not part of it ("Harbour Secretary Goran Vidak" is Goran
     * Vidak) but say a person follows; royal and clerical titles are left in, being part of how such people are named
     */
    private static final Set<String> TITLES_BEFORE = words("secretary", "undersecretary", "minister", "president",
            "ambassador", "envoy", "prosecutor", "commander", "chief", "official", "officer", "mayor", "councillor",
            "councilor", "coach", "governor", "senator", "spokesman", "spokeswoman", "spokesperson", "deputy", "director",
            "chairman", "chairwoman", "speaker", "leader", "head", "adviser", "advisor", "ombudsman", "superintendent",
            "auditor", "comptroller", "inspector", "commissioner", "attorney", "solicitor", "registrar", "treasurer",
            "magistrate", "ministar", "ministrica",
            "predsjednik", "predsednik", "kryetari", "ministri", "ministrja", "ambasador", "ambasadorka");
    /**
     * a role noun, or one declined, whose portfolio follows it in lower case before the name ("deputy for
     * international affairs X", "ministra za ljudska prava i izbjeglice X"); the portfolio opens with one of
     * {@link #PORTFOLIO_OPENERS}
     */
    private static final Set<String> ROLES_WITH_PORTFOLIO = words("minister", "deputy", "secretary", "undersecretary",
            "commissioner", "adviser", "advisor", "director", "head", "chief", "envoy", "ambassador", "spokesman",
            "spokeswoman", "spokesperson", "ministar", "ministra", "ministru", "ministrom", "ministrica", "ministrice",
            "zamjenik", "zamjenika", "zamenik", "zamenika", "savjetnik", "savjetnika", "savetnik", "savetnika",
            "direktor", "direktora", "sekretar", "sekretara", "komesar", "komesara", "povjerenik", "povjerenika",
            "ministri", "ministrit", "ministrja", "zevendesministri", "keshilltari");
    private static final Set<String> PORTFOLIO_OPENERS = words("for", "of", "za", "i", "per", "te", "e", "i", "na", "od");
    /** at most this many lower-case words of a portfolio between a role noun and the name */
    private static final int MAX_PORTFOLIO = 6;
    /** lower-case words inside people's names: "Badr bin Hamad al-Busaidi", "Ursula von der Leyen", "Lula da Silva" */
    private static final Set<String> NAME_PARTICLES = words("bin", "ibn", "bint", "al", "el", "abu", "van", "von", "der",
            "den", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le");
    /** a person's name found here has at most this many words */
    private static final int MAX_NAME_WORDS = 6;
    /**
     * Vietnamese middle names: the capitalised word after one, after a family name, is the given name even when it is
     * an English function word ("Nguyen Van An", "Le Thi May")
     */
    private static final Set<String> VIETNAMESE_MIDDLE_NAMES = words("van", "thi", "duc", "huu", "dinh", "cong", "quoc",
            "xuan", "ngoc", "thanh", "minh", "quang", "hong");
    /** the prefixes of ships' names: "BRP Teresa Magbanua" is a ship, not a person */
    private static final Set<String> SHIP_PREFIXES = words("uss", "usns", "hms", "hmas", "hmcs", "hmnzs", "brp", "rfs",
            "ins", "mv", "ms", "rv", "ss", "fs", "tcg", "hnlms", "jds", "roks");
    /**
     * faiths and their adjectives: no one's surname, whatever given name a word before them is ("Christian Orthodox",
     * "Roman Catholic")
     */
    private static final Set<String> FAITHS = words("orthodox", "catholic", "catholics", "muslim", "muslims", "protestant",
            "protestants", "evangelical", "evangelicals", "lutheran", "anglican", "jewish", "sunni", "shia", "shiite",
            "christians", "orthodoxy", "catholicism");
    /**
     * prepositions that differ from a given name only by a letter's mark, as written ("Për Liri dhe Drejtësi" opens
     * with the Albanian "për", no Per): the keys cannot tell them apart
     */
    private static final Set<String> MARKED_PREPOSITIONS = Set.of("për", "në");
    /** "von" as South Slavic copy writes it by ear ("Andreas fon Bekerat"); elsewhere "fon" is a word of its own */
    private static final String BY_EAR_VON = "fon";
    /** days and months: no name goes on through them ("the Constitutional Court on Monday") */
    private static final Set<String> DATES = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");
    private static final Set<String> NOT_NAMES = words("the", "a", "an", "this", "that", "in", "on", "at", "but", "and",
            "after", "before", "when", "while", "his", "her", "their", "its", "our", "we", "he", "she", "they", "it",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "president", "prime", "minister", "mayor", "speaker", "according", "however", "meanwhile", "also",
            // prepositions and conjunctions of the Balkan languages, capitalised when they open a sentence ("U Čačku
            // ...", "Në Tiranë ...", "Во Скопје ..."), as their keys romanise them
            "u", "iz", "za", "od", "po", "sa", "kod", "pri", "ob", "nakon", "posle", "poslije", "prije", "tokom", "tijekom",
            "ne", "nga", "pas", "gjate", "so", "ot", "vav", "sled", "sas", "kato",
            // and those that open a sentence before a possessive adjective made from a surname ("Prema Ljubićevim
            // riječima", "Според Петровите зборови", "Sipas Hoxhës"): a preposition is never a given name, though
            // "Prema" reads as a declined "Prem"; words that are also given names elsewhere ("Per", "Iza") stay out
            "prema", "sprema", "spored", "uz", "bez", "zbog", "kroz", "preko", "pored", "osim", "protiv", "medju",
            "izmedju", "poput", "umjesto", "umesto", "uprkos", "unatoc", "povodom", "prilikom", "zahvaljujuci", "proti",
            "zaradi", "kljub", "glede", "preku", "pokraj", "mezhdu", "predi", "okolo", "chrez", "sipas", "drejt",
            "prane", "rreth", "ndaj", "kunder", "mbi");

    /** Greek articles, capitalised at a sentence's start ("Ο Σταματόπουλος δήλωσε"), as their keys romanise them */
    private static final Set<String> GREEK_ARTICLES = words("o", "i", "to", "oi", "ta", "ton", "tin", "tou", "tis", "tous", "stin",
            "ston", "sto");

    /** words that introduce a news outlet: "the portal Koha", "mediumin arab 'Arab News'", "agencija Fena" */
    private static final Set<String> MEDIA_WORDS = words("newspaper", "daily", "agency", "portal", "outlet", "broadcaster",
            "website", "site", "magazine", "weekly", "channel", "tv", "television", "radio", "media", "medium", "mediumin", "mediumi",
            "portali", "portalit", "gazeta", "agjencia", "agjencise", "agencija", "agencije", "agenciji", "list", "lista",
            "dnevnik", "dnevnika", "televizija", "televizije", "portala", "portal", "novine", "novina", "sajt", "sajta",
            "dnevni", "tageszeitung", "zeitung", "journal",
            // keys of Bulgarian and Macedonian words with their definite forms and of Greek ones (сайтът, весникот,
            // агенцията, εφημερίδα, ιστοσελίδα, πρακτορείο); Serbian Cyrillic folds to the Latin words above
            "sayt", "sayta", "saytat", "vestnik", "vestnika", "vestnikat", "vesnik", "vesnikot", "portalat", "portalot",
            "agenciya", "agenciyata", "agencijata", "televiziya", "televiziyata", "televizijata", "efimerida", "istoselida",
            "istotopos", "praktoreio");
    /** media words that open a station's own name: "Radio Cooperativa" */
    private static final Set<String> STATIONS = words("radio", "television", "televizija", "radiotelevizija", "televizioni",
            "radiotelevizioni");
    /** verbs that follow an outlet's name: "Koha reported" */
    private static final Set<String> REPORTED = words("reported", "reports", "quoted", "cited", "javlja", "prenosi",
            "raportoi", "njofton", "shkruan", "objavio", "objavila", "objavljuje", "pise", "pishe",
            // keys of Bulgarian, Macedonian and Greek verbs (съобщи, писа, објави, пренесува, μετέδωσε, έγραψε, αναφέρει)
            "saobshti", "saobshtava", "pisa", "objavi", "objavuva", "prenese", "prenesuva", "metedose", "egrapse", "anaferei",
            "metadidei");

    /** Bodies every state has that are no organisation head elsewhere: "Kosovo's Government", "the Bosnian Presidency" */
    private static final Set<String> STATE_BODIES = words("government", "presidency", "senate", "congress", "cabinet");

    /** Legislatures and presidencies that, written with a capital after "the", name the story's country's body */
    private static final Set<String> BARE_BODIES = words("presidency", "assembly", "senate", "parliament");
    /** nouns after such a word that make it a modifier: "the Parliament building", "the Assembly speaker" */
    private static final Set<String> MODIFIED_BY_BODY = words("building", "buildings", "speaker", "speakers", "session",
            "sessions", "chamber", "hall", "square", "election", "elections", "member", "members", "seat", "seats",
            "majority", "president", "chairman", "chairwoman", "committee", "committees", "vote", "votes", "debate",
            "floor", "staff", "spokesman", "spokeswoman", "leader", "leaders", "candidate", "candidates", "race", "term");

    /** heads of South Slavic names that are no state's body (those are the knowledge base's or NativeBodies') */
    private static final List<String> SLAVIC_BASE_HEADS = List.of("stranka", "savez", "pokret", "udruzenje", "udruga",
            "institut", "univerzitet", "sveuciliste", "fakultet", "zavod", "komora", "fond", "sindikat", "koalicija",
            "centar", "drustvo", "fondacija", "zaklada", "inicijativa", "partija", "akademija", "mreza", "forum");
    /** the heads above in each case, folded, to their nominative: "stranke" -> "stranka", "pokreta" -> "pokret" */
    private static final java.util.Map<String, String> SLAVIC_HEADS = slavicHeads();
    /** heads of bodies named after the town they are in: "Univerzitet u Novom Sadu" */
    private static final Set<String> TOWN_HEADS = words("univerzitet", "sveuciliste", "fakultet", "institut", "zavod");
    private static final List<String> SLAVIC_ADJECTIVE_ENDINGS = List.of("ski", "ska", "sko", "ske", "skih", "skog", "skoj",
            "cki", "cka", "cko", "cke", "ni", "na", "no", "ne", "nih", "nog", "noj", "va", "vi", "ve", "vo", "ji", "ja", "je");
    /** lower-case words no name goes on through: verbs of being, conjunctions, pronouns, prepositions of motion */
    private static final Set<String> TAIL_STOPS = words("je", "su", "da", "se", "ce", "bi", "nije", "nisu", "koji", "koja",
            "koje", "sto", "a", "ali", "kao", "iz", "sa", "s", "po", "pred", "protiv", "o", "do", "ka", "prema", "zbog", "kod",
            "nakon", "posle", "poslije", "tokom", "jer", "ili", "ne", "vec", "samo", "sve", "to", "ta", "taj", "tu", "te", "pa",
            "od", "na", "uz", "bez", "kroz", "nad", "pod", "medju", "izmedju", "putem", "radi");
    private static final int MAX_TAIL = 4;

    private static java.util.Map<String, String> slavicHeads() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String base : SLAVIC_BASE_HEADS) {
            List<String> stems = new ArrayList<>(List.of(base));
            if (base.endsWith("a") || base.endsWith("o") || base.endsWith("e")) {
                stems.add(base.substring(0, base.length() - 1));
            }
            for (String stem : stems) {
                HEAD_ENDINGS.forEach(ending -> out.putIfAbsent(stem + ending, base));
            }
            out.put(base, base);
        }
        return java.util.Map.copyOf(out);
    }

    private final Set<String> firstNames;
    private final EnglishWords englishWords;

    /** A word set read for every capitalised word: hashed (an immutable {@code Set.of} probes with a division and equals). */
    private static Set<String> words(String... words) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(java.util.Arrays.asList(words)));
    }

    UnknownNames(Set<String> firstNames, EnglishWords englishWords) {
        this.firstNames = firstNames;
        this.englishWords = englishWords;
    }

    List<Found> find(Tokens tokens, List<Match> matches) {
        return find(tokens, matches, false, tokens.size());
    }

    /**
     * As {@link #find(Tokens, List)}; {@code declined}: the language declines given names ("sa Kostom Kostićem");
     * {@code unlistedFrom}: the first token from which words no English dictionary lists are a cue by themselves
     * (English copy; {@code tokens.size()} for none).
     */
    List<Found> find(Tokens tokens, List<Match> matches, boolean declined, int unlistedFrom) {
        Kind[] covered = new Kind[tokens.size()];
        for (Match m : matches) {
            Kind k = strongest(m);
            for (int i = m.from(); i <= m.to(); i++) {
                covered[i] = k;
            }
        }
        portfoliosOfRoles(tokens, covered);
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Found quoted = Companies.quoted(tokens, covered, i);
            if (quoted != null) {
                found.add(quoted); // before the words' own readings: "firme \"Bosna Agro\"" is no country
                i = quoted.to() + 1;
                continue;
            }
            if (!tokens.capitalised(i) || blocks(covered[i]) || NOT_NAMES.contains(tokens.key(i))
                    || (GREEK_ARTICLES.contains(tokens.key(i)) && greek(tokens, i))) {
                i++;
                continue;
            }
            int end = runEnd(tokens, covered, i);
            Found f = NativeFirms.find(tokens, covered, i, end);
            if (f == null) {
                f = Companies.find(tokens, covered, i, end);
            }
            if (f == null) {
                f = SportsBodies.find(tokens, covered, i, end, firstNames);
            }
            if (f == null) {
                f = organisation(tokens, covered, i, end, declined);
            }
            if (f == null) {
                f = Companies.described(tokens, covered, i, end, firstNames);
            }
            if (f == null) {
                f = Employers.find(tokens, covered, i, end, firstNames);
            }
            if (f == null) {
                f = outlet(tokens, covered, i, Math.min(end, i + 3));
            }
            if (f == null) {
                f = person(tokens, covered, i, Math.min(end, i + 3), declined, i >= unlistedFrom, found);
            }
            if (f != null && f.kind() == Kind.ORGANISATION && f.from() > i + 1
                    && (tokens.key(f.from() - 1).equals("of") || AND.contains(tokens.key(f.from() - 1)))) {
                // the person before "of" or "and" a body ("Professor Kenji Abe of Kyushu University", "leader Gayton
                // McKenzie and Pan Africanist Congress president ..."), read from a later word when a title opens the words
                for (int s = i; s < f.from() - 2; s++) {
                    Found p = person(tokens, covered, s, f.from() - 2, declined, s >= unlistedFrom, found);
                    if (p != null) {
                        found.add(p);
                        break;
                    }
                }
            }
            if (f != null) {
                found.add(f);
                i = f.to() + 1;
            } else {
                i++;
            }
        }
        quotedBySurname(tokens, covered, found);
        addressedBySurname(tokens, covered, found);
        return found;
    }

    /** The last token of a run of capitalised words (and glue words between them) starting at {@code from}. */
    private static int runEnd(Tokens tokens, Kind[] covered, int from) {
        int end = from;
        int j = from + 1;
        while (j < tokens.size() && !tokens.afterComma(j) && !tokens.sentenceStart(j) && !blocks(covered[j])
                && !DATES.contains(tokens.key(j))) {
            if (tokens.capitalised(j)) {
                end = j;
                j++;
            } else if ((ORG_GLUE.contains(tokens.key(j)) || pluralPossessive(tokens, j)) && j + 1 < tokens.size()
                    && tokens.capitalised(j + 1) && !tokens.afterComma(j + 1) && !blocks(covered[j + 1])) {
                j++;
            } else {
                break;
            }
        }
        return end;
    }

    /** holders of an office whose possessive opens the name of the body that serves them: "Ombudsman's Office" */
    private static final Set<String> OFFICE_HOLDERS = words("ombudsman", "prosecutor", "attorney", "general", "auditor",
            "comptroller", "controller", "defender", "protector", "solicitor", "advocate", "registrar", "accountant",
            "inspector", "treasurer", "governor", "mayor", "president", "minister", "premier", "chancellor", "commissioner",
            "secretary", "sheriff", "coroner", "clerk", "counsel", "marshal", "examiner", "surveyor");
    /** the heads of such bodies' names */
    private static final Set<String> OFFICE_HEADS = words("office", "department", "bureau", "directorate", "service",
            "secretariat", "chambers", "unit", "division");

    /**
     * The "s" of a possessive that bodies are named after: a plural ("Seamen's Federation", "People's Party",
     * "Children's Fund"), or an office holder's before the head of the body serving them ("Ombudsman's Office",
     * "Cantonal Prosecutor's Office", "Auditor-General's Department"); a person's possessive ("Smith's Party") is no
     * part of a name, so only after such nouns.
     */
    private static boolean pluralPossessive(Tokens tokens, int j) {
        if (j == 0 || !"s".equals(tokens.key(j)) || tokens.start(j) < 2 || tokens.end(j - 1) != tokens.start(j) - 1
                || "'’".indexOf(tokens.text.charAt(tokens.start(j) - 1)) < 0) {
            return false;
        }
        String noun = tokens.key(j - 1);
        return noun.endsWith("men") || noun.equals("people") || noun.equals("children")
                || (OFFICE_HOLDERS.contains(noun) && tokens.capitalised(j - 1) && j + 1 < tokens.size()
                && tokens.capitalised(j + 1) && OFFICE_HEADS.contains(tokens.key(j + 1)));
    }

    private Found organisation(Tokens tokens, Kind[] covered, int from, int end, boolean slavic) {
        if (slavic) {
            from = slavicStart(tokens, covered, from, end);
            Found named = slavicName(tokens, covered, from, end);
            if (named != null) {
                return named;
            }
        }
        if (end == from) {
            // one word is a body only with its country written right before it ("Kosovo's Assembly", "the Macedonian
            // Government"): the caller keeps it only when that country's body is known (GenericBodies)
            boolean head = isOrgHead(tokens.key(from)) || STATE_BODIES.contains(tokens.key(from));
            if (head && countryBefore(tokens, covered, from)) {
                return new Found(Kind.ORGANISATION, from, from, tokens.surface(from, from), true, false);
            }
            return bareBody(tokens, from) ? new Found(Kind.ORGANISATION, from, from, tokens.surface(from, from), true, true) : null;
        }
        int head = -1;
        for (int j = from; j <= end; j++) {
            if (tokens.capitalised(j) && (isOrgHead(tokens.key(j)) || department(tokens, covered, from, end, j))) {
                head = j;
            }
        }
        if (head < 0) {
            return null;
        }
        int start = tokens.key(from).equals("the") ? from + 1 : from;
        for (int k = start + 1; k < head; k++) {
            if (tokens.key(k).equals("the") && tokens.capitalised(k)) {
                start = k + 1; // "PRISTINA - The Assembly": a dateline before a sentence is not part of the name
            }
        }
        start = afterPersonAndGlue(tokens, start, head);
        int firstHead = head;
        for (int j = start; j <= head; j++) {
            if (tokens.capitalised(j) && (isOrgHead(tokens.key(j)) || department(tokens, covered, from, end, j))) {
                firstHead = j;
                break;
            }
        }
        for (int k = firstHead - 1; k > start; k--) {
            if (tokens.key(k).equals("of") && personOpens(tokens, start, k)) {
                start = k + 1; // "Professor Kenji Abe of Kyushu University": the person is no part of the body
                break;
            }
        }
        // the name ends at its last head word, or goes on through "of", "for", "za" ... ("Ministry of Finance")
        int last = head;
        int j = head + 1;
        if (j < end && ORG_CONTINUE.contains(tokens.key(j))) {
            last = end;
            for (int k = head + 1; k <= end; k++) {
                String key = tokens.key(k);
                if (k > j + 1 && titledPersonFrom(tokens, covered, k, end)) {
                    last = k - 1; // "Office of Civil Defense Administrator Undersecretary Ariel Nepomuceno said"
                    break;
                }
                if (key.equals("and") || key.equals("in") || key.equals("dhe") || key.equals("u")) {
                    boolean placeFollows = k + 1 <= end && covered[k + 1] != null && covered[k + 1] != Kind.TITLE;
                    if (key.equals("in") || key.equals("u") || placeFollows) {
                        last = k - 1;
                        break;
                    }
                }
            }
        }
        if (last == start && bareBody(tokens, start)) {
            return new Found(Kind.ORGANISATION, start, start, tokens.surface(start, start), true, true);
        }
        if (last == start || last < firstHead) {
            return null;
        }
        boolean somethingNew = false;
        for (int k = start; k <= last; k++) {
            somethingNew |= covered[k] == null && tokens.capitalised(k);
        }
        // "the Russian Federation" is a country's name, not an organisation the knowledge base lacks
        return somethingNew ? new Found(Kind.ORGANISATION, start, last, tokens.surface(start, last)) : null;
    }

    /**
     * Whether the words {@code k..end} are titles and then a name of two to three words: a person named after
     * the body the title belongs to. "Office of the President" ends in a title with no name after it.
     */
    private static boolean titledPersonFrom(Tokens tokens, Kind[] covered, int k, int end) {
        int j = k;
        boolean title = false;
        while (j <= end && (TITLE_MODIFIERS.contains(tokens.key(j)) || covered[j] == Kind.TITLE
                || TITLES_BEFORE.contains(tokens.key(j)) || HONORIFICS.contains(tokens.key(j)))) {
            title |= !TITLE_MODIFIERS.contains(tokens.key(j));
            j++;
        }
        if (!title || end - j < 1 || end - j > 2) {
            return false;
        }
        for (int n = j; n <= end; n++) {
            if (covered[n] != null || !tokens.capitalised(n) || isOrgHead(tokens.key(n))) {
                return false;
            }
        }
        return true;
    }

    /** words that open a title written after a body's name: "Principal Secretary", "Cabinet Secretary", "Administrator" */
    private static final Set<String> TITLE_MODIFIERS = words("principal", "permanent", "cabinet", "executive", "assistant",
            "acting", "senior", "vice", "state", "administrator");

    /** words joining two names in a list: a body's name may hold one ("Ministry of Culture and Media") */
    private static final Set<String> AND = words("and", "i", "dhe", "und");

    /**
     * Where a body's name starts when a person's name and "and" come before its head: "Stefan Andonovski and
     * Executive Committee member ..." joins a person and a body, it names no "Stefan Andonovski and Executive
     * Committee". A person's name here is a known given name and a capitalised word after it, before the "and",
     * with no head word of a body among them.
     */
    private int afterPersonAndGlue(Tokens tokens, int start, int head) {
        // after a lower-case title the words open a person's name whatever the given name: "leader Gayton McKenzie and
        // Pan Africanist Congress president ..."
        boolean titled = start > 0 && !tokens.capitalised(start - 1) && !tokens.afterComma(start)
                && (PERSON_NOUNS.contains(tokens.key(start - 1)) || ROLE_NOUNS.contains(tokens.key(start - 1)));
        for (int g = start + 2; g < head; g++) {
            if (!AND.contains(tokens.key(g)) || tokens.capitalised(g)) {
                continue;
            }
            for (int p = start; p + 1 < g; p++) {
                if (isOrgHead(tokens.key(p)) || isOrgHead(tokens.key(p + 1))) {
                    return start;
                }
                if ((firstNames.contains(tokens.key(p)) || (titled && p == start && g - start <= 3)) && tokens.capitalised(p + 1)) {
                    return g + 1;
                }
            }
        }
        return start;
    }

    /**
     * A South Slavic organisation name: adjectives and a head that is no state's body ("Srpska napredna stranka",
     * "Pokret", "Udruženje"), then, written in lower case, the words that make it one body, up to a place or
     * country in the genitive ("Udruženje novinara Srbije", "Savez samostalnih sindikata Hrvatske", "Pokreta za
     * bolje Tuzle"), or for a university or institute the town it is in ("Univerziteta u Novom Sadu"). A word
     * before the head that is no adjective is not part of it ("Studenti Univerziteta ..."). The name is given
     * with its head in the nominative. Null when the run has no such head.
     */
    private static Found slavicName(Tokens tokens, Kind[] covered, int from, int end) {
        int head = -1;
        for (int j = from; j <= end && head < 0; j++) {
            head = tokens.capitalised(j) && SLAVIC_HEADS.containsKey(tokens.key(j)) ? j : -1;
        }
        if (head < 0) {
            return null;
        }
        int last = head == end ? genitiveTail(tokens, covered, head) : -1;
        if (head + 2 <= end && tokens.key(head + 1).equals("u") && TOWN_HEADS.contains(SLAVIC_HEADS.get(tokens.key(head)))
                && covered[head + 2] == Kind.PLACE) {
            last = head + 2; // "Univerziteta u Novom Sadu"
            while (last + 1 <= end && covered[last + 1] == Kind.PLACE) {
                last++;
            }
        }
        if (last < 0) {
            return null;
        }
        String base = SLAVIC_HEADS.get(tokens.key(head));
        String written = tokens.surface(head, head);
        String key = tokens.key(head);
        String nominative = written;
        if (!base.equals(key) && written.length() == key.length()) {
            int common = 0;
            while (common < base.length() && common < key.length() && base.charAt(common) == key.charAt(common)) {
                common++;
            }
            nominative = written.substring(0, common) + base.substring(common);
        }
        String before = head > from ? tokens.surface(from, head - 1) + " " : "";
        String after = tokens.text.substring(tokens.end(head), tokens.end(last));
        return new Found(Kind.ORGANISATION, from, last, before + nominative + after);
    }

    /** The first word of a run that may open a South Slavic name: words before its head that are no adjectives are left out. */
    private static int slavicStart(Tokens tokens, Kind[] covered, int from, int end) {
        for (int j = from; j <= end; j++) {
            if (tokens.capitalised(j) && SLAVIC_HEADS.containsKey(tokens.key(j))) {
                return from;
            }
            if (covered[j] == null && !slavicAdjective(tokens.key(j))) {
                from = j + 1; // "Studenti Univerziteta": the students are not the university
            }
        }
        return from;
    }

    /**
     * The last token of the lower-case words after a head that end in a place or country in the genitive
     * ("novinara Srbije", "za bolje Tuzle"), or of "u" and the town ("u Novom Sadu"); -1 when there are none.
     */
    private static int genitiveTail(Tokens tokens, Kind[] covered, int head) {
        int j = head + 1;
        int lower = 0;
        while (j < tokens.size() && lower <= MAX_TAIL && !tokens.afterComma(j) && !tokens.sentenceStart(j)
                && !tokens.capitalised(j)) {
            String key = tokens.key(j);
            if (TAIL_STOPS.contains(key) || key.length() > 3 && (key.endsWith("o") || participle(key))) {
                return -1; // a verb or a clause: the name has ended at its head
            }
            lower++;
            j++;
        }
        if (lower == 0 || lower > MAX_TAIL || j >= tokens.size() || tokens.afterComma(j) || tokens.sentenceStart(j)
                || !(covered[j] == Kind.PLACE || covered[j] == Kind.COUNTRY)) {
            return -1;
        }
        int last = j;
        while (last + 1 < tokens.size() && covered[last + 1] == covered[j] && !tokens.afterComma(last + 1)) {
            last++;
        }
        String k = tokens.key(last);
        boolean town = lower == 1 && tokens.key(head + 1).equals("u") && TOWN_HEADS.contains(SLAVIC_HEADS.get(tokens.key(head)));
        boolean genitive = !tokens.key(head + 1).equals("u") && (tokens.allCaps(last) || k.endsWith("a") || k.endsWith("e"));
        return town || genitive ? last : -1;
    }

    /** South Slavic past participles: "pozvao" is caught by -o, "najavila", "saopštili", "rekle" here */
    private static boolean participle(String key) {
        return key.length() > 4 && (key.endsWith("la") || key.endsWith("li") || key.endsWith("le"))
                && "aeiu".indexOf(key.charAt(key.length() - 3)) >= 0;
    }

    /** "Srpska", "napredna", "Narodni", "Nova", "Zelena": adjectives a name may open with */
    private static boolean slavicAdjective(String key) {
        for (String e : SLAVIC_ADJECTIVE_ENDINGS) {
            if (key.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Presidency", "the Senate" written with a capital as a name: the legislature or presidency of the story's
     * one country. Not "the EU Presidency" (another word before it) nor "the Parliament building" (a word after
     * it that makes it a modifier); the caller keeps it only as the knowledge base's body of that country.
     */
    private static boolean bareBody(Tokens tokens, int i) {
        if (!BARE_BODIES.contains(tokens.key(i)) || tokens.allCaps(i) || i == 0 || !tokens.key(i - 1).equals("the")
                || tokens.sentenceStart(i)) {
            return false;
        }
        int next = i + 1;
        return next >= tokens.size() || tokens.sentenceStart(next) || tokens.afterComma(next)
                || !MODIFIED_BY_BODY.contains(tokens.key(next));
    }

    /**
     * Whether token {@code j} of the run {@code from..end} heads a department's name: "Department of Agrarian
     * Reform" (a capitalised field after "of" or "for"), or "Fire Services Department" (two capitalised words
     * before it no match covers). Not "the Justice Department" nor "Department" alone, which name a state's body
     * only as the knowledge base has it.
     */
    private static boolean department(Tokens tokens, Kind[] covered, int from, int end, int j) {
        if (!tokens.key(j).equals("department")) {
            return false;
        }
        if (j + 2 <= end && (tokens.key(j + 1).equals("of") || tokens.key(j + 1).equals("for")) && tokens.capitalised(j + 2)) {
            return true;
        }
        // "the Kenya Meteorological Department": the country's name may open it
        return j - 2 >= from && covered[j - 1] == null && tokens.capitalised(j - 1) && tokens.capitalised(j - 2)
                && (covered[j - 2] == null || covered[j - 2] == Kind.COUNTRY) && !NOT_NAMES.contains(tokens.key(j - 2));
    }

    /**
     * head words of bodies that are also people's surnames: "Margaret Court", "Frank Church", "Emily Post" may be
     * people; other heads end no person's name
     */
    private static final Set<String> SURNAME_HEADS = words("court", "church", "post", "guard", "front", "times", "news",
            "herald", "tribune", "independent", "journal", "service", "union", "navy", "bank", "fund", "forum", "group");
    /**
     * words that end bodies' or places' names though no organisation's head: "the Bangladesh Meteorological
     * Department", "The Canadian Press", "Olam International", "Mayo Clinic" (a person's name never ends in one)
     */
    private static final Set<String> BODY_ENDS = words("department", "press", "international", "clinic", "school",
            "college", "museum", "library", "prison", "cathedral", "mosque", "temple");

    /**
     * Whether a name's last word says it names a body, not a person ("Hana Securities said", "the Steve Tshwete
     * Local Municipality", "Meteorological Department said"): a head word of a body or company that is no surname.
     */
    private static boolean endsBodyName(String key) {
        return (isOrgHead(key) && !SURNAME_HEADS.contains(key)) || Companies.isHead(key) || BODY_ENDS.contains(key);
    }

    /**
     * Whether the capitalised words {@code start} up to {@code of} are a person: a title or word of address first
     * ("Professor Kenji Abe", "Chairman"), or two words or more opening with a given name the knowledge base knows.
     */
    private boolean personOpens(Tokens tokens, int start, int of) {
        while (start < of && tokens.allCaps(start)) {
            start++; // a dateline in capitals: "OSAKA - Professor ..."
        }
        String first = tokens.key(start);
        return TITLES_BEFORE.contains(first) || HONORIFICS.contains(first) || PERSON_NOUNS.contains(first)
                || (of - start >= 2 && firstNames.contains(first));
    }

    /** A news outlet named as a source: after a media word, or before a verb of reporting. */
    private Found outlet(Tokens tokens, Kind[] covered, int from, int end) {
        String first = tokens.key(from);
        if (STATIONS.contains(first) && covered[from] == null && from < end && covered[from + 1] == null
                && !tokens.allCaps(from + 1) && !DATES.contains(tokens.key(from + 1))) {
            // a station is named by its medium and its name: "told Radio Cooperativa", "Televizija Vijesti"
            int last = from + 1;
            while (last < end && covered[last + 1] == null && tokens.capitalised(last + 1)) {
                last++;
            }
            return new Found(Kind.ORGANISATION, from, last, tokens.surface(from, last));
        }
        if (covered[from] != null || first.length() < 2 || MEDIA_WORDS.contains(first) || NOT_NAMES.contains(first)
                || PERSON_NOUNS.contains(first)) {
            return null;
        }
        // "the Mining Revenue Agency (MRA)": a media word that heads a name before brackets introduces its acronym, no outlet
        boolean acronymOfName = from > 0 && tokens.allCaps(from) && tokens.capitalised(from - 1)
                && tokens.text.lastIndexOf('(', tokens.start(from)) >= tokens.end(from - 1);
        boolean mediaBefore = (from > 0 && MEDIA_WORDS.contains(tokens.key(from - 1)) && !acronymOfName)
                || (from > 1 && MEDIA_WORDS.contains(tokens.key(from - 2)) && !tokens.capitalised(from - 1));
        // "Axar.az reports": the verb comes after the web outlet's domain
        int verb = end + 1;
        if (verb < tokens.size() && domainAt(tokens.text, tokens.end(end))) {
            verb++;
        }
        // not across a comma: "най-големият производител в Пловдивско, съобщи собственикът" credits no outlet
        boolean reportingAfter = verb < tokens.size() && REPORTED.contains(tokens.key(verb)) && !tokens.afterComma(verb);
        // "..., reports Koha.": the verb first, the outlet closing the sentence
        boolean reportingBefore = from > 0 && REPORTED.contains(tokens.key(from - 1)) && !tokens.sentenceStart(from)
                && (end + 1 >= tokens.size() || tokens.sentenceStart(end + 1));
        if (!mediaBefore && !reportingAfter && !reportingBefore) {
            return null;
        }
        if (!mediaBefore && end > from && firstNames.contains(first)) {
            return null; // "Blerim Hoxha raportoi": a reporter, not an outlet
        }
        int last = from;
        while (last < end && covered[last + 1] == null) {
            last++;
        }
        if (mediaBefore && last == from && lowerCaseNounOfTitle(tokens, covered, last)) {
            last++; // a paper's name is an adjective and a noun, the noun in lower case: "весникот Битолски глас"
        }
        String name = tokens.surface(from, last);
        // web outlets: "Axar.az", "Lajmi.net"
        int after = tokens.end(last);
        java.util.regex.Matcher domain = DOMAIN.matcher(tokens.text).region(after, tokens.text.length());
        if (domain.lookingAt()) {
            name = name + domain.group();
            if (last + 1 < tokens.size() && tokens.start(last + 1) < after + domain.group().length()) {
                last++;
            }
        }
        return new Found(Kind.ORGANISATION, from, last, name);
    }

    /** endings of South Slavic adjectives in the nominative, folded: Bitolski, Ibarske, Черноморски, Slobodna */
    private static final java.util.regex.Pattern TITLE_ADJECTIVE = java.util.regex.Pattern.compile(
            ".{3,}(ski|ska|ske|sko|cki|cka|cke|ni|na|ne|no)");

    /**
     * Whether the word after the adjective at {@code adjective} is the lower-case noun of an outlet's name: "Битолски
     * глас", "Ибарске вести", "Черноморски фар"; not a verb of reporting, not across a comma or a sentence's end.
     */
    private static boolean lowerCaseNounOfTitle(Tokens tokens, Kind[] covered, int adjective) {
        int noun = adjective + 1;
        return noun < tokens.size() && covered[noun] == null && !tokens.capitalised(noun) && !tokens.sentenceStart(noun)
                && !tokens.afterComma(noun) && tokens.key(noun).length() >= 3 && !REPORTED.contains(tokens.key(noun))
                && TITLE_ADJECTIVE.matcher(tokens.key(adjective)).matches()
                && tokens.start(noun) - tokens.end(adjective) == 1;
    }

    /** South Slavic adjectives in an oblique case: Novog, Velikoj, Crnih */
    private static final java.util.regex.Pattern ADJECTIVE_CASE = java.util.regex.Pattern.compile(".{2,}(og|oga|eg|oj|ih|im|ima|skom|skoj)");

    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile("\\.(?:com|net|org|info|az|rs|ba|al|mk|me|hr|si|bg|ro|gr|eu|tv|news)\\b");

    /** Whether a web domain's ending starts at {@code at}: the dot is looked at first, since most words are followed by none. */
    private static boolean domainAt(String text, int at) {
        return at < text.length() && text.charAt(at) == '.' && DOMAIN.matcher(text).region(at, text.length()).lookingAt();
    }

    private Found person(Tokens tokens, Kind[] covered, int from, int end, boolean declined, boolean lexicon, List<Found> found) {
        int last = from;
        boolean placeGiven = placeAsGivenName(tokens, covered, from, declined);
        // "Fisherman Rodel Santos": after a person noun, a one-word town after an unknown word is its surname
        boolean nounBefore = covered[from] == null && from > 0 && !tokens.afterComma(from) && personNounBefore(tokens, from);
        while (true) {
            // after particles the words are surnames though a town or a known surname has them ("dos Santos Ferreira")
            boolean particled = last > from && (NAME_PARTICLES.contains(tokens.key(last - 1))
                    || (declined && tokens.key(last - 1).equals(BY_EAR_VON))) && !tokens.capitalised(last - 1);
            int particles = particlesThenName(tokens, covered, last + 1, declined);
            if (particled && last + 1 < tokens.size() && last + 1 - from < MAX_NAME_WORDS && !tokens.afterComma(last + 1)
                    && !tokens.sentenceStart(last + 1)) {
                end = Math.max(end, last + 1);
            }
            boolean placeSurname = nounBefore && last == from && last + 1 <= end && covered[last + 1] == Kind.PLACE
                    && (last + 2 >= tokens.size() || !tokens.capitalised(last + 2) || tokens.afterComma(last + 2)
                    || tokens.sentenceStart(last + 2));
            if (last + 1 <= end && (covered[last + 1] == null || placeSurname || particled && (covered[last + 1] == Kind.PLACE
                    || covered[last + 1] == Kind.SURNAME)) && !tokens.allCaps(last + 1)
                    && tokens.capitalised(last + 1) && (!NOT_NAMES.contains(tokens.key(last + 1))
                    || (last > from && VIETNAMESE_MIDDLE_NAMES.contains(tokens.key(last))))) {
                last++;
            } else if (last + 1 < tokens.size() && hyphenated(tokens, last + 1) && covered[last + 1] == null
                    && last + 1 - from < MAX_NAME_WORDS) {
                // "Lee Min-ho", "Kim Jae-won": the part after the hyphen belongs to the name whatever its case
                last++;
                end = Math.max(end, last);
            } else if (particles > 0 && last + particles - from < MAX_NAME_WORDS) {
                // "Faisal bin Hamad al-Rawahi", "Jan van der Berg": the particles and the name after them
                last += particles;
                end = Math.max(end, last);
            } else {
                break;
            }
        }
        if (last == from || (covered[from] != null && !placeGiven) || tokens.allCaps(from) || PLACE_WORDS.contains(tokens.key(last))
                || PLACE_OPENERS.contains(tokens.key(from))
                || FAITHS.contains(tokens.key(last))
                || MARKED_PREPOSITIONS.contains(tokens.surface(from, from).toLowerCase(java.util.Locale.ROOT))
                || NameForms.possessiveOfSurname(tokens.key(last)) || ThingNames.givenAsName(tokens, from, last)
                || initialsOnly(tokens, from, last)
                || endsBodyName(tokens.key(last))
                || PERSON_NOUNS.contains(tokens.key(from)) || BALKAN_PERSON_NOUNS.contains(tokens.key(from))
                || (last > from + 1 && tokens.capitalised(from) && openingRoleNoun(tokens, from))
                || MEDIA_WORDS.contains(tokens.key(from)) || ORG_HEADS.contains(tokens.key(from))
                || (last == from + 1 && hyphenated(tokens, last) && !tokens.capitalised(last))
                || HONORIFICS.contains(tokens.key(from)) || BYLINE_WORDS.contains(tokens.key(from))
                || titleWithin(tokens, from, last)
                || (from > 0 && tokens.allCaps(from - 1) && SHIP_PREFIXES.contains(tokens.key(from - 1)))) {
            // a word of address, a title or a credit line's words are not part of the name after them ("Mr Taimei
            // Yamaguchi", "Harbour Secretary Goran Vidak"); the name is read from a later word
            return null;
        }
        boolean knownFirstName = placeGiven || firstNames.contains(tokens.key(from))
                || (declined && NameForms.givenNominative(tokens.key(from), firstNames) != null)
                || (greek(tokens, from) && NameForms.greekGivenNominative(tokens.key(from), firstNames) != null);
        if (lexicon && from > 0 && !tokens.sentenceStart(from) && !tokens.afterComma(from) && LOCATIVE.contains(tokens.key(from - 1))
                && !(last + 1 < tokens.size() && tokens.key(last + 1).equals("s"))) {
            return null; // "farms near Marcos Juárez": a place named after a person ("in John Smith's view" is the person's)
        }
        if (declined && (SLAVIC_HEADS.containsKey(tokens.key(from)) || INFLECTED_HEADS.contains(tokens.key(from)))) {
            return null; // "Sindikata Solane izjavio je": a body's head in a case opens no person's name
        }
        if (declined && last - from >= 2 && !firstNames.contains(tokens.key(from)) && firstNames.contains(tokens.key(from + 1))
                && NameForms.givenNominative(tokens.key(from), firstNames) != null) {
            // "Župan Gorice Marco Visintin": a given name's case form before a given name in the nominative agrees with
            // no name of its own; a name's words share their case, so the name begins at the nominative
            return null;
        }
        if (declined && !knownFirstName && ADJECTIVE_CASE.matcher(tokens.key(from)).matches()) {
            return null; // "Gradonačelnik Novog Sada": an adjective in a case opens a place's name, not a person's
        }
        boolean titled = from > 0 && !tokens.afterComma(from)
                && (HONORIFICS.contains(tokens.key(from - 1)) || PERSON_NOUNS.contains(tokens.key(from - 1))
                || (BALKAN_PERSON_NOUNS.contains(tokens.key(from - 1)) && !tokens.capitalised(from - 1))
                || covered[from - 1] == Kind.TITLE
                || (ROLE_NOUNS.contains(tokens.key(from - 1)) && (!tokens.capitalised(from - 1)
                || openingRoleNoun(tokens, from - 1))) // "Businessman X" opening a sentence
                || roleWithPortfolioBefore(tokens, covered, from)
                || lexicon && foreignNameAfterTitle(tokens, from, last)
                || titleOfBodyBefore(tokens, covered, from, found))
                || apposed(tokens, covered, from, last);
        if (!knownFirstName && !(titled && !declined) && last - from >= 2 && givenNameWithin(tokens, from, last, declined)
                && !initial(tokens, from)) {
            // "u Kragujevcu Miloš Đorđević", "gradonačelnika Kaštela Tomislava Bilića", "αντιδήμαρχος Πολιτικής Προστασίας
            // Νικόλαος ...": the name begins at the given name; after a title in a language that puts no genitive
            // there it begins here ("lawmaker Raad Hamid al-Jubouri")
            return null;
        }
        if (knownFirstName && last - from >= 2 && from > 0 && tokens.capitalised(from - 1) && !tokens.sentenceStart(from - 1)
                && !tokens.afterComma(from) && covered[from - 1] == null && (declined || greek(tokens, from))
                && givenNameWithin(tokens, from, from + 2, declined)) {
            // "u Skupštini Grada Novog Sada Milica Radovanović": a given name (Sada) that ends a town's name before
            // another given name opens no name; the name begins at the next
            return null;
        }
        int next = last + 1;
        int role = next + 1 < tokens.size() && tokens.key(next + 1).equals("the") ? next + 2 : next + 1;
        boolean titleAfter = role < tokens.size() && IS.contains(tokens.key(next)) && !tokens.afterComma(next)
                && (covered[role] == Kind.TITLE || TITLE_WORDS.contains(tokens.key(role)));
        boolean saying = (last + 1 < tokens.size() && SAY.contains(tokens.key(last + 1)) && !tokens.sentenceStart(last + 1))
                || (from > 0 && SAY.contains(tokens.key(from - 1)) && !tokens.sentenceStart(from));
        boolean described = describedAfter(tokens, covered, last);
        boolean initialled = false; // "Melvin D. Smith", "J. R. Whitaker": an initial before the last word
        for (int k = from; k < last; k++) {
            initialled |= initial(tokens, k);
        }
        if (placeGiven && !(titled || saying || titleAfter || described || whoAfter(tokens, last))) {
            return null; // a town's or a country's name before a word takes a person's cue to be a given name
        }
        if (!knownFirstName && !titled && !saying && !titleAfter && !initialled && !described
                && !(lexicon && unlisted(tokens, covered, from, last) && personContext(tokens, covered, from, last, found))) {
            return null;
        }
        return new Found(Kind.PERSON, from, last, tokens.surface(from, last));
    }

    /**
     * Whether word {@code from}, read as a town or a country, is a known given name opening a person's name
     * ("said Sofia Karanikola", "Πάρις Κουτράς δήλωσε", "Georgia Mavridou, a nurse"): a capitalised word no match
     * covers follows it in its sentence, no ordinary English word, body head or place word, and not a given name
     * opening a full name of its own ("Gradonačelnica Niša Jelena ..." is the town's mayor Jelena); nothing before
     * it says a place is meant ("from Paris Orly", "between Sofia, Athens and Skopje"). The caller still asks for
     * a person's cue around the name.
     */
    private boolean placeAsGivenName(Tokens tokens, Kind[] covered, int from, boolean declined) {
        int next = from + 1;
        if ((covered[from] != Kind.PLACE && covered[from] != Kind.COUNTRY) || next >= tokens.size() || covered[next] != null
                || (from > 0 && covered[from - 1] == covered[from]) || !tokens.capitalised(next)
                || tokens.allCaps(next) || tokens.afterComma(next) || tokens.sentenceStart(next)) {
            return false;
        }
        String key = tokens.key(from);
        String surname = tokens.key(next);
        boolean given = firstNames.contains(key) || PLACES_GIVEN_AS_NAMES.contains(key) || (declined && NameForms.givenNominative(key, firstNames) != null)
                || (greek(tokens, from) && NameForms.greekGivenNominative(key, firstNames) != null);
        if (!given || isOrgHead(surname) || PLACE_WORDS.contains(surname) || NOT_NAMES.contains(surname)
                || DATES.contains(surname) || englishWords.contains(surname) || firstNames.contains(surname)) {
            return false;
        }
        if (from > 0 && !tokens.sentenceStart(from)) {
            int before = from - 1;
            if (tokens.afterComma(from) ? covered[before] == Kind.PLACE || covered[before] == Kind.COUNTRY
                    : NOT_BEFORE_NAME.contains(tokens.key(before))
                    || COORDINATING.contains(tokens.key(before)) && before > 0 && covered[before - 1] != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * towns and countries that are also common given names, left out of the given-name lists because the news uses
     * them by themselves ("Georgia", "Rosario", "Αθηνά"): a given name only where a person's cue says so
     */
    private static final Set<String> PLACES_GIVEN_AS_NAMES = words("georgia", "rosario", "chad", "jordan", "india", "israel",
            "florence", "victoria", "adelaide", "lourdes", "santiago", "salvador", "austin", "houston", "dallas", "denver",
            "jackson", "charlotte", "savannah", "sydney", "athina", "larisa", "larissa", "sofija", "sofiya", "sofiia");

    /** Whether a person noun or a role noun written as one stands right before {@code from} ("fisherman", "Businessman"). */
    private static boolean personNounBefore(Tokens tokens, int from) {
        String key = tokens.key(from - 1);
        return PERSON_NOUNS.contains(key) || (ROLE_NOUNS.contains(key) && (!tokens.capitalised(from - 1) || openingRoleNoun(tokens, from - 1)));
    }

    /**
     * Whether a role noun with a capital opens its sentence or follows a dateline ("Businessman Emeka ...", "LAGOS -
     * Businessman ..."): written so it is no part of a name; a royal title or "Star" may be ("Prince Edward Island").
     */
    private static boolean openingRoleNoun(Tokens tokens, int i) {
        return ROLE_NOUNS.contains(tokens.key(i)) && !ROYAL.contains(tokens.key(i))
                && (tokens.sentenceStart(i) || i == 0 || tokens.allCaps(i - 1) || !tokens.capitalised(i - 1));
    }

    /** at most this many words between a title and the body it belongs to, written before a name */
    private static final int MAX_TITLE_GAP = 3;

    /**
     * Whether a title and the body it belongs to stand right before the name: "Profesor Tehnološkog fakulteta
     * Univerziteta u Tuzli Admir Softić", "direktor Elektroprivrede Srbije Marko ...": a body known or found just
     * before {@code from}, and a person noun or title at most {@value #MAX_TITLE_GAP} words before the body, in the clause.
     */
    private static boolean titleOfBodyBefore(Tokens tokens, Kind[] covered, int from, List<Found> found) {
        int k = from - 1;
        if (k < 1 || tokens.afterComma(from) || tokens.sentenceStart(from)) {
            return false;
        }
        int start = -1;
        if (covered[k] == Kind.ORGANISATION) {
            start = k;
            while (start > 0 && covered[start - 1] == Kind.ORGANISATION && !tokens.sentenceStart(start) && !tokens.afterComma(start)) {
                start--;
            }
        } else {
            for (Found f : found) {
                start = f.kind() == Kind.ORGANISATION && f.to() == k ? f.from() : start;
            }
        }
        for (int j = start - 1; start > 0 && j >= Math.max(0, start - 1 - MAX_TITLE_GAP); j--) {
            String key = tokens.key(j);
            if (PERSON_NOUNS.contains(key) || BALKAN_PERSON_NOUNS.contains(key) || TITLES_BEFORE.contains(key)
                    || ROLE_NOUNS.contains(key) || covered[j] == Kind.TITLE) {
                return true;
            }
            if (tokens.sentenceStart(j + 1) || tokens.afterComma(j + 1) || covered[j] == Kind.PERSON) {
                return false;
            }
        }
        return false;
    }

    /** words of place in English before which capitalised words name a place, whatever given name opens them */
    private static final Set<String> LOCATIVE = words("near", "outside", "in", "via", "across", "towards", "toward", "throughout");

    /** Whether "who" or "whose" follows the name: "Rosario Quintana, who grows soybeans". */
    private static boolean whoAfter(Tokens tokens, int last) {
        int after = last + 1;
        return after < tokens.size() && !tokens.sentenceStart(after) && WHO.contains(tokens.key(after));
    }

    /**
     * Whether a title written with a capital stands before words that are no English words: "General Secretary Tô
     * Lâm". Such a title says a person follows, but before English words it opens a longer title ("Chief Executive
     * Officer"), so each word must be one the dictionary lacks or written with letters English has not.
     */
    private boolean foreignNameAfterTitle(Tokens tokens, int from, int last) {
        if (from == 0 || !TITLES_BEFORE.contains(tokens.key(from - 1)) || !tokens.capitalised(from - 1) || last == from) {
            return false;
        }
        for (int k = from; k <= last; k++) {
            String written = tokens.text.substring(tokens.start(k), tokens.end(k));
            if (englishWords.lists(tokens.key(k)) && written.chars().allMatch(c -> c < 128)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the name stands between commas after a role noun in lower case: "The party's leader, Moncef Bouzidi,
     * has ...", "the company's owner, Kwabena ..., said".
     */
    private static boolean apposed(Tokens tokens, Kind[] covered, int from, int last) {
        int after = last + 1;
        if (from == 0 || !tokens.afterComma(from) || tokens.sentenceStart(from) || tokens.capitalised(from - 1)
                || (after < tokens.size() && !tokens.afterComma(after) && !tokens.sentenceStart(after))) {
            return false;
        }
        String key = tokens.key(from - 1);
        return PERSON_NOUNS.contains(key) || TITLE_WORDS.contains(key) || (ROLE_NOUNS.contains(key) && !ROYAL.contains(key))
                || covered[from - 1] == Kind.TITLE;
    }

    /**
     * Whether {@code from..last}, two or three capitalised words of English copy, may name a person by the words:
     * the English dictionary lists none of them, as a word or as a proper noun ({@link EnglishWords}: "Hang Seng",
     * "Galaxy Xcover", "Tokugawa" are out), none is a Balkan place's word, a foreign title or a product's, the run is all there is of capitalised words (no sentence start before it: there any word has a
     * capital; no capitalised word either side but a demonym, "Kenyan Kiprono Chebet"), and nothing around it
     * says a place, a thing or a phrase is named: a locative word before it or before the run it is coordinated
     * with ("in Kuala Kangsar", "in Kampong Speu and Prey Veng"), an article or a kind of thing ("the tanker
     * Niovi Delmar"), a quotation mark, a lower-case place or body word after it ("the Tonle Sap lake").
     */
    private boolean unlisted(Tokens tokens, Kind[] covered, int from, int last) {
        if (last - from < 1 || last - from > 2 || FOREIGN_TITLES.contains(tokens.key(from))
                || SAINTS.contains(tokens.key(from))) {
            return false; // "Maulana Fazlur Rehman": the name is read from the word after the title
        }
        boolean checked = false; // one word at least outside a hyphened pair: "Coca-Cola" alone is no name
        for (int k = from; k <= last; k++) {
            if ((hyphenated(tokens, k) && tokens.capitalised(k - 1)) || (k < last && hyphenated(tokens, k + 1) && tokens.capitalised(k))) {
                continue; // "Dong-wook": a hyphened given name is no English word, whatever its halves are; "al-Adha" is no given name
            }
            String key = tokens.key(k);
            if (!tokens.capitalised(k) || key.length() < 2 || englishWords.lists(key) || isOrgHead(key)
                    || MEDIA_WORDS.contains(key) || productWord(tokens, k) || balkanPlaceWord(key)) {
                return false;
            }
            checked = true;
        }
        int after = last + 1;
        if ((!tokens.afterComma(from) && !tokens.sentenceStart(from) && !englishNeighbour(tokens, from - 1))
                || (after < tokens.size() && !tokens.afterComma(after) && !englishNeighbour(tokens, after))) {
            return false; // "ministra Janeza Kralja bodo": a short story in another language may pass for English
        }
        if (!checked || (after < tokens.size() && !tokens.sentenceStart(after) && (tokens.capitalised(after)
                && !tokens.afterComma(after) || NOT_AFTER_NAME.contains(tokens.key(after)) || isOrgHead(tokens.key(after))
                || PLACE_WORDS.contains(tokens.key(after))))) {
            return false;
        }
        if (from > 0 && "\"'“‘«".indexOf(tokens.text.charAt(tokens.start(from) - 1)) >= 0) {
            return false; // a quoted phrase or title
        }
        int before = from - 1;
        if (before >= 0 && !tokens.afterComma(from) && !tokens.sentenceStart(from)) {
            if (tokens.capitalised(before) && covered[before] != Kind.DEMONYM && !FOREIGN_TITLES.contains(tokens.key(before))
                    && !HONORIFICS.contains(tokens.key(before)) && !datelineBefore(tokens, before, from)) {
                return false;
            }
            if (COORDINATING.contains(tokens.key(before)) && before > 0 && tokens.capitalised(before - 1)) {
                // "in Kampong Speu and Prey Veng": the run coordinated with a place is a place, and one coordinated
                // with a single word ("Kinderdijk and Zaanse Schans") is no person either: people are named in full
                int other = before - 1;
                if (covered[other] == Kind.PLACE || covered[other] == Kind.COUNTRY) {
                    return false;
                }
                while (other > 0 && tokens.capitalised(other - 1) && !tokens.sentenceStart(other) && !tokens.afterComma(other)) {
                    other--;
                }
                if (other == before - 1 && covered[other] == null) {
                    return false;
                }
                before = other - 1;
                if (before < 0 || tokens.afterComma(other)) {
                    return true;
                }
            }
            if (before > 0 && tokens.key(before).equals("of") && !tokens.afterComma(before)) {
                before--; // "the village of Banjska Gornja", "fans of Crvena Zvezda"
                return !NOT_BEFORE_NAME.contains(tokens.key(before)) && !PLACE_WORDS.contains(tokens.key(before))
                        && !NOT_BEFORE_OF.contains(tokens.key(before));
            }
            return !NOT_BEFORE_NAME.contains(tokens.key(before));
        }
        return true;
    }

    /** Whether a dateline in capitals and its dash stand right before a name: "NAIROBI - Wanjiru Kamau ..." */
    private static boolean datelineBefore(Tokens tokens, int before, int from) {
        if (!tokens.allCaps(before)) {
            return false;
        }
        for (int c = tokens.end(before); c < tokens.start(from); c++) {
            if ("-–—".indexOf(tokens.text.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether what surrounds {@code from..last} says a person is named, in ways that would be too weak for any
     * capitalised words but are enough for words no English dictionary lists: "who" or an age after the name
     * ("Wanjiru Kamau, 34, ..."), a person named in the same list before it ("Parit Wongsakul and Panusaya ..."),
     * or its last word standing alone elsewhere in the story, as a surname does ("... Chebet's time was ...").
     */
    private static boolean personContext(Tokens tokens, Kind[] covered, int from, int last, List<Found> found) {
        int after = last + 1;
        if (after < tokens.size() && !tokens.sentenceStart(after) && (WHO.contains(tokens.key(after))
                || (tokens.afterComma(after) && Character.isDigit(tokens.text.charAt(tokens.start(after)))
                && after + 1 < tokens.size() && tokens.afterComma(after + 1)))) {
            return true;
        }
        if (from > 0 && !tokens.sentenceStart(from) && !tokens.afterComma(from) && tokens.key(from - 1).equals("by")
                && !tokens.capitalised(from - 1)) {
            return true; // the author or agent: "a drama by Dariush Farahani", "an appeal by Parit Wongsakul"
        }
        if (personVerbAt(tokens, after)) {
            return true; // "... resigned", "... were detained"
        }
        if (after + 2 < tokens.size() && COORDINATING.contains(tokens.key(after)) && !tokens.sentenceStart(after)) {
            // "A B and C D were detained": the verb after the pair coordinated with this one
            int other = after + 1;
            while (other < tokens.size() && other - after <= 3 && tokens.capitalised(other) && covered[other] == null
                    && !tokens.sentenceStart(other)) {
                other++;
            }
            if (other - after >= 3 && personVerbAt(tokens, other)) {
                return true;
            }
        }
        int before = from - 1;
        if (before > 0 && !tokens.sentenceStart(from) && (COORDINATING.contains(tokens.key(before)) || tokens.afterComma(from))) {
            int other = COORDINATING.contains(tokens.key(before)) ? before - 1 : before;
            if (covered[other] == Kind.PERSON || covered[other] == Kind.SURNAME) {
                return true;
            }
            for (Found f : found) {
                if (f.kind() == Kind.PERSON && f.to() == other) {
                    return true;
                }
            }
        }
        String surname = tokens.key(last);
        for (int j = 0; j < tokens.size(); j++) {
            if ((j < from || j > last) && surname.equals(tokens.key(j)) && tokens.capitalised(j) && covered[j] == null
                    && (j == 0 || tokens.sentenceStart(j) || tokens.afterComma(j) || !tokens.capitalised(j - 1))
                    && (j + 1 >= tokens.size() || tokens.sentenceStart(j + 1) || tokens.afterComma(j + 1) || !tokens.capitalised(j + 1)
                    || tokens.key(j + 1).equals("s"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> WHO = words("who", "whose");
    /** verbs only a person is the subject of, right after the name: "X resigned" (a team "scored" too) */
    private static final Set<String> PERSON_VERBS = words("resigned", "died", "testified", "pleaded", "confessed",
            // a player, not a team: "X netted twice", "X clocked 2:04"
            "netted", "clocked");
    /** past participles after "was"/"were" that only a person takes: "X was arrested" */
    private static final Set<String> PERSON_PASSIVES = words("arrested", "detained", "jailed", "sentenced", "elected",
            "appointed", "born", "killed", "injured", "wounded", "kidnapped", "abducted", "charged", "convicted", "acquitted",
            "questioned", "extradited", "indicted", "hospitalised", "hospitalized");

    /** Whether token {@code i} opens a verb only a person is the subject of. */
    private static boolean personVerbAt(Tokens tokens, int i) {
        if (i >= tokens.size() || tokens.sentenceStart(i) || tokens.afterComma(i)) {
            return false;
        }
        String key = tokens.key(i);
        if (key.equals("top") && i + 1 < tokens.size() && tokens.joinedByHyphen(i + 1) && tokens.key(i + 1).equals("scored")) {
            return true; // "Mahmudul Karim top-scored with 74"
        }
        return PERSON_VERBS.contains(key) || ((key.equals("was") || key.equals("were")) && i + 1 < tokens.size()
                && PERSON_PASSIVES.contains(tokens.key(i + 1)));
    }

    /**
     * Whether token {@code k} joins words with a capital inside, one of them an English word ("XenServer",
     * "PlayStation"): a product's name; a surname's inner capital opens no English word ("McIntyre", "DiCaprio").
     */
    private boolean productWord(Tokens tokens, int k) {
        int start = tokens.start(k);
        int end = tokens.end(k);
        for (int i = start + 2; i < end - 2; i++) {
            if (Character.isUpperCase(tokens.text.charAt(i)) && Character.isLowerCase(tokens.text.charAt(i - 1))) {
                String inner = tokens.key(k).substring(i - start);
                if (inner.length() == end - i && englishWords.contains(inner)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether token {@code i}, if a lower-case word, is an English one (a number or a word with a capital may be anything). */
    private boolean englishNeighbour(Tokens tokens, int i) {
        return i < 0 || i >= tokens.size() || tokens.capitalised(i) || !Character.isLetter(tokens.text.charAt(tokens.start(i)))
                || tokens.key(i).length() == 1 || englishWords.contains(tokens.key(i));
    }

    /**
     * Whether a word is of a South Slavic place's name rather than a person's: an adjective in -ski, -ska, -čki
     * ("Vranjska Banja", "Kosovska Mitrovica") or a place noun ("Banja", "Polje", "Selo"). Balkan people named in
     * English copy have a given name the knowledge base knows; the lexicon is not needed for them.
     */
    private static boolean balkanPlaceWord(String key) {
        return BALKAN_PLACE_NOUNS.contains(key) || (key.length() > 5 && SLAVIC_PLACE_ADJECTIVE.matcher(key).find());
    }

    private static final Set<String> BALKAN_PLACE_NOUNS = words("banja", "banje", "polje", "selo", "brdo", "potok", "reka",
            "rijeka", "jezero", "planina", "dolina", "gora", "gornji", "gornja", "gornje", "donji", "donja", "donje", "novi",
            "nova", "novo", "stari", "stara", "staro", "veliki", "velika", "veliko", "mali", "mala", "malo", "grad", "most",
            "vrh", "vrelo", "luke", "palanka", "kula");
    private static final java.util.regex.Pattern SLAVIC_PLACE_ADJECTIVE = java.util.regex.Pattern.compile("[sc]k(?:a|i|o|e|ih|og|oj|om)$");

    private static final Set<String> COORDINATING = words("and", "or");
    /** titles and words of address of other languages that no English dictionary lists: they open no name but stand before one */
    private static final Set<String> FOREIGN_TITLES = words("shaikh", "shri", "sri", "smt", "datuk", "datin", "dato", "haji",
            "hajji", "maulana", "ustaz", "rinpoche", "herr", "frau", "hojatoleslam", "sayed", "syed", "sayyid", "raja", "rani",
            "maharaja", "sardar", "tsar", "abuna", "sheikh", "emir", "amir", "mullah", "mufti", "imam", "ayatollah", "begum",
            "pandit", "swami", "senor", "senhor", "signor", "monsieur", "madame", "gospodin", "gospodja", "gospodjica");
    /** "Santa Cruz", "Sveti Nikole", "San Cristobal": a saint's name before a word names a place or a church */
    private static final Set<String> SAINTS = words("santa", "sveti", "sveta", "sveto", "san", "sao", "santo", "saint", "st",
            "ste", "sainte", "sankt");
    /**
     * words right before capitalised words that say they are no person's name: where ("in", "near"), an article
     * ("the Gyeongbu Expressway"; "the late" and such are cues of their own), a kind of thing or event
     */
    private static final Set<String> NOT_BEFORE_NAME = words("in", "near", "at", "outside", "inside", "across", "around",
            "into", "via", "toward", "towards", "through", "throughout", "within", "from", "to", "the", "a", "an",
            "tanker", "ship", "vessel", "carrier", "freighter", "ferry", "yacht", "liner", "boat", "frigate", "destroyer",
            "typhoon", "cyclone", "hurricane", "storm", "operation", "festival", "slogan", "motto", "brand", "model",
            "film", "movie", "novel", "album", "song", "book", "play", "series", "show", "app", "platform", "drug",
            "vaccine", "rocket", "satellite", "missile", "drone", "index", "province", "district", "village", "town",
            "city", "region", "county", "state", "municipality", "neighbourhood", "neighborhood", "suburb", "township");
    /** words before "of" and capitalised words that make them a place's or a club's name: "residents of", "fans of" */
    private static final Set<String> NOT_BEFORE_OF = words("residents", "outskirts", "fans", "resort", "monastery",
            "villages", "towns", "cities", "provinces", "districts", "regions", "north", "south", "east", "west", "centre",
            "center", "heart", "streets", "people", "capital", "mayor", "governor", "municipalities", "islands", "shores",
            "banks", "area", "areas", "island", "kingdom", "republic", "state", "emirate", "sultanate", "port", "strait");

    /** lower-case words after capitalised words that make them the name of something else: "the Hang Seng index" */
    private static final Set<String> NOT_AFTER_NAME = words("index", "province", "district", "village", "town", "city",
            "region", "county", "state", "municipality", "neighbourhood", "neighborhood", "suburb", "township", "festival",
            "holiday", "expressway", "highway", "dam", "mine", "field", "oilfield", "plant", "refinery", "camp", "prison",
            "hospital", "market", "temple", "mosque", "shrine", "dynasty", "era", "period", "language", "dialect", "people",
            "tribe", "clan", "style", "dish", "brand", "model", "app", "project", "programme", "program", "scheme",
            "operation", "case", "affair", "scandal", "award", "prize", "cup", "open", "trophy", "tournament", "league",
            "final", "finals", "games", "rally", "summit", "talks", "accord", "agreement", "treaty", "protocol", "process",
            "format", "initiative", "declaration", "plan", "law", "act", "bill", "tanker", "ship", "vessel", "airport",
            "port", "station", "line", "bridge", "tower", "building", "complex", "estate", "farm", "forest", "reserve",
            "desert", "delta", "basin", "plateau", "pass", "gorge", "beach", "island", "islands");

    /**
     * People named in full without a cue and quoted later by surname alone ("signed by Petar Lukač ... Lukač
     * said", "... Jasna Kolar (HSS) ... izjavila je Kolar"): a pair of unknown capitalised words whose
     * second word stands alone beside a verb of saying elsewhere in the story is a person. Added to {@code found}.
     */
    private void quotedBySurname(Tokens tokens, Kind[] covered, List<Found> found) {
        boolean[] used = new boolean[tokens.size()];
        found.forEach(f -> java.util.Arrays.fill(used, f.from(), f.to() + 1, true));
        Set<String> quoted = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (nameWord(tokens, covered, used, i) && !inPair(tokens, covered, used, i)
                    && ((i + 1 < tokens.size() && SAY.contains(tokens.key(i + 1)) && !tokens.sentenceStart(i + 1))
                    || (i > 0 && SAY.contains(tokens.key(i - 1)) && !tokens.sentenceStart(i)))) {
                quoted.add(tokens.key(i));
            }
        }
        if (quoted.isEmpty()) {
            return;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            boolean pairStarts = nameWord(tokens, covered, used, i) && nameWord(tokens, covered, used, i + 1)
                    && !tokens.sentenceStart(i + 1) && !tokens.afterComma(i + 1)
                    && (i == 0 || tokens.sentenceStart(i) || tokens.afterComma(i) || !nameWord(tokens, covered, used, i - 1))
                    && (i + 2 >= tokens.size() || tokens.sentenceStart(i + 2) || !nameWord(tokens, covered, used, i + 2));
            String second = tokens.key(i + 1);
            // "me Gentian Dervishin ... Dervishi tha": the surname quoted may be the nominative of the one in the pair
            if (pairStarts && (quoted.contains(second) || quoted.contains(NameForms.albanianSurname(second))) && !isOrgHead(tokens.key(i)) && !isOrgHead(tokens.key(i + 1))
                    && !PLACE_WORDS.contains(tokens.key(i + 1)) && !MEDIA_WORDS.contains(tokens.key(i))) {
                found.add(new Found(Kind.PERSON, i, i + 1, tokens.surface(i, i + 1)));
                used[i] = used[i + 1] = true;
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::from));
    }

    /**
     * A surname alone after a word of address is a person ("Mr Haldane said", "του κ. Παππά"), unless a person
     * found in full has that surname: then it is that person, as {@link UnknownNamesPass} links it. Added to
     * {@code found}.
     */
    private void addressedBySurname(Tokens tokens, Kind[] covered, List<Found> found) {
        boolean[] used = new boolean[tokens.size()];
        Set<String> surnames = new java.util.HashSet<>();
        for (Found f : found) {
            java.util.Arrays.fill(used, f.from(), f.to() + 1, true);
            if (f.kind() == Kind.PERSON) {
                surnames.add(tokens.key(f.to()));
            }
        }
        boolean added = false;
        for (int i = 1; i < tokens.size(); i++) {
            boolean nameGoesOn = i + 1 < tokens.size() && !tokens.sentenceStart(i + 1) && tokens.capitalised(i + 1)
                    && covered[i + 1] == null;
            if (tokens.capitalised(i) && addressed(tokens, i) && nameWord(tokens, covered, used, i) && !nameGoesOn
                    && tokens.key(i).length() >= 3 && surnames.add(tokens.key(i))) {
                found.add(new Found(Kind.PERSON, i, i, tokens.surface(i, i)));
                added = true;
            }
        }
        if (added) {
            found.sort(java.util.Comparator.comparingInt(Found::from));
        }
    }

    /** Whether a word of address stands right before word {@code i}: "Mr", "Dr", Greek "κ." and "κα". */
    private static boolean addressed(Tokens tokens, int i) {
        String before = tokens.key(i - 1);
        if (tokens.sentenceStart(i) && !before.equals("k") && !before.equals("ka")) {
            return false;
        }
        boolean greek = (before.equals("k") || before.equals("ka"))
                && Character.UnicodeScript.of(tokens.text.codePointAt(tokens.start(i - 1))) == Character.UnicodeScript.GREEK;
        // "General", "Judge" and "Justice" also name a rank, a job or a portfolio ("the Ministry of Justice, Transport ...")
        return greek || (HONORIFICS.contains(before) && !before.equals("general") && !before.equals("judge")
                && !before.equals("justice") && !tokens.afterComma(i));
    }

    /** A capitalised word no match or found name covers that may be part of a person's name. */
    private static boolean nameWord(Tokens tokens, Kind[] covered, boolean[] used, int i) {
        return tokens.capitalised(i) && covered[i] == null && !used[i] && !tokens.allCaps(i) && tokens.key(i).length() >= 2
                && !NOT_NAMES.contains(tokens.key(i)) && !DATES.contains(tokens.key(i)) && !TITLES_BEFORE.contains(tokens.key(i))
                && !HONORIFICS.contains(tokens.key(i)) && !BYLINE_WORDS.contains(tokens.key(i));
    }

    /** Whether word {@code i} stands next to another name word of its sentence. */
    private static boolean inPair(Tokens tokens, Kind[] covered, boolean[] used, int i) {
        return (i > 0 && !tokens.sentenceStart(i) && tokens.capitalised(i - 1) && covered[i - 1] == null)
                || (i + 1 < tokens.size() && !tokens.sentenceStart(i + 1) && tokens.capitalised(i + 1) && covered[i + 1] == null);
    }

    /** Whether a role noun and its portfolio in lower case stand right before {@code from} in its sentence. */
    private static boolean roleWithPortfolioBefore(Tokens tokens, Kind[] covered, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 1 - MAX_PORTFOLIO); k--) {
            if (tokens.capitalised(k) || tokens.afterComma(k + 1) || tokens.sentenceStart(k + 1) || covered[k] == Kind.PERSON) {
                return false;
            }
            if (k < from - 2 && ROLES_WITH_PORTFOLIO.contains(tokens.key(k)) && PORTFOLIO_OPENERS.contains(tokens.key(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many tokens from {@code i} are one or two lower-case particles of a name and the capitalised unknown word
     * after them ("bin Hamad", "van der Berg"); 0 when there are none. The word after particles is a surname even
     * where a town or another person's surname has it ("Lucía de la Torre").
     */
    private static int particlesThenName(Tokens tokens, Kind[] covered, int i, boolean declined) {
        int j = i;
        while (j < tokens.size() && j - i < 2 && (NAME_PARTICLES.contains(tokens.key(j))
                || (declined && tokens.key(j).equals(BY_EAR_VON))) && !tokens.capitalised(j)
                && !tokens.afterComma(j) && !tokens.sentenceStart(j)) {
            j++;
        }
        boolean name = j > i && j < tokens.size() && !tokens.afterComma(j) && !tokens.sentenceStart(j) && tokens.capitalised(j)
                && !tokens.allCaps(j) && (covered[j] == null || covered[j] == Kind.PLACE || covered[j] == Kind.SURNAME)
                && !NOT_NAMES.contains(tokens.key(j));
        return name ? j - i + 1 : 0;
    }

    /**
     * Whether what a person is follows the name after a comma: "Gavrilo Princip, the assassin of ...", "Ilir
     * Dauti, a senior negotiator", "Vladeta Krstić, predsednik odbora": an article or the role noun first, the
     * role noun within {@value #MAX_DESCRIPTION} lower-case words.
     */
    private static boolean describedAfter(Tokens tokens, Kind[] covered, int last) {
        int k = last + 1;
        if (k >= tokens.size() || !tokens.afterComma(k) || tokens.sentenceStart(k)) {
            return false;
        }
        if (ARTICLES.contains(tokens.key(k))) {
            k++;
        }
        for (int n = 0; n < MAX_DESCRIPTION && k < tokens.size() && !tokens.sentenceStart(k) && (n == 0 || !tokens.afterComma(k))
                && (!tokens.capitalised(k) || covered[k] == Kind.DEMONYM); n++, k++) { // "a Greek shipowner"
            String key = tokens.key(k);
            if (PERSON_NOUNS.contains(key) || PEOPLE_ONLY.contains(key) || (ROLE_NOUNS.contains(key) && !ROYAL.contains(key))
                    || TITLE_WORDS.contains(key)
                    || covered[k] == Kind.TITLE) {
                return true;
            }
        }
        return false;
    }

    /** words only a person is, written after a name's comma: "Gavrilo Princip, the assassin of ..." */
    private static final Set<String> PEOPLE_ONLY = words("assassin", "victim", "suspect", "survivor", "witness", "soldier",
            "student", "farmer", "widow", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
            "grandson", "granddaughter", "nephew", "niece", "uncle", "aunt");
    /** an article or a word of time before the role noun of a description: "the assassin", "a former judge" */
    private static final Set<String> ARTICLES = words("the", "a", "an", "former", "then", "later", "his", "her", "their");
    /** ships and places are named after kings and queens: "Queen Mary, the liner" says no one is a queen */
    private static final Set<String> ROYAL = words("king", "queen", "emperor", "empress", "prince", "princess", "star");
    /** at most this many lower-case words between a name's comma and the role noun that describes the person */
    private static final int MAX_DESCRIPTION = 3;

    /** Whether token {@code i} is written in Greek script: "Γιώργο" may be Γιώργος declined. */
    private static boolean greek(Tokens tokens, int i) {
        return Character.UnicodeScript.of(tokens.text.codePointAt(tokens.start(i))) == Character.UnicodeScript.GREEK;
    }

    /**
     * Whether a word after {@code from} and before {@code last} is a given name: the next one in any language, any
     * one in a declined form where the language declines names or in Greek.
     */
    private boolean givenNameWithin(Tokens tokens, int from, int last, boolean declined) {
        if (firstNames.contains(tokens.key(from + 1))) {
            return true;
        }
        boolean greek = greek(tokens, from);
        if (!declined && !greek) {
            return false;
        }
        for (int k = from + 1; k < last; k++) {
            String key = tokens.key(k);
            if (firstNames.contains(key) || (declined && NameForms.givenNominative(key, firstNames) != null)
                    || (greek && NameForms.greekGivenNominative(key, firstNames) != null)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is a word joined to the one before by a hyphen: "ho" in "Min-ho" (not "19" in "COVID-19"). */
    private static boolean hyphenated(Tokens tokens, int i) {
        return tokens.joinedByHyphen(i) && Character.isLetter(tokens.text.charAt(tokens.start(i)));
    }

    /** Whether token {@code i} is an initial: one capital letter and a full stop ("D." in "Melvin D. Smith"). */
    private static boolean initial(Tokens tokens, int i) {
        return tokens.end(i) - tokens.start(i) == 1 && tokens.capitalised(i) && tokens.end(i) < tokens.text.length()
                && tokens.text.charAt(tokens.end(i)) == '.';
    }

    /**
     * Whether {@code from..last} are single letters only ("M. K. (44)", a suspect's initials; "(M. P.)", a
     * reporter's): initials hide a name rather than give one.
     */
    private static boolean initialsOnly(Tokens tokens, int from, int last) {
        for (int k = from; k <= last; k++) {
            if (tokens.end(k) - tokens.start(k) != 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether a title stands before the last word of {@code from..last} ("Harbour Secretary Goran Vidak"). */
    private static boolean titleWithin(Tokens tokens, int from, int last) {
        for (int k = from; k < last; k++) {
            if (TITLES_BEFORE.contains(tokens.key(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capitalised word may open a name: no title, word of address or function word ("the", "President"). */
    static boolean mayOpenName(String key) {
        return !NOT_NAMES.contains(key) && !TITLES_BEFORE.contains(key) && !HONORIFICS.contains(key) && !DATES.contains(key)
                && !BYLINE_WORDS.contains(key) && !MEDIA_WORDS.contains(key);
    }

    static boolean isOrgHead(String key) {
        return ORG_HEADS.contains(key) || INFLECTED_HEADS.contains(key);
    }

    /**
     * Inflected heads: "stranke", "ministarstva", "partisë", "skupštine" (a stem of four letters or more, a head
     * with its final -a or -o dropped or whole, and a case ending); not English "-er" nouns (Commissioner). Made
     * once: the check runs on every capitalised word of every story.
     */
    private static final Set<String> INFLECTED_HEADS = inflectedHeads();

    private static Set<String> inflectedHeads() {
        Set<String> out = new java.util.HashSet<>();
        for (String head : ORG_HEADS) {
            List<String> stems = new ArrayList<>(List.of(head));
            if (head.endsWith("a") || head.endsWith("o")) {
                stems.add(head.substring(0, head.length() - 1));
            }
            for (String stem : stems) {
                if (stem.length() >= 4) {
                    HEAD_ENDINGS.forEach(ending -> out.add(stem + ending));
                }
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Tokens matched as people or organisations are not unknown names; places and countries may be part of one. */
    /** Right before token {@code i}: a country's name or demonym, or its possessive ("Kosovo's"). */
    private static boolean countryBefore(Tokens tokens, Kind[] covered, int i) {
        int j = i - 1;
        if (j >= 1 && tokens.key(j).equals("s") && !tokens.sentenceStart(j)) {
            j--;
        }
        return j >= 0 && !tokens.sentenceStart(i) && (covered[j] == Kind.COUNTRY || covered[j] == Kind.DEMONYM);
    }

    private static boolean blocks(Kind k) {
        return k == Kind.PERSON || k == Kind.ORGANISATION || k == Kind.SURNAME;
    }

    private static Kind strongest(Match m) {
        Kind best = null;
        for (int k = 0; k < m.targets().size(); k++) {
            Target t = m.targets().get(k);
            if (best == null || t.kind().ordinal() < best.ordinal()) {
                best = t.kind();
            }
        }
        return best;
    }
}
