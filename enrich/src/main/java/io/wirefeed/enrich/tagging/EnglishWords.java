package io.wirefeed.enrich.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.BitSet;

/**
 * English words ({@code kb/english-words.txt}, made by {@code tools/english-words.py} from Debian's Hunspell
 * en_US dictionary). Ordinary words are its lower-case entries and the capitalised ones that take a plural
 * ("Muslims"): a capitalised word among them is no part of a person's name ("Floods", "Galaxy", "Holds"). The
 * other capitalised entries are proper nouns the dictionary knows ("Nguyen", "Hezbollah"). A run of capitalised
 * words the dictionary does not list at all may be a person's name ("Kiprono Chebet"). Kept as one sorted block of letters searched by halves: some 130,000 words in 1.7 MB,
 * where a hash set of strings would take ten.
 */
final class EnglishWords {
    private static final EnglishWords NONE = new EnglishWords(new byte[0], new int[] {0}, new BitSet());

    /** the words' letters, one after another, in sorted order */
    private final byte[] letters;
    /** where each word starts in {@link #letters}; one more entry than words, the end */
    private final int[] starts;
    /** the words that are proper nouns only */
    private final BitSet proper;

    private EnglishWords(byte[] letters, int[] starts, BitSet proper) {
        this.letters = letters;
        this.starts = starts;
        this.proper = proper;
    }

    static EnglishWords load() {
        byte[] file;
        try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream("kb/english-words.txt")) {
            if (in == null) {
                return NONE; // a knowledge base without the list: no word is known
            }
            file = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kb/english-words.txt", e);
        }
        byte[] letters = new byte[file.length];
        int[] starts = new int[file.length / 4 + 2];
        BitSet proper = new BitSet();
        int words = 0;
        int size = 0;
        for (int i = 0; i < file.length; ) {
            int eol = i;
            while (eol < file.length && file[eol] != '\n') {
                eol++;
            }
            int end = eol > i && file[eol - 1] == '\r' ? eol - 1 : eol;
            if (end > i && file[i] != '#') {
                if (file[end - 1] == '*') {
                    proper.set(words);
                    end--;
                }
                if (words + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[words++] = size;
                System.arraycopy(file, i, letters, size, end - i);
                size += end - i;
            }
            i = eol + 1;
        }
        starts[words] = size;
        return new EnglishWords(Arrays.copyOf(letters, size), Arrays.copyOf(starts, words + 1), proper);
    }

    /** Whether the folded {@code key} is an ordinary English word ("beats", "muslims"), not a proper noun only. */
    boolean contains(String key) {
        int i = indexOf(key);
        return i >= 0 && !proper.get(i);
    }

    /** Whether the dictionary lists the folded {@code key} at all, as a word or as a proper noun ("nguyen"). */
    boolean lists(String key) {
        return indexOf(key) >= 0;
    }

    /** The number of words listed. */
    int size() {
        return starts.length - 1;
    }

    private int indexOf(String key) {
        int lo = 0;
        int hi = starts.length - 2;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Word {@code w} against {@code key}, as the list is sorted: by letter codes, a prefix first. */
    private int compare(int w, String key) {
        int s = starts[w];
        int length = starts[w + 1] - s;
        int n = Math.min(length, key.length());
        for (int i = 0; i < n; i++) {
            int d = (letters[s + i] & 0xff) - key.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return length - key.length();
    }
}
