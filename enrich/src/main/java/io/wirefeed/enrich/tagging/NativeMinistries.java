package io.wirefeed.enrich.tagging;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ministries named in a Balkan language by their portfolios, in any case and script: "Министерството на
 * земеделието и храните", "Министерството за образование и наука", "Министарство пољопривреде, шумарства и
 * водопривреде", "το υπουργείο Υγείας", "Ministria e Bujqësisë dhe Zhvillimit Rural". Each is read as the English
 * "Ministry of Agriculture and Food", which {@link GenericBodies} gives the story's country: the knowledge base's
 * entry where it has one, else the name qualified with the country. Portfolios are translated word by word from
 * {@code tagging/portfolios.tsv}; a ministry whose portfolio is not there is not read at all. "Federalno ministarstvo" is the
 * Federation of Bosnia and Herzegovina's ministry, named "Federal Ministry of ..." as the Federation names it.
 */
final class NativeMinistries {
    /** "ministry" in each language, in the cases and definite forms it is written in before its portfolio */
    static final Set<String> HEADS = Folding.get().keys("министерство", "министерството", "министерства", "министарство", "министарства",
            "министарству", "министарством", "ministarstvo", "ministarstva", "ministarstvu", "ministarstvom", "υπουργείο",
            "υπουργείου", "ministria", "ministrisë", "ministrinë", "ministrstvo", "ministrstva", "ministrstvu", "ministrstvom");
    /** words between "ministry" and its portfolio: Bulgarian "на", Macedonian "за", Albanian "e", "së", "të", "për" */
    private static final Set<String> LINKS = Folding.get().keys("на", "за", "e", "së", "të", "për", "του", "της");
    /** "federal" before "ministry": the Federation of Bosnia and Herzegovina's ministries */
    private static final Set<String> FEDERAL = Folding.get().keys("federalno", "federalnog", "federalnom", "federalnoga", "федерално",
            "федералног", "федералном");
    /** words joining two portfolios */
    private static final Set<String> AND = Folding.get().keys("и", "i", "dhe", "και", "in");
    /** the longest portfolio in words ("raseljenih osoba i izbjeglica") */
    private static final int MAX_WORDS = 4;

    static final String RESOURCE = "tagging/portfolios.tsv";
    /** the mark of a form that names its portfolio only beside another one */
    private static final String JOINED = "+";

    /** Portfolio words as each language writes them after "ministry" (genitive, definite), to their English. */
    private static final Map<String, String> PORTFOLIOS = new HashMap<>();
    /** the folded forms of {@link #PORTFOLIOS} that name a portfolio only beside another ("mora": the verb "must" too) */
    private static final Set<String> ONLY_JOINED = new HashSet<>();

    static {
        for (String[] row : TsvRows.read(RESOURCE)) {
            for (String form : row[1].split("\\|")) {
                boolean joined = form.startsWith(JOINED);
                String key = Folding.get().key(joined ? form.substring(JOINED.length()) : form);
                PORTFOLIOS.put(key, row[0]);
                if (joined) {
                    ONLY_JOINED.add(key);
                }
            }
        }
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
        List<String> fields = new java.util.ArrayList<>(3);
        int last = -1;
        boolean alone = false;
        while (true) {
            int[] end = new int[2];
            String field = portfolioAt(tokens, j, blocked, end);
            if (field == null) {
                break;
            }
            fields.add(field);
            alone |= end[1] == 1;
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
        if (fields.isEmpty() || alone && fields.size() == 1) {
            return null;
        }
        // "Federalno ministarstvo energije": a ministry of the Federation of Bosnia and Herzegovina, not of the state
        boolean federal = i > 0 && FEDERAL.contains(tokens.key(i - 1)) && !blocked[i - 1] && !tokens.sentenceStart(i);
        StringBuilder english = new StringBuilder(federal ? "Federal Ministry of " : "Ministry of ");
        for (int k = 0; k < fields.size(); k++) {
            english.append(k == 0 ? "" : k == fields.size() - 1 ? " and " : ", ").append(fields.get(k));
        }
        return new Found(federal ? i - 1 : i, last, english.toString());
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
                end[1] = ONLY_JOINED.contains(key.toString()) ? 1 : 0;
            }
        }
        return found;
    }

}
