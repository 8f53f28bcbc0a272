package io.wirefeed.sink.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchRuleFormatTest {
    @TempDir
    Path dir;

    private static final WatchRule VUCIC_KURTI = new WatchRule("vucic-kurti", "Vučić and Kurti in one story", null,
            List.of("Aleksandar Vučić", "person:albin-kurti"), null, null, null, null, null);

    @Test
    void writesARuleAsJsonWithTheFilesKeysAndReadsItBack() {
        String json = WatchRuleFormat.toJson(VUCIC_KURTI);
        assertThat(json).isEqualTo("{\"id\":\"vucic-kurti\",\"description\":\"Vučić and Kurti in one story\","
                + "\"actors_all\":[\"Aleksandar Vučić\",\"person:albin-kurti\"]}");
        assertThat(WatchRuleFormat.readRecord("vucic-kurti", json)).isEqualTo(VUCIC_KURTI);
    }

    @Test
    void takesTheIdFromTheRecordKeyAndAcceptsARulePastedFromTheFile() {
        assertThat(WatchRuleFormat.readRecord("bosnia", "{\"countries_any\": [\"BA\"]}").id()).isEqualTo("bosnia");
        WatchRule pasted = WatchRuleFormat.readRecord("vucic-kurti", """
                id: vucic-kurti
                description: Vučić and Kurti in one story
                actors_all: [Aleksandar Vučić, person:albin-kurti]
                """);
        assertThat(pasted).isEqualTo(VUCIC_KURTI);
    }

    @Test
    void refusesARecordThatIsNotAValidRuleAndSaysWhy() {
        assertThatThrownBy(() -> WatchRuleFormat.readRecord("a", "{\"focus_any\": [\"RS\"")).hasMessageStartingWith("rule a: not JSON");
        assertThatThrownBy(() -> WatchRuleFormat.readRecord("a", "{\"focus\": [\"RS\"]}"))
                .hasMessageContaining("rule a: unknown key 'focus'");
        assertThatThrownBy(() -> WatchRuleFormat.readRecord("a", "{\"description\": \"all\"}"))
                .hasMessageContaining("names no criterion");
        assertThatThrownBy(() -> WatchRuleFormat.readRecord("a", "{\"id\": \"b\", \"focus_any\": [\"RS\"]}"))
                .hasMessageContaining("the record key and the rule's id (b) differ");
        assertThatThrownBy(() -> WatchRuleFormat.readRecord("a", "{\"focus_any\": \"RS\"}")).hasMessageStartingWith("rule a: ");
        assertThatThrownBy(() -> WatchRuleFormat.readRecord("a", "RS")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> WatchRuleFormat.readRecord("a", "")).hasMessageContaining("empty value");
        assertThatThrownBy(() -> WatchRuleFormat.readRecord(null, "{\"focus_any\": [\"RS\"]}")).hasMessageContaining("no key");
    }

    @Test
    void writesRulesAsAFileThatReadsBackToTheSameRules() throws Exception {
        WatchList list = new WatchList(List.of(VUCIC_KURTI,
                new WatchRule("bosnia-in-serbian", null, null, null, List.of("BA"), null, null, List.of("sr-Latn", "sr-Cyrl"), null)));
        String yaml = WatchRuleFormat.toYaml(list);
        assertThat(yaml).startsWith("rules:\n").contains("- id: vucic-kurti", "Aleksandar Vučić", "language_any:")
                .doesNotContain("actors_any", "null");
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, yaml);
        assertThat(WatchList.read(file)).isEqualTo(list);
    }
}
