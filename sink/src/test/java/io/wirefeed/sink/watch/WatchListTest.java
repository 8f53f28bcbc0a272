package io.wirefeed.sink.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.PersonTag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchListTest {
    @TempDir
    Path dir;

    static EnrichedStory story(String language, List<String> people, List<String> countries, List<String> focus) {
        return new EnrichedStory("s1", 1, "Headline", "Body", language, "tanjug", "plain", null, null, null, countries,
                List.of("western-balkans", "europe"), new EnrichedStory.Focus(focus, List.of("balkans")), List.of(),
                people.stream().map(n -> new PersonTag(n, "person:" + n.toLowerCase().replace(' ', '-'), List.of(), null, 1, true)).toList(),
                List.of(), List.of(), new EnrichedStory.TaggerInfo("t", "kb"));
    }

    private Path write(String yaml) throws Exception {
        Path f = dir.resolve("watch.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void matchesCoOccurrenceOfActorsByNameOrId() throws Exception {
        WatchList list = WatchList.read(write("""
                rules:
                  - id: both
                    description: Vucic and Kurti in one story
                    actors_all: [Aleksandar Vucic, person:albin-kurti]
                """));
        var both = list.alerts(story("en", List.of("Aleksandar Vucic", "Albin Kurti"), List.of("RS"), List.of("RS")), Instant.EPOCH);
        assertThat(both).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo("both");
            assertThat(a.storyId()).isEqualTo("s1");
            assertThat(a.matched()).as("the story's own tag ids, however the rule names them")
                    .containsExactly("person:aleksandar-vucic", "person:albin-kurti");
        });
        assertThat(list.alerts(story("en", List.of("Albin Kurti"), List.of("XK"), List.of("XK")), Instant.EPOCH)).isEmpty();
    }

    @Test
    void everyCriterionOfARuleMustHold() throws Exception {
        WatchList list = WatchList.read(write("""
                rules:
                  - id: serbian-copy-on-bosnia
                    countries_any: [BA]
                    language_any: [sr-Latn, sr-Cyrl]
                  - id: balkans-focus
                    focus_any: [balkans]
                    provider_any: [tanjug]
                """));
        var sr = list.alerts(story("sr-Latn", List.of(), List.of("BA", "RS"), List.of("BA")), Instant.EPOCH);
        assertThat(sr).extracting(a -> a.rule()).containsExactly("serbian-copy-on-bosnia", "balkans-focus");
        var en = list.alerts(story("en", List.of(), List.of("BA"), List.of("BA")), Instant.EPOCH);
        assertThat(en).extracting(a -> a.rule()).containsExactly("balkans-focus");
    }

    @Test
    void refusesRulesWithoutCriteriaDuplicateIdsAndUnknownKeys() throws Exception {
        assertThatThrownBy(() -> WatchList.read(write("rules:\n  - id: all\n"))).hasMessageContaining("names no criterion");
        assertThatThrownBy(() -> WatchList.read(write("rules:\n  - id: a\n    focus_any: [RS]\n  - id: a\n    focus_any: [XK]\n")))
                .hasMessageContaining("used twice");
        assertThatThrownBy(() -> WatchList.read(write("rules:\n  - id: a\n    countrys_any: [RS]\n")))
                .hasMessageContaining("countrys_any");
    }

    @Test
    void reloadsTheFileWhenItChangesAndKeepsTheLastGoodRulesWhenItBreaks() throws Exception {
        Path f = write("rules:\n  - id: one\n    focus_any: [RS]\n");
        Instant[] now = {Instant.parse("2026-11-29T10:00:00Z")};
        Clock clock = new Clock() {
            public ZoneOffset getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId z) { return this; }
            public Instant instant() { return now[0]; }
        };
        WatchListFile file = new WatchListFile(f, Duration.ofSeconds(2), clock);
        assertThat(file.get().rules()).extracting(WatchRule::id).containsExactly("one");

        Files.writeString(f, "rules:\n  - id: one\n    focus_any: [RS]\n  - id: two\n    focus_any: [XK]\n");
        Files.setLastModifiedTime(f, FileTime.from(now[0].plusSeconds(60)));
        now[0] = now[0].plusSeconds(3);
        assertThat(file.get().rules()).extracting(WatchRule::id).containsExactly("one", "two");

        Files.writeString(f, "rules: [ broken");
        Files.setLastModifiedTime(f, FileTime.from(now[0].plusSeconds(120)));
        now[0] = now[0].plusSeconds(3);
        assertThat(file.get().rules()).extracting(WatchRule::id).containsExactly("one", "two");
    }
}
