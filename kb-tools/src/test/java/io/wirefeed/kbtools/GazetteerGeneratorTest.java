package io.wirefeed.kbtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.kbtools.GazetteerGenerator.Counts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator on a few made-up rows in the standard GeoNames layouts. */
class GazetteerGeneratorTest {
    private static final List<String> COLUMNS =
            List.of("geonameid", "name", "ascii_name", "country", "kind", "feature_code", "admin1", "population", "names");

    @TempDir
    Path dir;

    /** One line of the 19-column cities layout; the ids 99000xx are made up. */
    private static String city(String id, String name, String ascii, String alternates, String featureClass,
            String featureCode, String country, String admin1, long population) {
        return String.join("\t", id, name, ascii, alternates, "44.0", "20.0", featureClass, featureCode, country, "",
                admin1, "", "", "", Long.toString(population), "", "150", "Europe/Belgrade", "2024-05-01");
    }

    private Path cities() throws IOException {
        return write("cities1000.txt", List.of(
                city("9900001", "Novo Brdašce", "Novo Brdasce",
                        "Brdašce,Ново Брдашце,Brdashce,XNB,bei er da shi,Brdašce 2,بردشجه,"
                                + "Novo Brdasce Upper Settlement Of The Valley Road,Tirnovo,Bigville",
                        "P", "PPLA2", "RS", "SE", 12000),
                city("9900002", "Malo Selo", "Malo Selo", "", "P", "PPL", "RS", "VO", 4999),
                city("9900003", "Grossstadt", "Grossstadt", "Grosse Stadt", "P", "PPLA", "DE", "01", 150000),
                city("9900004", "Mittelstadt", "Mittelstadt", "", "P", "PPL", "DE", "01", 99999),
                city("9900005", "Port Tiny", "Port Tiny", "", "P", "PPLC", "TV", "02", 300),
                city("9900006", "Old Fortress", "Old Fortress", "", "S", "CSTL", "RS", "SE", 500000),
                city("9900007", "Tirnovo", "Tirnovo", "", "P", "PPL", "SK", "03", 2000),
                city("9900008", "Bigville", "Bigville", "", "P", "PPL", "US", "TX", 120000),
                city("9900009", "Gradić", "Gradic", "", "P", "PPLX", "HR", "21", 5000)));
    }

    private Path admin1() throws IOException {
        return write("admin1CodesASCII.txt", List.of(
                "RS.SE\tSrednja Oblast\tSrednja Oblast\t9800001",
                "RS.VO\tSeverna Pokrajina\tSeverna Pokrajina\t9800002",
                "DE.01\tLand Eins\tLand Eins\t9800003"));
    }

