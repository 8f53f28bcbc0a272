package io.wirefeed.enrich.tagging;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The matching key of a character: lower case ({@link Locale#ROOT}), diacritics removed (č ć → c, đ → dj,
 * ç → c, ë → e), Serbian, Macedonian, Bulgarian and Russian Cyrillic and Greek transliterated to Latin, so
 * one alias list serves every script. ICU's transliterators run once per character when the table is
 * built; tagging only reads the table.
 */
public final class Folding {
    private static final Map<Character, String> SPECIAL = Map.ofEntries(
            Map.entry('đ', "dj"), Map.entry('Đ', "dj"), Map.entry('ł', "l"), Map.entry('Ł', "l"),
            Map.entry('ø', "o"), Map.entry('Ø', "o"), Map.entry('æ', "ae"), Map.entry('Æ', "ae"),
            Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('ß', "ss"), Map.entry('ı', "i"),
            Map.entry('þ', "th"), Map.entry('ð', "d"),
            // Macedonian and Bulgarian letters that Serbian lacks, as their own BGN romanisations write them
            Map.entry('ѓ', "gj"), Map.entry('Ѓ', "gj"), Map.entry('ќ', "kj"), Map.entry('Ќ', "kj"),
            Map.entry('ѕ', "dz"), Map.entry('Ѕ', "dz"), Map.entry('ъ', "a"), Map.entry('Ъ', "a"),
            Map.entry('щ', "sht"), Map.entry('Щ', "sht"), Map.entry('ь', ""), Map.entry('Ь', ""));
    private static final int SIZE = 0x2000;
    private static final Folding INSTANCE = new Folding();

    /** Key text per char; null where the char is not part of a word. */
    private final String[] table = new String[SIZE];

    private Folding() {
        Transliterator serbian = Transliterator.getInstance("Serbian-Latin/BGN");
        Transliterator russian = Transliterator.getInstance("Russian-Latin/BGN");
        Transliterator greek = Transliterator.getInstance("Greek-Latin/UNGEGN");
        for (int c = 0; c < SIZE; c++) {
            char ch = (char) c;
            if (!Character.isLetterOrDigit(ch)) {
                continue;
            }
            String s = String.valueOf(ch);
            if (SPECIAL.containsKey(ch)) {
                s = SPECIAL.get(ch);
            } else if (Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC) {
                String t = serbian.transliterate(s);
                s = t.equals(s) ? russian.transliterate(s) : t;
            } else if (Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.GREEK
                    || Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.GREEK_EXTENDED) {
                s = greek.transliterate(s);
            }
            table[c] = strip(s);
        }
    }

    public static Folding get() {
        return INSTANCE;
    }

    private static String strip(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String special = SPECIAL.get(c);
            out.append(special != null ? special : Character.isLetterOrDigit(c) ? String.valueOf(c) : "");
        }
        return out.toString().toLowerCase(Locale.ROOT);
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
