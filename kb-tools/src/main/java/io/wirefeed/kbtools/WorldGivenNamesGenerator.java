package io.wirefeed.kbtools;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code kb/given-names-world.txt}: given names of Europe (the Balkans, Greece, Turkey, Central and
 * Eastern Europe above all), the Caucasus, Central Asia, the Arab world and Persia, Israel and Asia, the cue for
 * unknown people that the US list ({@code given-names.txt}) misses ("Dragoljub Vasiljević", "Besnik Rexhaj").
 *
 * <p>Source: Jörg Michael's {@code nam_dict.txt} (version 1.2 of 2008-11-30, the dictionary of the program
 * {@code gender.c} published with c't magazine), under the GNU Free Documentation License 1.2 or later with no
 * invariant sections; the file written is a modified version under the same licence (kb/NOTICE,
 * kb/licences/GFDL-1.2.txt). Each name there carries a frequency from 1 (rare) to D (2%+ of the people, a
 * logarithmic scale) in each of 55 countries or groups. A name is kept when it reaches {@code --min-freq} in
 * some country other than the US (the SSA data covers it), is one word of three letters or more, and is not an
 * ordinary word of a language the tagger reads (a lower-case entry of the Hunspell dictionaries given,
 * compared without case, diacritics or script, that none of them also lists as a name; in English any
 * lower-case entry), nor a
 * country, a region, a capital or a town of {@code --max-town} people, nor already in {@code --known} files.
 * Inflected forms are not listed: the tagger derives them ({@code Inflector}).
 *
 * <p>Run from the repository root, with {@code nam_dict.txt} from a copy of gender.c (here unpacked to /tmp)
 * and Debian's hunspell-en-us, -hr, -sr, -bs, -sl, -el, -ro, -bg installed:
 * <pre>
 * java -cp kb-tools/target/classes:$(ls kb-tools/target/lib/icu4j-*.jar) io.wirefeed.kbtools.WorldGivenNamesGenerator \
 *   --nam-dict /tmp/nam_dict.txt --min-freq 3 --max-town 100000 \
 *   --words /usr/share/hunspell/en_US.dic,/usr/share/hunspell/hr_HR.dic,/usr/share/hunspell/bs_BA.dic,/usr/share/hunspell/sr_Latn_RS.dic,/usr/share/hunspell/sr_RS.dic,/usr/share/hunspell/sl_SI.dic,/usr/share/hunspell/el_GR.dic,/usr/share/hunspell/ro_RO.dic,/usr/share/hunspell/bg_BG.dic \
 *   --places enrich/src/main/resources/kb/places.tsv \
 *   --countries enrich/src/main/resources/kb/countries.yaml,enrich/src/main/resources/kb/regions.yaml \
 *   --known enrich/src/main/resources/kb/given-names.txt,enrich/src/main/resources/kb/first-names.txt \
 *   --out enrich/src/main/resources/kb/given-names-world.txt
 * </pre>
 */
public final class WorldGivenNamesGenerator {
    /** The country columns of nam_dict.txt, from its column 31 (index 30) on, as its header lists them. */
    static final List<String> COLUMNS = List.of("GB", "IE", "US", "IT", "MT", "PT", "ES", "FR", "BE", "LU", "NL",
            "East Frisia", "DE", "AT", "CH", "IS", "DK", "NO", "SE", "FI", "EE", "LV", "LT", "PL", "CZ", "SK", "HU",
            "RO", "BG", "BA", "HR", "XK", "MK", "ME", "RS", "SI", "AL", "GR", "RU", "BY", "MD", "UA", "AM", "AZ",
            "GE", "Central Asia", "TR", "Arabia/Persia", "IL", "CN", "India/Sri Lanka", "JP", "KR", "VN", "other");
    private static final int FIRST_COLUMN = 30;
    /** A header line defining a letter outside Latin-1: "#    268 = <C^> or <CH>". */
    private static final Pattern LETTER = Pattern.compile("^#\\s+(\\d+) = (.*?)\\s*\\$?\\s*$");
    private static final Pattern CODE = Pattern.compile("<[^<>]{1,4}>");
    private static final Transliterator FOLD = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private WorldGivenNamesGenerator() {}

