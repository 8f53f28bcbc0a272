package io.wirefeed.enrich.tagging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ministries named in a Balkan language by their portfolios, in any case and script: "Министерството на
 * земеделието и храните", "Министерството за образование и наука", "Министарство пољопривреде, шумарства и
 * водопривреде", "το υπουργείο Υγείας", "Ministria e Bujqësisë dhe Zhvillimit Rural". Each is read as the English
 * "Ministry of Agriculture and Food", which {@link GenericBodies} gives the story's country: the knowledge base's
 * entry where it has one, else the name qualified with the country. Portfolios are translated word by word from
 * the list below; a ministry whose portfolio is not on it is not read at all.
 */
final class NativeMinistries {
    /** "ministry" in each language, in the cases and definite forms it is written in before its portfolio */
    static final Set<String> HEADS = Folding.get().keys("министерство", "министерството", "министерства", "министарство", "министарства",
            "министарству", "министарством", "ministarstvo", "ministarstva", "ministarstvu", "ministarstvom", "υπουργείο",
            "υπουργείου", "ministria", "ministrisë", "ministrinë", "ministrstvo", "ministrstva", "ministrstvu", "ministrstvom");
    /** words between "ministry" and its portfolio: Bulgarian "на", Macedonian "за", Albanian "e", "së", "të", "për" */
    private static final Set<String> LINKS = Folding.get().keys("на", "за", "e", "së", "të", "për", "του", "της");
    /** words joining two portfolios */
    private static final Set<String> AND = Folding.get().keys("и", "i", "dhe", "και", "in");
    private static final int MAX_WORDS = 3;

    /** Portfolio words as each language writes them after "ministry" (genitive, definite), to their English. */
    private static final Map<String, String> PORTFOLIOS = new HashMap<>();

    private static void portfolio(String english, String... written) {
        for (String w : written) {
            PORTFOLIOS.put(Folding.get().key(w), english);
        }
    }

    static {
        portfolio("Agriculture", "земеделието", "земеделие", "земјоделство", "земјоделството", "пољопривреде", "poljoprivrede",
                "bujqësisë");
        portfolio("Food", "храните", "Τροφίμων", "ushqimit");
        portfolio("Forestry", "шумарства", "šumarstva", "шумарство", "шумарството");
        portfolio("Water Management", "водопривреде", "vodoprivrede");
        portfolio("Water Economy", "водостопанство", "водостопанството");
        portfolio("Rural Development", "zhvillimit rural", "Αγροτικής Ανάπτυξης", "ruralnog razvoja", "руралног развоја");
        portfolio("Education", "образованието", "образование", "просвете", "prosvete", "obrazovanja", "образовања", "Παιδείας",
                "arsimit");
        portfolio("Science", "науката", "наука", "науке", "nauke", "znanosti", "shkencës");
        portfolio("Sport", "спорта", "sporta", "Αθλητισμού", "sportit");
        portfolio("Youth", "младежта", "омладине", "omladine", "rinisë");
        portfolio("Health", "здравеопазването", "здравство", "здравството", "здравља", "zdravlja", "zdravstva", "Υγείας",
                "shëndetësisë");
        portfolio("Finance", "финансите", "финансии", "финансиите", "финансија", "finansija", "financija", "Οικονομικών",
                "financave");
        portfolio("Economy", "икономиката", "економија", "економијата", "привреде", "privrede", "gospodarstva", "ekonomisë");
        portfolio("National Economy", "Εθνικής Οικονομίας");
        portfolio("Justice", "правосъдието", "правда", "правдата", "правде", "pravde", "pravosuđa", "Δικαιοσύνης", "drejtësisë");
        portfolio("Interior", "вътрешните работи", "внатрешни работи", "унутрашњих послова", "unutrašnjih poslova",
                "unutarnjih poslova", "Εσωτερικών", "brendshme", "punëve të brendshme");
        portfolio("Defence", "отбраната", "одбрана", "одбраната", "одбране", "odbrane", "obrane", "mbrojtjes");
        portfolio("National Defence", "Εθνικής Άμυνας");
        portfolio("Foreign Affairs", "външните работи", "надворешни работи", "спољних послова", "spoljnih poslova",
                "vanjskih poslova", "Εξωτερικών", "jashtme", "punëve të jashtme");
        portfolio("Labour", "труда", "труд", "трудот", "рада", "rada", "Εργασίας");
        portfolio("Social Policy", "социалната политика", "социјална политика", "социјалната политика", "socijalne politike");
        portfolio("Social Affairs", "социјалних питања", "socijalnih pitanja");
        portfolio("Employment", "запошљавања", "zapošljavanja");
        portfolio("Transport", "транспорта", "транспорт", "транспортот", "саобраћаја", "saobraćaja", "prometa", "Μεταφορών");
        portfolio("Infrastructure", "инфраструктуре", "infrastrukture", "infrastrukturës", "Υποδομών");
        portfolio("Construction", "грађевинарства", "građevinarstva", "graditeljstva");
        portfolio("Energy", "енергетиката", "енергетика", "енергетике", "energetike", "Ενέργειας", "energjisë");
        portfolio("Mining", "рударства", "rudarstva", "рударство", "рударството");
        portfolio("Mineral Resources", "минерални суровини", "минералните суровини");
        portfolio("Environment", "околната среда", "животна средина", "животната средина", "Περιβάλλοντος", "mjedisit", "okoliša");
        portfolio("Environmental Protection", "заштите животне средине", "zaštite životne sredine", "zaštite okoliša");
        portfolio("Culture", "културата", "култура", "културе", "kulture", "Πολιτισμού", "kulturës");
        portfolio("Tourism", "туризма", "turizma", "Τουρισμού", "turizmit");
        portfolio("Trade", "трговине", "trgovine");
        portfolio("Innovation", "иновациите", "иновација", "inovacija");
        portfolio("Regional Development", "регионалното развитие");
        portfolio("Public Works", "благоустройството");
        portfolio("Development", "Ανάπτυξης");
        portfolio("Migration", "Μετανάστευσης");
        portfolio("Asylum", "Ασύλου");
        portfolio("Maritime Affairs", "Ναυτιλίας");
        portfolio("Citizen Protection", "Προστασίας του Πολίτη");
        portfolio("Public Administration", "државне управе", "državne uprave");
        // Slovenian: the portfolio after "za" in the accusative ("ministrstvo za notranje zadeve")
        portfolio("Health", "zdravje");
        portfolio("Finance", "finance");
        portfolio("Interior", "notranje zadeve");
        portfolio("Foreign", "zunanje");
        portfolio("Foreign Affairs", "zunanje zadeve");
        portfolio("European Affairs", "evropske zadeve");
        portfolio("Defence", "obrambo");
        portfolio("Justice", "pravosodje");
        portfolio("Economy", "gospodarstvo");
        portfolio("Tourism", "turizem");
        portfolio("Sport", "šport");
        portfolio("Agriculture", "kmetijstvo");
        portfolio("Forestry", "gozdarstvo");
        portfolio("Food", "prehrano");
        portfolio("Environment", "okolje");
        portfolio("Climate", "podnebje");
        portfolio("Energy", "energijo");
        portfolio("Labour", "delo");
        portfolio("Family", "družino");
        portfolio("Social Affairs", "socialne zadeve");
        portfolio("Equal Opportunities", "enake možnosti");
        portfolio("Education", "vzgojo in izobraževanje", "izobraževanje");
        portfolio("Culture", "kulturo");
        portfolio("Infrastructure", "infrastrukturo");
        portfolio("Public Administration", "javno upravo");
        portfolio("Digital Transformation", "digitalno preobrazbo");
        portfolio("Higher Education", "visoko šolstvo");
        portfolio("Science", "znanost");
        portfolio("Innovation", "inovacije");
        portfolio("Cohesion", "kohezijo");
        portfolio("Regional Development", "regionalni razvoj");
        portfolio("Local Self-Government", "локалне самоуправе", "lokalne samouprave", "локална самоуправа");
    }

