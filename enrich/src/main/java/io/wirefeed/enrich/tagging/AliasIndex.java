package io.wirefeed.enrich.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every alias of the knowledge base compiled into one token trie over base-form keys, plus a table from
 * each inflected form to its base forms. Matching is one pass over the tokens: at each token the longest
 * alias that starts there (in any inflection) wins, and matching resumes after it.
 */
public final class AliasIndex {

    /** What an alias must look like in the text to count. */
    public enum CaseRule {
        /** any case: demonym adjectives and title words are written in lower case in most languages */
        ANY,
        /**
         * every word the alias writes with a capital starts with a capital in the text: names ("Serbian
         * Government" is the body, "the Serbian government" a description)
         */
        CAPITALISED,
        /** every token in capitals: acronyms such as EU, SNS, RS */
        ALL_CAPS,
        /**
         * an organisation whose name is an acronym: in capitals, or capitalised as some wires write it ("Janaf")
         * but then without letters the acronym lacks ("Naša" is no NASA)
         */
        ACRONYM_NAME
    }

    /** What an alias stands for. */
    public enum Kind { PERSON, ORGANISATION, COUNTRY, REGION, PLACE, SURNAME, DEMONYM, TITLE }

    /**
     * One meaning of an alias.
     *
     * @param ref       index into the knowledge-base list of that kind, or a code/slug/role
     * @param inflected whether inflected forms of the alias count
     * @param capitals  {@link CaseRule#CAPITALISED}: a bit for each word that needs its capital; {@link CaseRule#ALL_CAPS}:
     *                  {@link #NATIVE_SCRIPT} for an acronym in Cyrillic or Greek
     * @param baseName  an organisation's name without its country qualifier ("Social Democrats" for "Social
     *                  Democrats (Slovenia)"): it counts only where the story refers to that country
     */
    public record Target(Kind kind, String ref, CaseRule caseRule, boolean inflected, int capitals, boolean baseName) {
        public Target(Kind kind, String ref, CaseRule caseRule, boolean inflected) {
            this(kind, ref, caseRule, inflected, 1, false);
        }

        /** The bare base name of a country-qualified organisation's name. */
        public static Target baseName(String orgRef) {
            return new Target(Kind.ORGANISATION, orgRef, CaseRule.CAPITALISED, true, 1, true);
        }
    }

    /** A match: tokens {@code from} to {@code to} inclusive, with every meaning whose rules the text meets. */
    public record Match(int from, int to, List<Target> targets) {}

    private static final class Node {
        Map<String, Node> next;
        List<Target> targets;
    }

    private static final String[] NONE = new String[0];

    /**
     * A form's base forms and, once the index is frozen, the trie's first-word node of each (null when none has
     * one): every token starts a walk at the root, so its children are looked up once here, not per story. The
     * form's adjective bases and their first-word nodes are kept here too, so that a token costs one lookup in
     * this large table, not two, and none in the root's.
     */
    private static final class Forms {
        String[] bases;
        Node[] roots;
        /**
         * the words of longer names whose adjective case form this is: a word so reached is never a name's last
         * word ("Gradskog" is the city's, not the town of Gradsko, whose name is also a word of "Opština Gradsko")
         */
        String[] adjectiveBases = NONE;
        Node[] adjectiveRoots;

        Forms(String... bases) {
            this.bases = bases;
        }
    }

    private static final Forms NO_FORMS = new Forms();

    private final Node root = new Node();
    private final Map<String, Forms> bases;
    /** whether every {@link Forms#roots} is up to date: {@link #add} clears it, {@link #match} restores it */
    private volatile boolean frozen;
    private final java.util.Set<String> inflectedKeys = new java.util.HashSet<>();
    /** words of longer names given their adjective forms ({@link Inflector#adjectiveInName}) */
    private final java.util.Set<String> adjectiveKeys = new java.util.HashSet<>();
    private int aliases;

