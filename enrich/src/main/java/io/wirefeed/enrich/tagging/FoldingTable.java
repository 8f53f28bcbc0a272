package io.wirefeed.enrich.tagging;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The key of every character below U+2000 that belongs to a word ({@link Folding}'s table). {@link #computed()}
 * makes it with ICU's transliterators; the tagger reads the same table from the class-path file
 * {@value #RESOURCE}, because loading ICU's rules was a tenth of the knowledge base's cold start.
 * {@code FoldingTableTest} checks the file against {@link #computed()}; {@link #main} rewrites it.
 */
final class FoldingTable {
    static final int SIZE = 0x2000;
    static final String RESOURCE = "tagging/folding.tsv";

    private static final Map<Character, String> SPECIAL = Map.ofEntries(
            Map.entry('đ', "dj"), Map.entry('Đ', "dj"), Map.entry('ł', "l"), Map.entry('Ł', "l"),
            Map.entry('ø', "o"), Map.entry('Ø', "o"), Map.entry('æ', "ae"), Map.entry('Æ', "ae"),
            Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('ß', "ss"), Map.entry('ı', "i"),
            Map.entry('þ', "th"), Map.entry('ð', "d"),
            // Macedonian and Bulgarian letters that Serbian lacks, as their own BGN romanisations write them
            Map.entry('ѓ', "gj"), Map.entry('Ѓ', "gj"), Map.entry('ќ', "kj"), Map.entry('Ќ', "kj"),
            Map.entry('ѕ', "dz"), Map.entry('Ѕ', "dz"), Map.entry('ъ', "a"), Map.entry('Ъ', "a"),
            Map.entry('щ', "sht"), Map.entry('Щ', "sht"), Map.entry('ь', ""), Map.entry('Ь', ""));

    private static final String HEADER = "# The matching key of each word character below U+2000, in hex (see Folding): lower case,\n"
            + "# no diacritics, Cyrillic and Greek transliterated (ICU Serbian-Latin/BGN, Russian-Latin/BGN, Greek-Latin/UNGEGN).\n"
            + "# Made by FoldingTable.main; FoldingTableTest fails when it is out of date.\n";

    private FoldingTable() {}

    /** The table: key text per char, null where the char is not part of a word. */
    static String[] load() {
        try (InputStream in = FoldingTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? computed() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The table made by ICU's transliterators, once per character. */
    static String[] computed() {
        String[] table = new String[SIZE];
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
        return table;
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

    /** One line a word character: its code in hex, a tab, its key (empty for a soft sign). */
    static String format(String[] table) {
        StringBuilder out = new StringBuilder(HEADER);
        for (int c = 0; c < table.length; c++) {
            if (table[c] != null) {
                out.append(Integer.toHexString(c)).append('\t').append(table[c]).append('\n');
            }
        }
        return out.toString();
    }

    static String[] parse(String text) {
        String[] table = new String[SIZE];
        int i = 0;
        while (i < text.length()) {
            int eol = text.indexOf('\n', i);
            int end = eol < 0 ? text.length() : eol;
            if (end > i && text.charAt(i) != '#') {
                int tab = text.indexOf('\t', i);
                table[Integer.parseInt(text, i, tab, 16)] = text.substring(tab + 1, end);
            }
            i = end + 1;
        }
        return table;
    }

    /** Rewrites the table file: {@code FoldingTable enrich/src/main/resources/tagging/folding.tsv}. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), format(computed()), StandardCharsets.UTF_8);
    }
}
