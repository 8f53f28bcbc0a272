package io.wirefeed.enrich.tagging;

import io.wirefeed.enrich.tagging.AliasIndex.Kind;
import io.wirefeed.enrich.tagging.AliasIndex.Match;
import io.wirefeed.enrich.tagging.AliasIndex.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Bodies every state has, named in a Balkan language without their state: "Собранието" (the Assembly),
 * "Savjet ministara" (the Council of Ministers), "Ustavni sud", "υπουργείο Εξωτερικών" (the Foreign
 * Ministry). Each is read as the English generic name {@link GenericBodies} resolves to the story's country;
 * it counts only as the knowledge base's entry for that country. Words are folded keys in their declined forms.
 */
final class NativeBodies {
    /** One way of naming a body: the forms each word may take, whether the first must be capitalised, the English name. */
    private record Phrase(List<Set<String>> words, boolean capitalised, String english) {}

    private static final Set<String> MINISTRY = Set.of("ministarstvo", "ministarstva", "ministarstvu", "ministarstvom",
            "ministerstvo", "ministerstvoto", "ministerstva");
    /** "Ustavni", "Vrhovni", "Centralna" ... in each case and gender their nouns take (sr, hr, bs, sl) */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("i", "og", "oga", "om", "ome", "im", "a", "e", "oj", "u",
            "o", "ega", "em");
    private static final List<String> MASCULINE_ENDINGS = List.of("", "a", "u", "om", "e");
    private static final List<String> FEMININE_ENDINGS = List.of("a", "e", "i", "u", "om", "oj");
    private static final List<String> NEUTER_ENDINGS = List.of("o", "a", "u", "om", "e", "em");

    /** A stem with each ending, as folded keys. */
    private static Set<String> forms(String stem, List<String> endings) {
        Set<String> out = new java.util.HashSet<>();
        endings.forEach(e -> out.add(Folding.get().key(stem + e)));
        return java.util.Collections.unmodifiableSet(out); // hashed, as Folding.keys: read for every token
    }