    public AliasIndex() {
        this(16);
    }

    /** An index sized for about {@code forms} words and inflected forms: no rehashing while the knowledge base is compiled. */
    public AliasIndex(int forms) {
        this.bases = new HashMap<>(forms * 4 / 3 + 1);
    }

    /** Adds an alias; returns false when the alias has no word in it. */
    public boolean add(String alias, Target target) {
        Tokens t = Tokens.of(alias);
        if (t.size() == 0) {
            return false;
        }
        frozen = false;
        if (target.caseRule() == CaseRule.CAPITALISED) {
            int capitals = 0;
            for (int i = 0; i < Math.min(t.size(), 31); i++) {
                capitals |= t.capitalised(i) ? 1 << i : 0;
            }
            // an alias that opens in lower case but has a capital ("bTV", "easyJet", "eu-LISA") or is a domain name
            // ("lajmi.net") is written so: no capital needed
            boolean lowerLed = capitals == 0 && Character.isLowerCase(alias.codePointAt(0))
                    && (!alias.equals(alias.toLowerCase(java.util.Locale.ROOT)) || DOMAIN.matcher(alias).matches());
            target = new Target(target.kind(), target.ref(), target.caseRule(), target.inflected(),
                    capitals == 0 && !lowerLed ? 1 : capitals, target.baseName());
        } else if (target.caseRule() == CaseRule.ALL_CAPS && nonLatin(alias)) {
            // "СДС" is Bulgaria's party, "SDS" Slovenia's: an acronym in Cyrillic or Greek is not read in Latin letters
            target = new Target(target.kind(), target.ref(), target.caseRule(), target.inflected(), NATIVE_SCRIPT,
                    target.baseName());
        }
        Node node = root;
        boolean greek = target.inflected() && greek(alias);
        for (int i = 0; i < t.size(); i++) {
            String key = t.key(i);
            registerForms(key, target.inflected(), t.size() > 1);
            if (i < t.size() - 1 && target.inflected() && target.kind() != Kind.PERSON && adjectiveKeys.add(key)) {
                for (String form : Inflector.adjectiveInName(key)) {
                    addAdjectiveBase(form, key); // people's names do not decline as adjectives in -i and -o
                }
            }
            if (greek) {
                registerGreekGenitive(key, t.size() > 1);
            }
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(key, k -> new Node());
        }
        if (node.targets == null) {
            node.targets = new ArrayList<>(2);
        }
        if (!node.targets.contains(target)) {
            node.targets.add(target);
            aliases++;
        }
        return true;
    }

    /**
     * Albanian links a name's words by an article that agrees with the case of the word before it: "Qeveria e
     * Kosovës" is "Qeverisë së Kosovës", "Kuvendi i Shqipërisë" is "Kuvendit të Shqipërisë" (folded keys)
     */
    private static final java.util.List<String> ALBANIAN_LINKS = java.util.List.of("i", "e", "te", "se");

    private void registerForms(String key, boolean inflect, boolean partOfLongerName) {
        addBase(key, key);
        if (inflect && partOfLongerName && ALBANIAN_LINKS.contains(key) && inflectedKeys.add(key)) {
            ALBANIAN_LINKS.forEach(link -> addBase(link, key));
        }
        // most words recur across aliases (first names, "Republic", "of"): inflect each one once
        int minLength = partOfLongerName ? SHORT_WORD : Inflector.MIN_STEM + 1;
        if (inflect && key.length() >= minLength && inflectedKeys.add(key)) {
            for (String form : Inflector.forms(key, minLength)) {
                addBase(form, key);
            }
        }

    }