    /** A name of the dictionary with its highest frequency outside the US and the countries where it has it. */
    record Name(String name, int frequency, String countries) {}

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        int minFreq = Integer.parseInt(opt.get("--min-freq"));
        long maxTown = Long.parseLong(opt.get("--max-town"));
        List<Name> names = read(Path.of(opt.get("--nam-dict")));
        Set<String> words = new HashSet<>();
        Set<String> listedAsNames = new HashSet<>();
        for (String dic : opt.get("--words").split(",")) {
            boolean english = dic.endsWith("en_US.dic");
            words.addAll(dictionaryWords(Path.of(dic), english ? null : listedAsNames));
        }
        // "zoran" (clear) is an ordinary Croatian word, but the dictionaries also list the name Zoran
        words.removeAll(listedAsNames);
        Set<String> towns = GivenNamesGenerator.towns(Path.of(opt.get("--places")), maxTown);
        for (String yaml : opt.get("--countries").split(",")) {
            towns.addAll(GivenNamesGenerator.oneWordNames(Path.of(yaml)));
        }
        towns = fold(towns);
        Set<String> known = new HashSet<>();
        for (String f : opt.get("--known").split(",")) {
            Files.readAllLines(Path.of(f), StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#"))
                    .map(WorldGivenNamesGenerator::fold).forEach(known::add);
        }
        TreeSet<String> kept = new TreeSet<>();
        int rare = 0;
        int wordsDropped = 0;
        int townsDropped = 0;
        int knownDropped = 0;
        for (Name n : names) {
            String key = fold(n.name());
            if (n.frequency() < minFreq || !n.name().matches("\\p{L}[\\p{L}'’]+") || n.name().length() < 3) {
                rare++;
            } else if (words.contains(key)) {
                wordsDropped++;
            } else if (towns.contains(key)) {
                townsDropped++;
            } else if (known.contains(key)) {
                knownDropped++;
            } else {
                kept.add(n.name());
            }
        }
        List<String> out = new ArrayList<>();
        out.add("# Given names beyond the US list: a cue that a capitalised unknown word before another is a person (\"Dragoljub Vasiljević\").");
        out.add("# Generated by io.wirefeed.kbtools.WorldGivenNamesGenerator: do not edit by hand (hand-written names go in first-names.txt).");
        out.add("# Source: nam_dict.txt 1.2 (2008-11-30) by Jörg Michael, the dictionary of gender.c (c't magazine, 2007).");
        out.add("# Licence: GNU Free Documentation License 1.2 or later, no invariant sections; this list is a modified version of it under");
        out.add("# the same licence (text in licences/GFDL-1.2.txt; see NOTICE). Derived: the one-word names of 3+ letters with frequency "
                + minFreq + "+ (of 1..13)");
        out.add("# in a country other than the US; left out: " + wordsDropped + " ordinary words of Hunspell en, hr, bs, sr, sl, el, ro, bg; "
                + townsDropped + " countries, regions, capitals or towns of " + maxTown + "+ people; " + knownDropped
                + " already in given-names.txt or first-names.txt.");
        out.add("# Command: see the Javadoc of WorldGivenNamesGenerator. " + kept.size() + " names.");
        out.addAll(kept);
        Files.write(Path.of(opt.get("--out")), out, StandardCharsets.UTF_8);
        System.out.println(kept.size() + " names kept; left out " + rare + " rare or not one word, " + wordsDropped + " words, "
                + townsDropped + " towns, " + knownDropped + " known");
    }

    /**
     * The names of nam_dict.txt (read as Windows-1252, which it is: "Š" is byte 8A), its letters outside Latin-1
     * decoded ("<c^>" is č), each with its highest frequency outside the US. Equivalence lines ("=") and the
     * second spelling of names with expandable umlauts ('+' in column 30) are skipped.
     */
    static List<Name> read(Path namDict) throws IOException {
        List<String> lines = Files.readAllLines(namDict, Charset.forName("windows-1252"));
        Map<String, String> letters = new TreeMap<>();
        Map<String, Name> best = new HashMap<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                Matcher m = LETTER.matcher(line);
                if (m.matches()) {
                    String letter = new String(Character.toChars(Integer.parseInt(m.group(1))));
                    Matcher code = CODE.matcher(m.group(2));
                    while (code.find()) {
                        letters.putIfAbsent(code.group(), letter);
                    }
                }
                continue;
            }
            if (line.length() <= FIRST_COLUMN || line.startsWith("=") || line.charAt(FIRST_COLUMN - 1) == '+') {
                continue;
            }
            String name = decode(line.substring(3, FIRST_COLUMN - 1).strip(), letters);
            int frequency = 0;
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < COLUMNS.size() && FIRST_COLUMN + i < line.length(); i++) {
                char c = line.charAt(FIRST_COLUMN + i);
                if (c == ' ' || c == '$' || COLUMNS.get(i).equals("US")) {
                    continue;
                }
                int f = Character.digit(c, 16);
                if (f > frequency) {
                    frequency = f;
                }
                if (f > 0) {
                    where.append(where.isEmpty() ? "" : ",").append(COLUMNS.get(i));
                }
            }
            Name n = new Name(name, frequency, where.toString());
            best.merge(name, n, (a, b) -> a.frequency() >= b.frequency() ? a : b);
        }
        return new ArrayList<>(best.values());
    }

    private static String decode(String name, Map<String, String> letters) {
        if (name.indexOf('<') < 0) {
            return name;
        }
        Matcher m = CODE.matcher(name);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(letters.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * The lower-case entries of a Hunspell .dic file in its own encoding (the SET line of its .aff), folded; its
     * capitalised entries are added to {@code names} unless that is null (English is read strictly, as for the
     * US names: "Will", "Hope").
     */
    static Set<String> dictionaryWords(Path dic, Set<String> names) throws IOException {
        Path aff = dic.resolveSibling(dic.getFileName().toString().replaceFirst("\\.dic$", ".aff"));
        Charset cs = StandardCharsets.UTF_8;
        for (String l : Files.readAllLines(aff, StandardCharsets.ISO_8859_1)) {
            if (l.startsWith("SET ")) {
                cs = Charset.forName(l.substring(4).strip().replace("ISO8859", "ISO-8859"));
                break;
            }
        }
        Set<String> lower = new HashSet<>();
        for (String line : new String(Files.readAllBytes(dic), cs).split("\n")) {
            String w = line.split("/", 2)[0].strip();
            if (w.isEmpty()) {
                continue;
            }
            if (Character.isLowerCase(w.codePointAt(0))) {
                lower.add(fold(w));
            } else if (names != null) {
                names.add(fold(w));
            }
        }
        return lower;
    }

    /** Lower case, Latin script, no diacritics: how a name and a word are compared. */
    static String fold(String s) {
        synchronized (FOLD) {
            return FOLD.transliterate(s).toLowerCase(Locale.ROOT);
        }
    }

    private static Set<String> fold(Set<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(fold(w)));
        return out;
    }
}
