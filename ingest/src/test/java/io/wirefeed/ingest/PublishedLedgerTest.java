package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedLedgerTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(PublishedLedger.FILE_NAME);
    }

    @Test
    void remembersIdsAndVersionsAcrossARestart() {
        try (PublishedLedger ledger = PublishedLedger.open(file(), 100)) {
            assertThat(ledger.isPublished("urn:newsml:wirefeed.test:1001", 1)).isFalse();
            ledger.record("urn:newsml:wirefeed.test:1001", 1);
            ledger.record("ibna:3f2a9c", 1);
            assertThat(ledger.isPublished("urn:newsml:wirefeed.test:1001", 1)).isTrue();
        }
        try (PublishedLedger ledger = PublishedLedger.open(file(), 100)) {
            assertThat(ledger.size()).isEqualTo(2);
            assertThat(ledger.isPublished("urn:newsml:wirefeed.test:1001", 1)).isTrue();
            assertThat(ledger.isPublished("ibna:3f2a9c", 1)).isTrue();
            assertThat(ledger.isPublished("urn:newsml:wirefeed.test:1001", 2)).as("a higher version is new").isFalse();
            ledger.record("urn:newsml:wirefeed.test:1001", 2);
        }
        try (PublishedLedger ledger = PublishedLedger.open(file(), 100)) {
            assertThat(ledger.publishedVersion("urn:newsml:wirefeed.test:1001")).isEqualTo(2);
            assertThat(ledger.isPublished("urn:newsml:wirefeed.test:1001", 1)).as("an older version stays suppressed").isTrue();
            assertThat(ledger.publishedVersion("never-seen")).isZero();
        }
    }

    @Test
    void recordingTheSameOrALowerVersionAgainWritesNothing() throws Exception {
        try (PublishedLedger ledger = PublishedLedger.open(file(), 100)) {
            ledger.record("a", 3);
            ledger.record("a", 3);
            ledger.record("a", 2);
        }
        assertThat(Files.readAllLines(file())).hasSize(1).allMatch(l -> l.startsWith("a\t3\t"));
    }

    @Test
    void keepsOnlyTheLastEntriesUpToItsBound() {
        try (PublishedLedger ledger = PublishedLedger.open(file(), 3)) {
            for (String id : List.of("a", "b", "c", "d")) {
                ledger.record(id, 1);
            }
            assertThat(ledger.size()).isEqualTo(3);
            assertThat(ledger.isPublished("a", 1)).as("the oldest is forgotten").isFalse();
            assertThat(ledger.isPublished("d", 1)).isTrue();
        }
        try (PublishedLedger ledger = PublishedLedger.open(file(), 3)) {
            assertThat(ledger.size()).isEqualTo(3);
            assertThat(ledger.isPublished("a", 1)).isFalse();
            assertThat(List.of("b", "c", "d")).allMatch(id -> ledger.isPublished(id, 1));
        }
    }

    @Test
    void aNewerVersionKeepsItsIdAliveWhenItsOlderRecordLeavesTheWindow() {
        try (PublishedLedger ledger = PublishedLedger.open(file(), 2)) {
            ledger.record("a", 1);
            ledger.record("b", 1);
            ledger.record("a", 2); // the window is now [b1, a2]: a1 left it, a is still known at version 2
            assertThat(ledger.publishedVersion("a")).isEqualTo(2);
            assertThat(ledger.publishedVersion("b")).isEqualTo(1);
            ledger.record("c", 1); // [a2, c1]
            assertThat(ledger.publishedVersion("b")).isZero();
            assertThat(ledger.publishedVersion("a")).isEqualTo(2);
            assertThat(ledger.size()).isEqualTo(2);
        }
    }

    @Test
    void theFileIsCompactedWhenItGrowsBeyondTwiceTheBoundWhileRunningAndAtStart() throws Exception {
        try (PublishedLedger ledger = PublishedLedger.open(file(), 5)) {
            for (int i = 0; i < 40; i++) {
                ledger.record("story-" + i, 1);
                assertThat(Files.readAllLines(file()).size()).isLessThanOrEqualTo(10);
            }
            assertThat(ledger.size()).isEqualTo(5);
            assertThat(ledger.isPublished("story-39", 1)).isTrue();
            assertThat(ledger.isPublished("story-34", 1)).isFalse();
        }
        // a file grown elsewhere (another bound, an older build) is compacted when opened
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            big.append("old-").append(i).append("\t1\t2026-11-27T09:00:00Z\n");
        }
        Files.writeString(file(), big.toString());
        try (PublishedLedger ledger = PublishedLedger.open(file(), 5)) {
            assertThat(Files.readAllLines(file())).hasSize(5).first().asString().startsWith("old-25\t");
            assertThat(ledger.isPublished("old-29", 1)).isTrue();
            assertThat(ledger.isPublished("old-24", 1)).isFalse();
        }
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndDoesNotSpoilTheNextOne() throws Exception {
        Files.writeString(file(), "whole\t1\t2026-11-27T09:00:00Z\ncut\t1\t2026-11-2", StandardCharsets.UTF_8);
        try (PublishedLedger ledger = PublishedLedger.open(file(), 100)) {
            assertThat(ledger.isPublished("whole", 1)).isTrue();
            assertThat(ledger.isPublished("cut", 1)).isFalse();
            ledger.record("next", 1);
        }
        try (PublishedLedger ledger = PublishedLedger.open(file(), 100)) {
            assertThat(ledger.isPublished("next", 1)).isTrue();
            assertThat(ledger.size()).isEqualTo(2);
        }
    }

    @Test
    void idsWithTabsNewlinesAndBackslashesSurviveTheFile() {
        String odd = "tag:wire.test,2026:a\tb\nc\\d";
        try (PublishedLedger ledger = PublishedLedger.open(file(), 100)) {
            ledger.record(odd, 4);
        }
        try (PublishedLedger ledger = PublishedLedger.open(file(), 100)) {
            assertThat(ledger.publishedVersion(odd)).isEqualTo(4);
            assertThat(ledger.size()).isEqualTo(1);
        }
    }

    @Test
    void aSecondUserOfTheSameLedgerIsRefused() {
        try (PublishedLedger first = PublishedLedger.open(file(), 100)) {
            assertThatThrownBy(() -> PublishedLedger.open(file(), 100)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
            assertThat(first.size()).isZero();
        }
        PublishedLedger.open(file(), 100).close(); // released on close
    }

    @Test
    void behavesLikeASimpleModelOverManyRandomRecordsAndRestarts() throws Exception {
        int max = 300;
        Random random = new Random(42);
        List<String[]> lines = new ArrayList<>(); // the model of the file: id, version
        Map<String, Integer> versions = new HashMap<>();
        PublishedLedger ledger = PublishedLedger.open(file(), max);
        try {
            for (int i = 0; i < 5000; i++) {
                String id = "id-" + random.nextInt(700);
                int version = 1 + random.nextInt(3);
                if (model(lines, max).getOrDefault(id, 0) < version) {
                    lines.add(new String[] {id, Integer.toString(version)});
                    if (lines.size() > 2 * max) { // compaction: the live lines only
                        lines = live(lines, max);
                    }
                }
                ledger.record(id, version);
                versions.put(id, version);
                if (i % 1000 == 999) {
                    ledger.close();
                    ledger = PublishedLedger.open(file(), max);
                }
            }
            assertThat(Files.readAllLines(file())).hasSize(lines.size());
            Map<String, Integer> expected = model(lines, max);
            for (String id : versions.keySet()) {
                assertThat(ledger.publishedVersion(id)).as(id).isEqualTo(expected.getOrDefault(id, 0));
            }
            assertThat(ledger.size()).isEqualTo(expected.size());
        } finally {
            ledger.close();
        }
    }

    /** The remembered versions: the last line of each id among the last {@code max} lines of the file. */
    private static Map<String, Integer> model(List<String[]> lines, int max) {
        Map<String, Integer> m = new HashMap<>();
        for (String[] a : lines.subList(Math.max(0, lines.size() - max), lines.size())) {
            m.put(a[0], Integer.parseInt(a[1]));
        }
        return m;
    }

    /** The lines compaction keeps: among the last {@code max}, the last of each id, in file order. */
    private static List<String[]> live(List<String[]> lines, int max) {
        List<String[]> window = lines.subList(Math.max(0, lines.size() - max), lines.size());
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < window.size(); i++) {
            last.put(window.get(i)[0], i);
        }
        List<String[]> kept = new ArrayList<>();
        for (int i = 0; i < window.size(); i++) {
            if (last.get(window.get(i)[0]) == i) {
                kept.add(window.get(i));
            }
        }
        return kept;
    }
}
