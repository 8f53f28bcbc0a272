package io.wirefeed.enrich.tagging;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The matching key of a character: lower case ({@code Locale.ROOT}), diacritics removed (č ć → c, đ → dj,
 * ç → c, ë → e), Serbian, Macedonian, Bulgarian and Russian Cyrillic and Greek transliterated to Latin, so
 * one alias list serves every script. ICU's transliterators ran once per character when the table was
 * made ({@link FoldingTable}); tagging only reads the table.
 */
public final class Folding {
    private static final int SIZE = FoldingTable.SIZE;
    private static final Folding INSTANCE = new Folding();

    /** Key text per char; null where the char is not part of a word. */
    private final String[] table = FoldingTable.load();

    private Folding() {}

    public static Folding get() {
        return INSTANCE;
    }

    /** True when the char belongs to a word (letters and digits of any script). */
    public boolean isWordChar(char c) {
        return c < SIZE ? table[c] != null : Character.isLetterOrDigit(c);
    }

    /** Appends the key of {@code c} to {@code out}. */
    public void append(char c, StringBuilder out) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + 32));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        } else if (c < SIZE) {
            String t = table[c];
            if (t != null) {
                out.append(t);
            }
        } else if (Character.isLetterOrDigit(c)) {
            out.append(Character.toLowerCase(c));
        }
    }

    /**
     * Writes the key of {@code c} into {@code buf} at {@code pos}; returns the new position, or -1 when
     * {@code buf} is too small (the caller grows it and calls again).
     */
    public int append(char c, char[] buf, int pos) {
        if (c < 0x80) {
            if (pos >= buf.length) {
                return -1;
            }
            if (c >= 'A' && c <= 'Z') {
                buf[pos++] = (char) (c + 32);
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                buf[pos++] = c;
            }
            return pos;
        }
        String t = c < SIZE ? table[c] : Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : null;
        if (t == null) {
            return pos;
        }
        if (pos + t.length() > buf.length) {
            return -1;
        }
        t.getChars(0, t.length(), buf, pos);
        return pos + t.length();
    }

    /**
     * The keys of {@code words}, as a set: the word lists of the tagger's rules. Hashed, not {@code Set.copyOf}: a
     * rule reads its list for every token of every story, and an immutable set's probe divides.
     */
    public Set<String> keys(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(key(w));
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Maps the key of each of {@code words} to {@code value}, keeping a key already mapped. */
    public void putKeys(Map<String, String> into, String value, String... words) {
        for (String w : words) {
            into.putIfAbsent(key(w), value);
        }
    }

    /** The key of a whole string (words joined by single spaces). */
    public String key(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                append(c, out);
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