    /** Words written as they are (any script), as folded keys. */
    private static final Set<String> COURT = Folding.get().keys("sud", "suda", "sudu", "sudom", "sudot", "суд", "суда", "суду", "судом",
            "судот", "съд", "съда", "съдът");
    private static final Set<String> BANK = forms("bank", FEMININE_ENDINGS);
    private static final Set<String> COMMISSION = forms("komisij", FEMININE_ENDINGS);
    private static final Set<String> ELECTION = forms("izborn", ADJECTIVE_ENDINGS);
    private static final List<Phrase> PHRASES = List.of(
            new Phrase(List.of(Set.of("sobranie", "sobranieto")), true, "Assembly"),
            new Phrase(List.of(Set.of("savjet", "savjeta", "savjetu", "savjetom", "vijece", "vijeca", "vijecu", "vijecem",
                    "savet", "saveta", "savetu", "savetom"), Set.of("ministara")), true, "Council of Ministers"),
            new Phrase(List.of(union(forms("ustavn", ADJECTIVE_ENDINGS), Folding.get().keys("ustaven", "ustavniot", "уставен", "уставниот",
                    "уставни", "уставног", "уставном", "уставним")), COURT), true, "Constitutional Court"),
            new Phrase(List.of(Folding.get().keys("Конституционният", "Конституционния", "Конституционен"), COURT), true, "Constitutional Court"),
            new Phrase(List.of(forms("vrhovn", ADJECTIVE_ENDINGS), COURT), true, "Supreme Court"),
            // Slovenian copy writes its courts in lower case ("na ustavno sodišče"); "sodišče" is no other language's word
            new Phrase(List.of(forms("ustavn", ADJECTIVE_ENDINGS), forms("sodisc", NEUTER_ENDINGS)), false, "Constitutional Court"),
            new Phrase(List.of(forms("vrhovn", ADJECTIVE_ENDINGS), forms("sodisc", NEUTER_ENDINGS)), false, "Supreme Court"),
            new Phrase(List.of(forms("drzavn", ADJECTIVE_ENDINGS), forms("zbor", MASCULINE_ENDINGS)), true, "National Assembly"),
            new Phrase(List.of(Folding.get().keys("gjykata", "gjykates", "gjykaten", "gjykatës", "gjykatën"), Folding.get().keys("kushtetuese")), true,
                    "Constitutional Court"),
            new Phrase(List.of(Folding.get().keys("gjykata", "gjykates", "gjykaten", "gjykatës", "gjykatën"), Folding.get().keys("supreme")), true, "Supreme Court"),
            // Kosovo's one appeals court; Albania's are named by their town or kind
            new Phrase(List.of(Folding.get().keys("gjykata", "gjykatës", "gjykatën"), Folding.get().keys("e"), Folding.get().keys("apelit")), true, "Court of Appeals"),
            // the Sabor is Croatia's alone (GenericBodies knows it by the knowledge base's "Hrvatski sabor")
            new Phrase(List.of(forms("sabor", MASCULINE_ENDINGS)), true, "Sabor"),
            new Phrase(List.of(Folding.get().keys("kuvendi", "kuvendit", "kuvendin")), true, "Parliament"),
            new Phrase(List.of(Folding.get().keys("Βουλή", "Βουλής")), true, "Parliament"),
            new Phrase(List.of(union(forms("predsjednistv", NEUTER_ENDINGS), forms("predsednistv", NEUTER_ENDINGS))), true, "Presidency"),
            new Phrase(List.of(union(forms("narodn", ADJECTIVE_ENDINGS), Folding.get().keys("народната", "народна")), union(BANK, Folding.get().keys("банка"))),
                    true, "National Bank"),
            new Phrase(List.of(forms("narodn", ADJECTIVE_ENDINGS), forms("skupstin", FEMININE_ENDINGS)), true, "National Assembly"),
            new Phrase(List.of(union(forms("centraln", ADJECTIVE_ENDINGS), Folding.get().keys("централната", "централна")), union(BANK,
                    Folding.get().keys("банка"))), true, "Central Bank"),
            new Phrase(List.of(Folding.get().keys("banka", "bankës", "bankes", "banken", "bankën"), Folding.get().keys("qendrore")), true, "Central Bank"),
            new Phrase(List.of(forms("centraln", ADJECTIVE_ENDINGS), ELECTION, COMMISSION), true, "Central Election Commission"),
            new Phrase(List.of(Folding.get().keys("Централната", "Централна"), Folding.get().keys("избирателна"), Folding.get().keys("комисия")), true,
                    "Central Election Commission"),
            new Phrase(List.of(Folding.get().keys("komisioni", "komisionit", "komisionin"), Folding.get().keys("qendror"), Folding.get().keys("i"), Folding.get().keys("zgjedhjeve")), true,
                    "Central Election Commission"),
            new Phrase(List.of(union(forms("drzavn", ADJECTIVE_ENDINGS), Folding.get().keys("државната", "државна")), union(ELECTION,
                    Folding.get().keys("изборна")), union(COMMISSION, Folding.get().keys("комисија"))), true, "State Election Commission"),
            new Phrase(List.of(MINISTRY, Set.of("vanjskih", "spoljnih", "spoljasnjih", "inostranih"), Set.of("poslova")), true,
                    "Ministry of Foreign Affairs"),
            new Phrase(List.of(MINISTRY, Set.of("za"), Set.of("nadvoresni"), Set.of("raboti")), true, "Ministry of Foreign Affairs"),
            new Phrase(List.of(MINISTRY, Set.of("na"), Set.of("vansnite"), Set.of("raboti")), true, "Ministry of Foreign Affairs"),
            new Phrase(List.of(Set.of("ministria", "ministrise", "ministrine"), Set.of("e", "se"), Set.of("jashtme")), true,
                    "Ministry of Foreign Affairs"),
            // Greek writes a ministry in lower case: "το υπουργείο Εξωτερικών"
            new Phrase(List.of(Set.of("ypoyrgeio", "ypoyrgeioy"), Set.of("exoterikon")), false, "Ministry of Foreign Affairs"),
            // bodies several states give the same name: Serbia's and Croatia's tax administrations, Croatia's and North
            // Macedonia's customs (Царинската управа), Serbia's and Montenegro's audit institutions, Albania's and
            // Kosovo's People's Advocate; each counts only as the knowledge base's entry for the story's state
            new Phrase(List.of(union(forms("poresk", ADJECTIVE_ENDINGS), forms("porezn", ADJECTIVE_ENDINGS)), forms("uprav", FEMININE_ENDINGS)),
                    true, "Tax Administration"),
            new Phrase(List.of(union(forms("carinsk", ADJECTIVE_ENDINGS), Folding.get().keys("царинската")),
                    union(forms("uprav", FEMININE_ENDINGS), Folding.get().keys("управата"))), true, "Customs Administration"),
            new Phrase(List.of(forms("drzavn", ADJECTIVE_ENDINGS), forms("revizorsk", ADJECTIVE_ENDINGS), forms("institucij", FEMININE_ENDINGS)),
                    true, "State Audit Institution"),
            new Phrase(List.of(Folding.get().keys("avokati", "avokatit", "avokatin"), Folding.get().keys("i", "e", "të", "së"),
                    Folding.get().keys("popullit")), true, "People's Advocate"),
            new Phrase(List.of(MINISTRY, Set.of("odbrane", "obrane")), true, "Ministry of Defence"),
            new Phrase(List.of(MINISTRY, Set.of("unutrasnjih"), Set.of("poslova")), true, "Ministry of Interior"),
            new Phrase(List.of(MINISTRY, Set.of("finansija", "financija")), true, "Ministry of Finance"),
            // the interior ministry by the short form Serbian, Croatian and Bosnian copy names it with ("saopštio je
            // MUP"); not the government by its capitalised "Vlada", which the reference counts no more than "the
            // government" ("MUP KS", a canton's ministry, has a capitalised word after: see ALONE)
            new Phrase(List.of(Folding.get().keys("MUP", "МУП")), true, "Ministry of Interior"));
    /** bodies named by one word that a capitalised word after makes another body's name: "MUP KS" */
    private static final Set<String> ALONE = Set.of("Ministry of Interior");