    private Path alternateNames() throws IOException {
        return write("alternateNamesV2.txt", List.of(
                "1\t9900001\tde\tNeu Brdaschze\t\t\t\t\t\t",
                "2\t9900001\tsr\tНово Брдашце\t1\t\t\t\t\t",
                "3\t9900001\ten\tNew Brdasce\t1\t\t\t\t\t",
                "4\t9900001\tlink\thttps://example.org/Novo_Brdasce\t\t\t\t\t\t",
                "5\t9900001\t\tБрдашце Ново\t\t\t\t\t\t",
                "6\t9900001\tsr-Latn\tNovo Brdašće\t\t\t\t\t\t",
                "7\t9800002\tsr\tСеверна Покрајина\t\t\t\t\t\t",
                "8\t9900003\tfr\tGrandeville\t\t\t\t\t\t"));
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private Counts run(String... args) throws IOException {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--date", "2026-01-02", "--source", "made-up test rows", "--out", out().toString()));
        return GazetteerGenerator.generate(GazetteerGenerator.parse(all.toArray(String[]::new)));
    }

    private Path out() {
        return dir.resolve("places.tsv");
    }

    /** The data rows of the output by geonameid (admin1 rows without id by "admin1:" + name). */
    private Map<String, Map<String, String>> rows() throws IOException {
        List<String> lines = Files.readAllLines(out(), StandardCharsets.UTF_8);
        List<String> data = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(data.get(0).split("\t")).containsExactlyElementsOf(COLUMNS);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : data.subList(1, data.size())) {
            String[] c = line.split("\t", -1);
            assertThat(c).hasSize(COLUMNS.size());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < c.length; i++) {
                row.put(COLUMNS.get(i), c[i]);
            }
            rows.put(c[0].isEmpty() ? "admin1:" + c[1] : c[0], row);
        }
        return rows;
    }

    private static List<String> names(Map<String, String> row) {
        return row.get("names").isEmpty() ? List.of() : List.of(row.get("names").split("\\|"));
    }

    @Test
    void worldAdmin1KeepsEveryCountrysUnitsWithTheirPeopleButNotACountrysName() throws IOException {
        Path admin1 = write("admin1-world.txt", List.of(
                "RS.SE\tSrednja Oblast\tSrednja Oblast\t9800001",
                "DE.01\tLand Eins\tLand Eins\t9800003",
                "US.TX\tGeorgia\tGeorgia\t9800004"));
        Counts counts = run("--cities", cities().toString(), "--admin1", admin1.toString(), "--world-admin1");

        Map<String, Map<String, String>> rows = rows();
        assertThat(counts.admin1()).isEqualTo(2);
        assertThat(counts.worldAdmin1()).isEqualTo(1);
        // every populated place counts, kept or not (Mittelstadt is below the world threshold); the castle does not
        assertThat(rows.get("9800003")).containsEntry("kind", "admin1").containsEntry("country", "DE")
                .containsEntry("population", Long.toString(150000 + 99999));
        assertThat(rows.get("9800001")).containsEntry("population", "12000");
        assertThat(rows).doesNotContainKey("9800004");
    }

    @Test
    void worldAdmin1LeavesOutUnitsNamedByAWordAndUnitsOfFewPeople() throws IOException {
        Path admin1 = write("admin1-world.txt", List.of(
                "DE.01\tPlateau\tPlateau\t9800003",
                "US.TX\tLand Zwei\tLand Zwei\t9800004",
                "TV.02\tTiny Atoll\tTiny Atoll\t9800005",
                "SK.03\tMascara Province\tMascara Province\t9800006"));
        Path dic = write("en_US.dic", List.of("4", "plateau/MS", "Zwei", "land/S", "mascara/M"));
        run("--cities", cities().toString(), "--admin1", admin1.toString(), "--world-admin1",
                "--ordinary-words", dic.toString(), "--world-admin1-min-population", "1000");

        Map<String, Map<String, String>> rows = rows();
        assertThat(rows).doesNotContainKeys("9800003", "9800005"); // a word; 300 people
        assertThat(rows.get("9800004")).containsEntry("name", "Land Zwei").containsEntry("population", "120000");
        assertThat(rows.get("9800006")).containsEntry("name", "Mascara Province"); // no bare "Mascara": a word
    }

    @Test
    void bareNameDropsTheWordForTheUnitButNeverLeavesADirection() {
        assertThat(GazetteerGenerator.bareName("State of West Bengal")).isEqualTo("West Bengal");
        assertThat(GazetteerGenerator.bareName("Xinjiang Uyghur Autonomous Region")).isEqualTo("Xinjiang");
        assertThat(GazetteerGenerator.bareName("Sverdlovsk Oblast")).isEqualTo("Sverdlovsk");
        assertThat(GazetteerGenerator.bareName("Central Region")).isNull();
        assertThat(GazetteerGenerator.bareName("Bavaria")).isNull();
    }

    @Test
    void keepsBalkanPlacesWorldCitiesCapitalsAndBalkanAdmin1() throws IOException {
        Counts counts = run("--cities", cities().toString(), "--admin1", admin1().toString());

        Map<String, Map<String, String>> rows = rows();
        assertThat(rows.keySet()).containsExactlyInAnyOrder(
                "9900001", "9900003", "9900005", "9900008", "9900009", "9800001", "9800002");
        assertThat(counts.balkanPlaces()).isEqualTo(2);
        assertThat(counts.worldCities()).isEqualTo(2);
        assertThat(counts.capitals()).isEqualTo(1);
        assertThat(counts.admin1()).isEqualTo(2);

        assertThat(rows.get("9900001")).containsEntry("name", "Novo Brdašce").containsEntry("ascii_name", "Novo Brdasce")
                .containsEntry("country", "RS").containsEntry("kind", "city").containsEntry("feature_code", "PPLA2")
                .containsEntry("admin1", "Srednja Oblast").containsEntry("population", "12000");
        assertThat(rows.get("9900005")).containsEntry("kind", "capital").containsEntry("population", "300");
        assertThat(rows.get("9900003")).containsEntry("kind", "city").containsEntry("admin1", "Land Eins");
        assertThat(rows.get("9900009")).containsEntry("feature_code", "PPLX").containsEntry("population", "5000");
        assertThat(rows.get("9800002")).containsEntry("name", "Severna Pokrajina").containsEntry("kind", "admin1")
                .containsEntry("feature_code", "ADM1").containsEntry("country", "RS").containsEntry("population", "");
    }

    @Test
    void filtersTheAlternatenamesColumnWhenItIsTheOnlySource() throws IOException {
        run("--cities", cities().toString(), "--admin1", admin1().toString());

        List<String> names = names(rows().get("9900001"));
        // Cyrillic and South-Slavic Latin first, then the other untagged names; Bigville is also the name of a
        // place in the output, so the tagger sees both and it stays
        assertThat(names).containsExactly("Brdašce", "Ново Брдашце", "Brdashce", "Bigville");
        assertThat(names).doesNotContain("XNB", "bei er da shi", "Brdašce 2", "بردشجه", "Tirnovo",
                "Novo Brdasce Upper Settlement Of The Valley Road");
        assertThat(names(rows().get("9900003"))).containsExactly("Grosse Stadt");
    }

    @Test
    void prefersTaggedNamesOfTheListedLanguagesWhenAlternateNamesAreGiven() throws IOException {
        run("--cities", cities().toString(), "--admin1", admin1().toString(), "--alternate-names",
                alternateNames().toString());

        Map<String, Map<String, String>> rows = rows();
        assertThat(names(rows.get("9900001"))).containsExactly("New Brdasce", "Ново Брдашце", "Novo Brdašće",
                "Брдашце Ново");
        assertThat(names(rows.get("9800002"))).containsExactly("Северна Покрајина");
        assertThat(names(rows.get("9900003"))).isEmpty(); // only a French name: not a listed language
    }

    @Test
    void capsTheNamesColumn() throws IOException {
        run("--cities", cities().toString(), "--max-names", "2");

        assertThat(names(rows().get("9900001"))).containsExactly("Brdašce", "Ново Брдашце");
    }

    @Test
    void writesTheCommentHeader() throws IOException {
        run("--cities", cities().toString(), "--admin1", admin1().toString());

        List<String> comments = Files.readAllLines(out(), StandardCharsets.UTF_8).stream()
                .takeWhile(l -> l.startsWith("#")).toList();
        String header = String.join("\n", comments);
        assertThat(header).contains("GeoNames", "https://www.geonames.org", "made-up test rows", "CC BY 4.0",
                "Generated: 2026-01-02", "Command: java", "GazetteerGenerator --cities");
    }

    @Test
    void readsLibgeonamesCataloguesAsAdmin1AndNamesPerLanguage() throws IOException {
        Path locale = dir.resolve("locale");
        mo(locale.resolve("en/LC_MESSAGES/geonames.mo"), Map.of(
                "", "Content-Type: text/plain; charset=UTF-8\n",
                "RS", "Serbia",
                "RS.SE", "Central Region",
                "RS.VO", "Northern Province",
                "RS.ZZ", "Retired Region",
                "9900001", "Novo Brdasce"));
        mo(locale.resolve("hr/LC_MESSAGES/geonames.mo"), Map.of(
                "9900001", "Novo Brdašće",
                "RS.VO", "Sjeverna Pokrajina"));

        Counts counts = run("--cities", cities().toString(), "--libgeonames-locale", locale.toString(),
                "--merge-column-names");

        Map<String, Map<String, String>> rows = rows();
        // admin1 units without geonameid, only for codes that places use (RS.ZZ is used by none)
        assertThat(counts.admin1()).isEqualTo(2);
        assertThat(rows.get("admin1:Northern Province")).containsEntry("geonameid", "")
                .containsEntry("admin1", "Northern Province").containsEntry("names", "Sjeverna Pokrajina");
        assertThat(rows).doesNotContainKey("admin1:Retired Region");
        assertThat(rows.get("9900001")).containsEntry("admin1", "Central Region");
        assertThat(names(rows.get("9900001"))).startsWith("Novo Brdašće", "Brdašce");
        assertThat(rows.values().stream().map(r -> r.get("geonameid")).filter(id -> !id.isEmpty())
                .collect(Collectors.toSet())).allMatch(id -> id.startsWith("99000"));
    }

    @Test
    void keepsOnlyLatinCyrillicAndGreekNames() {
        assertThat(GazetteerGenerator.keep("Θεσσαλονίκη", true)).isTrue();
        assertThat(GazetteerGenerator.keep("Solun", true)).isTrue();
        assertThat(GazetteerGenerator.keep("Солун", true)).isTrue();
        assertThat(GazetteerGenerator.keep("Selânik", true)).isTrue();
        assertThat(GazetteerGenerator.keep("萨洛尼卡", true)).isFalse();
        assertThat(GazetteerGenerator.keep("SKG", true)).isFalse();
        assertThat(GazetteerGenerator.keep("Salonica 1", true)).isFalse();
        assertThat(GazetteerGenerator.keep("saloniki", true)).isFalse();
        assertThat(GazetteerGenerator.keep("saloniki", false)).isTrue();
        assertThat(GazetteerGenerator.normaliseLang("sr_Latn")).isEqualTo("sr-latn");
        assertThat(GazetteerGenerator.normaliseLang("sr@latin")).isEqualTo("sr-latn");
    }

    /** Writes a little-endian GNU gettext .mo file. */
    private static void mo(Path file, Map<String, String> messages) throws IOException {
        List<String> ids = messages.keySet().stream().sorted().toList();
        int n = ids.size();
        int originals = 28;
        int translations = originals + 8 * n;
        int strings = translations + 8 * n;
        ByteArrayOutputStream pool = new ByteArrayOutputStream();
        ByteBuffer table = ByteBuffer.allocate(strings).order(ByteOrder.LITTLE_ENDIAN);
        table.putInt(0x950412de).putInt(0).putInt(n).putInt(originals).putInt(translations).putInt(0).putInt(0);
        List<byte[]> values = new ArrayList<>();
        for (String id : ids) {
            values.add(messages.get(id).getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < n; i++) {
            byte[] b = ids.get(i).getBytes(StandardCharsets.UTF_8);
            table.putInt(originals + 8 * i, b.length).putInt(originals + 8 * i + 4, strings + pool.size());
            pool.write(b);
            pool.write(0);
        }
        for (int i = 0; i < n; i++) {
            byte[] b = values.get(i);
            table.putInt(translations + 8 * i, b.length).putInt(translations + 8 * i + 4, strings + pool.size());
            pool.write(b);
            pool.write(0);
        }
        Files.createDirectories(file.getParent());
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(table.array());
        all.write(pool.toByteArray());
        Files.write(file, all.toByteArray());
    }
}