    /**
     * The Greek genitive of a word of a name written in Greek, as folded keys (ου folds to "oy", which the suffix
     * rules do not write): "Λιμενικό" → "Λιμενικού", "Κόμπος" → "Κόμπου", "Νέα Δημοκρατία" → "Νέας Δημοκρατίας",
     * "Βουλή" → "Βουλής". Only for names written in Greek: a Latin "Hama" gets no "Hamas".
     */
    private void registerGreekGenitive(String key, boolean partOfLongerName) {
        int n = key.length();
        if (n < (partOfLongerName ? SHORT_WORD : Inflector.MIN_STEM + 1)) {
            return;
        }
        if (key.endsWith("os")) {
            addBase(key.substring(0, n - 2) + "oy", key);
        } else if (key.endsWith("o")) {
            addBase(key + "y", key);
        } else if (key.endsWith("a") || key.endsWith("i")) {
            addBase(key + "s", key);
        }
    }

    /** Whether {@code s} has a Greek letter. */
    static boolean greek(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0370 && c < 0x0400) {
                return true;
            }
        }
        return false;
    }

    /** Words this short are inflected only inside longer names, and never match alone through an inflected form. */
    private static final int SHORT_WORD = 3;

    private void addBase(String form, String base) {
        Forms known = bases.get(form);
        if (known == null) {
            bases.put(form, new Forms(base));
            return;
        }
        for (String b : known.bases) {
            if (b.equals(base)) {
                return;
            }
        }
        String[] more = java.util.Arrays.copyOf(known.bases, known.bases.length + 1);
        more[known.bases.length] = base;
        known.bases = more;
    }

    /** Looks up the first-word node of every form's base forms; run before matching, after the last alias is added. */
    synchronized void freeze() {
        if (frozen) {
            return;
        }
        for (Forms f : bases.values()) {
            f.roots = rootsOf(f.bases);
            f.adjectiveRoots = rootsOf(f.adjectiveBases);
        }
        frozen = true;
    }

    /** The root's child of each of {@code words} (null where it has none); null when it has none of them. */
    private Node[] rootsOf(String[] words) {
        Node[] roots = null;
        for (int k = 0; k < words.length; k++) {
            Node child = root.next == null ? null : root.next.get(words[k]);
            if (child != null) {
                roots = roots == null ? new Node[words.length] : roots;
                roots[k] = child;
            }
        }
        return roots;
    }

    private void addAdjectiveBase(String form, String base) {
        Forms known = bases.computeIfAbsent(form, f -> new Forms());
        for (String b : known.adjectiveBases) {
            if (b.equals(base)) {
                return;
            }
        }
        String[] more = java.util.Arrays.copyOf(known.adjectiveBases, known.adjectiveBases.length + 1);
        more[known.adjectiveBases.length] = base;
        known.adjectiveBases = more;
    }

    public int size() {
        return aliases;
    }

    /**
     * Whether tokens {@code from}..{@code to} are one of {@code target}'s aliases as written, not reached only
     * through an inflected form ("Tena" is a case form of India's "Teni" by the Slavic rules).
     */
    boolean writtenAsAlias(Tokens tokens, int from, int to, Target target) {
        Node node = root;
        for (int i = from; i <= to; i++) {
            node = node.next == null ? null : node.next.get(tokens.key(i));
            if (node == null) {
                return false;
            }
        }
        if (node.targets != null) {
            for (Target t : node.targets) {
                if (t.kind() == target.kind() && t.ref().equals(target.ref())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every alias match in {@code tokens}, longest first at each position, left to right. */
    public void match(Tokens tokens, Consumer<Match> out) {
        if (!frozen) {
            freeze();
        }
        // each token's base forms, looked up once: a walk from one token reads the next ones again
        Forms[] candidates = new Forms[tokens.size()];
        int i = 0;
        List<Target> found = new ArrayList<>(4);
        while (i < tokens.size()) {
            found.clear();
            int end = walk(tokens, candidates, i, i, root, true, -1, found);
            if (end >= 0) {
                out.accept(new Match(i, end, List.copyOf(found)));
                i = end + 1;
            } else {
                i++;
            }
        }
    }

    private Forms forms(Tokens tokens, Forms[] cache, int i) {
        Forms f = cache[i];
        if (f == null) {
            f = bases.getOrDefault(tokens.key(i), NO_FORMS);
            cache[i] = f;
        }
        return f;
    }

    /**
     * Depth-first over the alternative base forms of each token (usually one), from token {@code from}:
     * {@code best} is the end of the longest alias found so far, whose targets are in {@code found}.
     */
    private int walk(Tokens tokens, Forms[] cache, int from, int i, Node node, boolean exact, int best, List<Target> found) {
        if (i >= tokens.size() || node.next == null) {
            return best;
        }
        Forms forms = forms(tokens, cache, i);
        Node[] adjectiveRoots = node == root ? forms.adjectiveRoots : null;
        if (i + 1 < tokens.size() && (node != root || adjectiveRoots != null)) {
            for (int k = 0; k < forms.adjectiveBases.length; k++) {
                Node child = adjectiveRoots != null ? adjectiveRoots[k] : node.next.get(forms.adjectiveBases[k]);
                if (child != null) {
                    best = walk(tokens, cache, from, i + 1, child, false, best, found);
                }
            }
        }
        String key = tokens.key(i);
        Node[] roots = node == root ? forms.roots : null;
        if (node == root && roots == null) {
            return best; // no base form of this word opens an alias
        }
        for (int k = 0; k < forms.bases.length; k++) {
            String base = forms.bases[k];
            Node child = roots != null ? roots[k] : node.next.get(base);
            if (child == null) {
                continue;
            }
            boolean childExact = exact && base.equals(key);
            boolean shortAlone = i == from && !childExact && base.length() <= Inflector.MIN_STEM;
            if (child.targets != null && !shortAlone) {
                for (Target t : child.targets) {
                    if ((childExact || t.inflected()) && fits(t, tokens, from, i)) {
                        if (i > best) {
                            best = i;
                            found.clear();
                        }
                        if (i == best && !found.contains(t)) {
                            found.add(t);
                        }
                    }
                }
            }
            best = walk(tokens, cache, from, i + 1, child, childExact, best, found);
        }
        return best;
    }

    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile("[\\p{L}0-9-]+\\.[a-z]{2,6}");

    /** {@link Target#capitals()} of an acronym written in Cyrillic or Greek: it matches only text in those scripts */
    static final int NATIVE_SCRIPT = 0;

    private static boolean fits(Target target, Tokens tokens, int from, int to) {
        return switch (target.caseRule()) {
            case ANY -> true;
            case CAPITALISED -> {
                for (int i = from; i <= to && i - from < 31; i++) {
                    boolean needed = (target.capitals() & (1 << (i - from))) != 0;
                    if (needed && !tokens.capitalised(i) && !Character.isDigit(tokens.text.charAt(tokens.start(i)))) {
                        yield false;
                    }
                }
                yield true;
            }
            case ACRONYM_NAME -> {
                for (int i = from; i <= to; i++) {
                    if (!tokens.allCaps(i) && !(tokens.capitalised(i) && ascii(tokens, i))) {
                        yield false;
                    }
                }
                yield true;
            }
            case ALL_CAPS -> {
                if (target.capitals() == NATIVE_SCRIPT && tokens.text.charAt(tokens.start(from)) < 0x370) {
                    yield false;
                }
                for (int i = from; i <= to; i++) {
                    if (!tokens.allCaps(i) && !(tokens.end(i) - tokens.start(i) == 1 && tokens.capitalised(i))) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    /** Whether {@code alias} has a letter of Greek, Cyrillic or a later script. */
    private static boolean nonLatin(String alias) {
        return alias.chars().anyMatch(c -> c >= 0x370 && Character.isLetter(c));
    }

    private static boolean ascii(Tokens tokens, int i) {
        for (int k = tokens.start(i); k < tokens.end(i); k++) {
            if (tokens.text.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