    private static final String MINISTRY_OF = "Ministry of ";

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return java.util.Collections.unmodifiableSet(out);
    }

    /** The phrases each form of a first word may open: one lookup a token, not one a phrase (this runs on every story). */
    private static final java.util.Map<String, List<Phrase>> BY_FIRST_WORD = new java.util.HashMap<>();

    static {
        for (Phrase p : PHRASES) {
            p.words().get(0).forEach(w -> BY_FIRST_WORD.computeIfAbsent(w, k -> new ArrayList<>()).add(p));
        }
    }

    /** every word a body may open with, a phrase's or a ministry's: most words of a story are neither, one lookup tells */
    private static final Set<String> OPENERS = union(BY_FIRST_WORD.keySet(), NativeMinistries.HEADS);

    /**
     * A body found: tokens {@code from..to}, its English generic name, the country written right after it, or
     * by an adjective right before it, or of the story's language (null when none), and the country to take when the story's own is not known.
     */
    record Found(int from, int to, String english, String country, String fallback, boolean knownOnly) {}

    private NativeBodies() {}

    /** languages of one state: a body named in them without a state is that state's ("το υπουργείο Εξωτερικών") */
    private static final java.util.Map<String, String> STATE_OF_LANGUAGE = java.util.Map.of("mk", "MK", "bg", "BG", "sl", "SI",
            "el", "GR");
    /**
     * Croatian is told from Serbian and Bosnian by a few words only: a body named in it is Croatia's when the
     * story's own country is not known, not before ("Narodna banka" in a story from Belgrade is Serbia's)
     */
    private static final java.util.Map<String, String> LIKELY_STATE_OF_LANGUAGE = java.util.Map.of("hr", "HR");

    /**
     * The bodies named at tokens no accepted match and no name in {@code used} covers; each of the country
     * written right after it or by an adjective right before it, else of the one state whose language the story
     * is in, else of none.
     */
    static List<Found> find(Tokens tokens, List<Match> accepted, Set<Integer> used, String language) {
        boolean[] covered = new boolean[tokens.size()];
        // a title covers nothing: the body in "претседателот на Собранието" is named although it makes a title;
        // nor does a place: a body's word read as an inflected town ("Βουλή" as Βούλα) is the body (see isPlaceOnly)
        for (Match m : accepted) {
            for (int k = 0; k < m.targets().size(); k++) {
                Target t = m.targets().get(k);
                if (t.kind() != Kind.TITLE && t.kind() != Kind.PLACE) {
                    java.util.Arrays.fill(covered, m.from(), m.to() + 1, true);
                    break;
                }
            }
        }
        List<Found> out = new ArrayList<>();
        boolean[] blocked = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i] || !OPENERS.contains(tokens.key(i))) {
                continue;
            }
            List<Phrase> candidates = BY_FIRST_WORD.get(tokens.key(i));
            if (NativeMinistries.HEADS.contains(tokens.key(i)) && !used.contains(i)) {
                // a ministry the phrases below do not name is read by its portfolios ("Министерството на земеделието")
                if (blocked == null) {
                    blocked = covered.clone();
                    for (int u : used) {
                        if (u >= 0 && u < blocked.length) {
                            blocked[u] = true;
                        }
                    }
                }
                boolean phrase = false;
                for (Phrase p : candidates == null ? List.<Phrase>of() : candidates) {
                    phrase |= fits(p, tokens, covered, used, i);
                }
                if (!phrase) {
                    NativeMinistries.Found m = NativeMinistries.at(tokens, i, blocked);
                    if (m != null) {
                        String written = countryAfter(tokens, accepted, m.to() + 1, language);
                        written = written != null ? written : demonymBefore(accepted, i);
                        out.add(new Found(m.from(), m.to(), m.english(), written != null ? written : STATE_OF_LANGUAGE.get(language),
                                LIKELY_STATE_OF_LANGUAGE.get(language), false));
                        i = m.to();
                        continue;
                    }
                }
            }
            if (candidates == null) {
                continue;
            }
            for (Phrase p : candidates) {
                int last = i + p.words().size() - 1;
                if (fits(p, tokens, covered, used, i)) {
                    String written = countryAfter(tokens, accepted, last + 1, language);
                    written = written != null ? written : demonymBefore(accepted, i);
                    // a ministry is qualified with its country when the knowledge base lacks it, as one read by its
                    // portfolios is ("Ministarstvo finansija" in a Serbian story is the Ministry of Finance of Serbia)
                    out.add(new Found(i, last, p.english(), written != null ? written : STATE_OF_LANGUAGE.get(language),
                            LIKELY_STATE_OF_LANGUAGE.get(language), !p.english().startsWith(MINISTRY_OF)));
                    i = last;
                    break;
                }
            }
        }
        // a headline's "Министерството за образование" is the body's "Министерството за образование и наука"
        for (int k = 0; k < out.size(); k++) {
            Found f = out.get(k);
            if (!f.knownOnly()) {
                for (Found longer : out) {
                    if (!longer.knownOnly() && (longer.english().startsWith(f.english() + " and ")
                            || longer.english().startsWith(f.english() + ", "))) {
                        out.set(k, new Found(f.from(), f.to(), longer.english(), f.country(), f.fallback(), false));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static final Set<String> ALBANIAN_ARTICLES = Set.of("e", "i", "se", "te");
    /** Bulgarian and Macedonian write a body's state after "на" (of): "Министерството за надворешни работи на Бугарија" */
    private static final Set<String> OF_LANGUAGES = Set.of("bg", "mk");
    private static final String OF = Folding.get().key("на");

    /** Whether a match names places only: one inside a native body's words is taken back (UnknownNamesPass). */
    static boolean isPlaceOnly(Match m) {
        return m.targets().stream().allMatch(t -> t.kind() == Kind.PLACE);
    }

    /** Whether tokens {@code from..to} are exactly a body's words in a Balkan language ("Gjykata e Apelit"). */
    static boolean namesBody(Tokens tokens, int from, int to) {
        List<Phrase> candidates = BY_FIRST_WORD.get(tokens.key(from));
        if (candidates != null) {
            for (Phrase p : candidates) {
                if (from + p.words().size() - 1 == to && fits(p, tokens, new boolean[tokens.size()], Set.of(), from)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether phrase {@code p} names the body at token {@code i}. */
    private static boolean fits(Phrase p, Tokens tokens, boolean[] covered, Set<Integer> used, int i) {
        int last = i + p.words().size() - 1;
        if (last >= tokens.size() || (p.capitalised() && !tokens.capitalised(i))) {
            return false;
        }
        if (ALONE.contains(p.english()) && last + 1 < tokens.size() && tokens.capitalised(last + 1)
                && !tokens.sentenceStart(last + 1) && !tokens.afterComma(last + 1)) {
            return false;
        }
        for (int k = 0; k < p.words().size(); k++) {
            if (covered[i + k] || used.contains(i + k) || !p.words().get(k).contains(tokens.key(i + k))) {
                return false;
            }
        }
        return true;
    }

    /** The country written right after a body's last token {@code to} ("... на Бугарија", "... e Shqipërisë"), or null. */
    static String stateWrittenAfter(Tokens tokens, List<Match> accepted, int to, String language) {
        if (to + 1 >= tokens.size() || tokens.sentenceStart(to + 1) || tokens.afterComma(to + 1)) {
            return null; // "... at the foreign ministry, known as Itamaraty. Argentine ..." names no state of it
        }
        return countryAfter(tokens, accepted, to + 1, language);
    }

    /**
     * The country named at token {@code i}, or after an Albanian article there ("Ministria e Bujqësisë e
     * Shqipërisë"), or after Bulgarian and Macedonian "на".
     */
    private static String countryAfter(Tokens tokens, List<Match> accepted, int i, String language) {
        String c = countryAt(accepted, i);
        if (c == null && i < tokens.size() && (ALBANIAN_ARTICLES.contains(tokens.key(i))
                || OF_LANGUAGES.contains(language) && OF.equals(tokens.key(i)))) {
            c = countryAt(accepted, i + 1);
        }
        return c;
    }

    /** The country of an adjective right before token {@code i}: "του τουρκικού Υπουργείου Εξωτερικών", "srpskog Ministarstva". */
    private static String demonymBefore(List<Match> accepted, int i) {
        return refOf(accepted, m -> m.to() == i - 1, Kind.DEMONYM);
    }

    /** The country a match starting at token {@code i} names ("Ministarstvo odbrane Srbije"), or null. */
    private static String countryAt(List<Match> accepted, int i) {
        return refOf(accepted, m -> m.from() == i, Kind.COUNTRY);
    }

    /** The ref of the first {@code kind} meaning of an accepted match {@code where} picks, or null. */
    private static String refOf(List<Match> accepted, java.util.function.Predicate<Match> where, Kind kind) {
        for (Match m : accepted) {
            if (where.test(m)) {
                for (Target t : m.targets()) {
                    if (t.kind() == kind) {
                        return t.ref();
                    }
                }
            }
        }
        return null;
    }
}
