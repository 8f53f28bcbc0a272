package io.wirefeed.enrich.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Ordinary words of each language that are also a place's or an organisation's one-word name
 * ({@code kb/common-words.tsv}, made by {@code tools/common-words.py} from Debian's Hunspell dictionaries):
 * "Razlog" capitalised may be "Reason" opening a headline rather than the Bulgarian town, "Danas" "Today"
 * rather than the daily. Keys are folded like every alias.
 */
final class CommonWords {
    private final Map<String, Set<String>> byLanguage = new HashMap<>();

    static CommonWords load() {
        CommonWords words = new CommonWords();
        try (InputStream in = CommonWords.class.getClassLoader().getResourceAsStream("kb/common-words.tsv")) {
            if (in == null) {
                return words; // a knowledge base without the list: no word is ruled out
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Folding folding = Folding.get();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                int tab = line.indexOf('\t');
                words.byLanguage.computeIfAbsent(line.substring(0, tab), k -> new HashSet<>()).add(folding.key(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kb/common-words.tsv", e);
        }
        return words;
    }

    /** Whether there is a word list for {@code language}. */
    boolean hasLanguage(String language) {
        return language != null && byLanguage.containsKey(language);
    }

    /** Whether the folded {@code key} is an ordinary word of any language with a list. */
    boolean inAnyLanguage(String key) {
        for (Set<String> words : byLanguage.values()) {
            if (words.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the folded {@code key} is an ordinary word of {@code language} ("sr-Latn", "en"). */
    boolean contains(String language, String key) {
        Set<String> words = language == null ? null : byLanguage.get(language);
        return words != null && words.contains(key);
    }
}
