package io.wirefeed.enrich.tagging;

import java.util.Arrays;

/**
 * A text cut into word tokens, in parallel arrays to keep tagging allocation low: UTF-16 offsets, the
 * matching key of each token and its shape (capitalised, all capitals, first of a sentence).
 */
public final class Tokens {
    static final int CAPITALISED = 1;
    static final int ALL_CAPS = 2;
    static final int SENTENCE_START = 4;
    static final int AFTER_COMMA = 8;

    final String text;
    int size;
    int[] start;
    int[] end;
    String[] key;
    byte[] shape;

    private Tokens(String text) {
        this.text = text;
        // about one token per six characters of running text; aliases are a few words
        int capacity = Math.max(4, text.length() / 6);
        start = new int[capacity];
        end = new int[capacity];
        key = new String[capacity];
        shape = new byte[capacity];
    }

    /** Tokenises {@code text}: a token is a run of letters and digits of any script. */
    public static Tokens of(String text) {
        Folding folding = Folding.get();
        Tokens t = new Tokens(text);
        char[] chars = text.toCharArray(); // read once, not through charAt's checks for each character
        char[] k = new char[64];
        boolean sentenceStart = true;
        boolean comma = false;
        int i = 0;
        int n = chars.length;
        while (i < n) {
            char c = chars[i];
            if (!folding.isWordChar(c)) {
                // the full stop of an initial ends no sentence: "Melvin D. Smith", "J. R. Whitaker"
                boolean initial = c == '.' && t.size > 0 && t.end[t.size - 1] == i && i - t.start[t.size - 1] == 1
                        && (t.shape[t.size - 1] & CAPITALISED) != 0;
                if ((c == '.' && !initial) || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“' || c == '„') {
                    sentenceStart = true;
                }
                if (c == ',' || c == ';' || c == '(' || c == ')' || c == '–' || c == '—') {
                    comma = true;
                }
                i++;
                continue;
            }
            int s = i;
            boolean upperFirst = Character.isUpperCase(c) || Character.isTitleCase(c);
            boolean allUpper = true;
            int len = 0;
            while (i < n) {
                char ch = chars[i];
                if (ch < 0x80) {
                    // ASCII, most of the text: the folding table's rule without its lookups
                    if (ch >= 'a' && ch <= 'z') {
                        allUpper = false;
                    } else if (ch >= 'A' && ch <= 'Z') {
                        ch += 32;
                    } else if (ch < '0' || ch > '9') {
                        break;
                    }
                    if (len == k.length) {
                        k = Arrays.copyOf(k, k.length * 2);
                    }
                    k[len++] = ch;
                    i++;
                    continue;
                }
                if (!folding.isWordChar(ch)) {
                    break;
                }
                if (Character.isLowerCase(ch)) {
                    allUpper = false;
                }
                int next = folding.append(ch, k, len);
                if (next < 0) {
                    k = Arrays.copyOf(k, k.length * 2);
                    continue;
                }
                len = next;
                i++;
            }
            if (upperFirst && allUpper && i - s > 1) {
                i = caseEndingEnd(text, i); // "MUP-a Srbije" is "MUP Srbije" declined
            }
            int shape = (upperFirst ? CAPITALISED : 0) | (upperFirst && allUpper && i - s > 1 ? ALL_CAPS : 0)
                    | (sentenceStart ? SENTENCE_START : 0) | (comma ? AFTER_COMMA : 0);
            t.add(s, i, new String(k, 0, len), shape);
            sentenceStart = false;
            comma = false;
        }
        return t;
    }

    /** Whether token {@code i} is written joined to the one before by a hyphen: "ho" in "Min-ho", "Kurdish" in "pro-Kurdish". */
    boolean joinedByHyphen(int i) {
        return i > 0 && start(i) == end(i - 1) + 1 && text.charAt(end(i - 1)) == '-';
    }

    /** the longest case ending South Slavic and Albanian copy hyphenate to an acronym: "NATO-u", "MUP-om", "OKB-së" */
    private static final int MAX_CASE_ENDING = 3;

    /**
     * Where an acronym ending at {@code i} ends with the case ending hyphenated to it ("MUP-a", "HDZ-om", "ЕУ-то",
     * "OKB-ja"): after one to three lower-case letters that end the word; {@code i} when none follows. The ending
     * is part of the token's text, not of its key, so "MUP-a Srbije" matches "MUP Srbije".
     */
    private static int caseEndingEnd(String text, int i) {
        if (i + 1 >= text.length() || text.charAt(i) != '-') {
            return i;
        }
        int j = i + 1;
        while (j < text.length() && j - i - 1 < MAX_CASE_ENDING + 1 && Character.isLowerCase(text.charAt(j))) {
            j++;
        }
        int letters = j - i - 1;
        boolean wordEnds = j == text.length() || !Folding.get().isWordChar(text.charAt(j));
        return letters >= 1 && letters <= MAX_CASE_ENDING && wordEnds ? j : i;
    }

    private void add(int s, int e, String k, int sh) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            key = Arrays.copyOf(key, cap);
            this.shape = Arrays.copyOf(this.shape, cap);
        }
        start[size] = s;
        end[size] = e;
        key[size] = k;
        shape[size] = (byte) sh;
        size++;
    }

    public int size() {
        return size;
    }

    public String key(int i) {
        return key[i];
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    public boolean capitalised(int i) {
        return (shape[i] & CAPITALISED) != 0;
    }

    public boolean allCaps(int i) {
        return (shape[i] & ALL_CAPS) != 0;
    }

    public boolean sentenceStart(int i) {
        return (shape[i] & SENTENCE_START) != 0;
    }

    /** True when a comma, bracket or dash stands between token {@code i - 1} and token {@code i}. */
    public boolean afterComma(int i) {
        return (shape[i] & AFTER_COMMA) != 0;
    }

    /** The text as written from token {@code from} to token {@code to} (inclusive). */
    public String surface(int from, int to) {
        return text.substring(start[from], end[to]);
    }
}
