package io.wirefeed.kbtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator on made-up rows in the nam_dict.txt layout and made-up Hunspell dictionaries. */
class WorldGivenNamesGeneratorTest {
    @TempDir
    Path dir;

    /** A name row: gender, name, then one frequency character per country column (index 30 on). */
    private static String row(String gender, String name, char flag, String country, char frequency) {
        StringBuilder sb = new StringBuilder(String.format("%-3s%-26s%c", gender, name, flag));
        char[] columns = new char[WorldGivenNamesGenerator.COLUMNS.size()];
        java.util.Arrays.fill(columns, ' ');
        columns[WorldGivenNamesGenerator.COLUMNS.indexOf(country)] = frequency;
        return sb.append(columns).append(" $").toString();
    }

    private Path write(String name, Charset cs, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, lines, cs);
        return p;
    }

    @Test
    void keepsCommonNamesOutsideTheUsDecodedAndLeavesOutWordsTownsAndKnownNames() throws IOException {
        Path dict = write("nam_dict.txt", Charset.forName("windows-1252"), List.of(
                "#    268 = <C^> or <CH>                                                               $",
                "#    269 = <c^> or <ch>                                                               $",
                row("M", "Dragoljub", ' ', "RS", '6'),
                row("M", "Dragoljub", ' ', "ME", '4'),
                row("F", "Milica", ' ', "RS", '9'),
                row("M", "Gorancho", '+', "MK", '4'),
                row("M", "Goran<c^>o", '-', "MK", '4'),
                row("M", "Rarely", ' ', "RS", '1'),
                row("M", "Onlyamerican", ' ', "US", 'B'),
                row("F", "Zora", ' ', "HR", '7'),
                row("F", "Bistra", ' ', "BG", '7'),
                row("M", "Bigtown", ' ', "RO", '7'),
                row("M", "Abd+al+Aziz", ' ', "Arabia/Persia", '8'),
                "=  Goran<c^>o                Gorancho                                           $"));
        Path dic = write("xx_XX.dic", StandardCharsets.UTF_8, List.of("3", "zora/A", "bistra/B", "Bistra/C"));
        write("xx_XX.aff", StandardCharsets.UTF_8, List.of("SET UTF-8"));
        Path places = write("places.tsv", StandardCharsets.UTF_8, List.of(
                "geonameid\tname\tascii_name\tcountry\tkind\tfeature_code\tadmin1\tpopulation\tnames",
                "1\tBigtown\tBigtown\tRO\tcity\tPPL\t\t250000\t"));
        Path countries = write("countries.yaml", StandardCharsets.UTF_8, List.of("- code: RS", "  name: Serbia"));
        Path known = write("given-names.txt", StandardCharsets.UTF_8, List.of("# header", "Milica"));
        Path out = dir.resolve("given-names-world.txt");

        WorldGivenNamesGenerator.main(new String[] {"--nam-dict", dict.toString(), "--min-freq", "3", "--max-town", "100000",
                "--words", dic.toString(), "--places", places.toString(), "--countries", countries.toString(),
                "--known", known.toString(), "--out", out.toString()});

        List<String> names = Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
        // Zora is only an ordinary word there; Bistra is listed as a name too; Gorančo once, decoded
        assertThat(names).containsExactly("Bistra", "Dragoljub", "Gorančo");
    }
}