    /** Whether a folded word is a portfolio on its own ("Ανάπτυξης", "Υγείας"): a minister's title may end in it. */
    static boolean isPortfolio(String key) {
        return PORTFOLIOS.containsKey(key);
    }

    /** A ministry found: tokens {@code from..to} and its English name. */
    record Found(int from, int to, String english) {}

    private NativeMinistries() {}

    /**
     * The ministry whose head word is token {@code i}, with the portfolios after it (none of whose tokens is in
     * {@code blocked}), or null when no known portfolio follows in the same sentence.
     */
    static Found at(Tokens tokens, int i, boolean[] blocked) {
        int j = i + 1;
        if (j < tokens.size() && LINKS.contains(tokens.key(j)) && !tokens.sentenceStart(j)) {
            j++;
        }
        StringBuilder english = new StringBuilder();
        List<String> fields = new java.util.ArrayList<>(3);
        int last = -1;
        while (true) {
            int[] end = new int[1];
            String field = portfolioAt(tokens, j, blocked, end);
            if (field == null) {
                break;
            }
            fields.add(field);
            last = end[0];
            int next = last + 1;
            if (next < tokens.size() && !tokens.sentenceStart(next) && AND.contains(tokens.key(next))) {
                next++;
                if (next < tokens.size() && LINKS.contains(tokens.key(next))) {
                    next++; // "dhe e Zhvillimit", "и на"
                }
            } else if (!(next < tokens.size() && tokens.afterComma(next))) {
                break;
            }
            j = next;
        }
        if (fields.isEmpty()) {
            return null;
        }
        english.append("Ministry of ");
        for (int k = 0; k < fields.size(); k++) {
            english.append(k == 0 ? "" : k == fields.size() - 1 ? " and " : ", ").append(fields.get(k));
        }
        return new Found(i, last, english.toString());
    }

    /** The English of the longest portfolio starting at token {@code j}; its last token in {@code end[0]}. */
    private static String portfolioAt(Tokens tokens, int j, boolean[] blocked, int[] end) {
        String found = null;
        StringBuilder key = new StringBuilder();
        for (int k = j; k < Math.min(tokens.size(), j + MAX_WORDS); k++) {
            if (blocked[k] || (k > j && tokens.sentenceStart(k)) || (k == j && tokens.sentenceStart(k))) {
                break;
            }
            if (k > j) {
                key.append(' ');
            }
            key.append(tokens.key(k));
            String english = PORTFOLIOS.get(key.toString());
            if (english != null) {
                found = english;
                end[0] = k;
            }
        }
        return found;
    }

}
