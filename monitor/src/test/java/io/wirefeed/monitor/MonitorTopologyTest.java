package io.wirefeed.monitor;

import static io.wirefeed.monitor.TestStories.person;
import static io.wirefeed.monitor.TestStories.serbia;
import static io.wirefeed.monitor.TestStories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.model.Alert;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.Topics;
import io.wirefeed.testkit.StreamsTestProps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MonitorTopologyTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private final Topics topics = Topics.defaults();
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedStory> enriched;
    private TestInputTopic<String, Alert> alertsIn;
    private TestOutputTopic<String, Alert> alertsOut;

    @BeforeEach
    void start() {
        Properties p = StreamsTestProps.forApp("monitor-test");
        driver = new TopologyTestDriver(MonitorTopology.build(topics, 3.0, 5), p);
        enriched = driver.createInputTopic(topics.enriched().name(), topics.enriched().keySerde().serializer(),
                topics.enriched().valueSerde().serializer());
        alertsIn = driver.createInputTopic(topics.alerts().name(), topics.alerts().keySerde().serializer(),
                topics.alerts().valueSerde().serializer());
        alertsOut = driver.createOutputTopic(topics.alerts().name(), topics.alerts().keySerde().deserializer(),
                topics.alerts().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void pipe(EnrichedStory s) {
        enriched.pipeInput(s.id(), s, s.receivedAt());
    }

    private long count(CoverageWindow w, String subject, Instant at) {
        WindowStore<String, Long> store = driver.getWindowStore(w.coverageStore());
        Instant start = Instant.ofEpochMilli(w.windowStart(at.toEpochMilli()));
        try (WindowStoreIterator<Long> it = store.fetch(subject, start, start)) {
            return it.hasNext() ? it.next().value : 0;
        }
    }

    @Test
    void countsEachSubjectPerWindow() {
        pipe(serbia("s1", T0.plusSeconds(60)));
        pipe(serbia("s2", T0.plusSeconds(20 * 60)));
        pipe(story("k1", T0.plusSeconds(25 * 60), List.of("XK", "RS"), List.of("western-balkans"),
                List.of(person("person:albin-kurti", "Albin Kurti", "XK")), List.of()));

        assertThat(count(CoverageWindow.M15, "country:RS", T0)).isEqualTo(1);
        assertThat(count(CoverageWindow.M15, "country:RS", T0.plusSeconds(15 * 60))).isEqualTo(2);
        assertThat(count(CoverageWindow.H1, "country:RS", T0)).isEqualTo(3);
        assertThat(count(CoverageWindow.D1, "all", T0)).isEqualTo(3);
        assertThat(count(CoverageWindow.H1, "person:aleksandar-vucic", T0)).isEqualTo(2);
        assertThat(count(CoverageWindow.H1, "country:XK", T0)).isEqualTo(1);
        assertThat(count(CoverageWindow.H1, "region:western-balkans", T0)).isEqualTo(3);
        assertThat(count(CoverageWindow.H1, "provider:testwire", T0)).isEqualTo(3);
        assertThat(count(CoverageWindow.H1, "org:eu", T0)).isEqualTo(2);
        assertThat(count(CoverageWindow.H1, "country:RS", T0.plus(Duration.ofHours(1)))).isZero();
    }

    @Test
    void ranksTheActorsOfEachRegion() {
        pipe(serbia("s1", T0.plusSeconds(60)));
        pipe(serbia("s2", T0.plusSeconds(120)));
        pipe(story("k1", T0.plusSeconds(180), List.of("XK"), List.of("western-balkans"),
                List.of(person("person:albin-kurti", "Albin Kurti", "XK")), List.of()));
        long hour = CoverageWindow.H1.windowStart(T0.toEpochMilli());

        assertThat(top("western-balkans", hour)).extracting(RegionActorCounter.Ranked::subject, RegionActorCounter.Ranked::count)
                .as("ties ranked by name")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("person:aleksandar-vucic", 2L),
                        org.assertj.core.groups.Tuple.tuple("org:eu", 2L),
                        org.assertj.core.groups.Tuple.tuple("person:albin-kurti", 1L));
        assertThat(top("western-balkans", hour)).extracting(RegionActorCounter.Ranked::name).contains("Aleksandar Vučić");
        assertThat(top("europe", hour)).extracting(RegionActorCounter.Ranked::name).doesNotContain("Albin Kurti");
        assertThat(top(MonitorTopology.ALL_REGIONS, hour)).hasSize(3);
        assertThat(top("western-balkans", hour + Duration.ofHours(1).toMillis())).isEmpty();
        // a region whose name starts like another's does not borrow its actors
        assertThat(top("western", hour)).isEmpty();
    }

    private List<RegionActorCounter.Ranked> top(String region, long windowStart) {
        WindowStore<String, Long> counts = driver.getWindowStore(CoverageWindow.H1.regionActorsStore());
        KeyValueStore<String, String> names = driver.getKeyValueStore(RegionActorCounter.NAMES);
        return RegionActorCounter.top(counts, names, region, windowStart, 10);
    }

    @Test
    void keepsTheLatestStoriesPerSubjectNewestFirst() {
        for (int i = 0; i < 30; i++) {
            pipe(serbia("s" + i, T0.plusSeconds(i)));
        }
        pipe(serbia("s3", T0.plusSeconds(100))); // a new version of an older story: listed once, as the latest
        WindowStore<String, StorySummary> store = driver.getWindowStore(MonitorTopology.RECENT_STORIES);
        List<StorySummary> recent = RecentStories.latest(store, "person:aleksandar-vucic", T0.plusSeconds(200).toEpochMilli(), 20);

        assertThat(recent).hasSize(20);
        assertThat(recent.get(0).id()).isEqualTo("s3");
        assertThat(recent.get(1).id()).isEqualTo("s29");
        assertThat(recent).extracting(StorySummary::id).doesNotHaveDuplicates();
        assertThat(RecentStories.latest(store, "person:albin-kurti", T0.plusSeconds(200).toEpochMilli(), 20)).isEmpty();
        assertThat(RecentStories.latest(store, "country:RS", T0.plus(RecentStories.RETENTION).plus(Duration.ofDays(2)).toEpochMilli(), 20))
                .as("older than the store keeps").isEmpty();
    }

    @Test
    void keepsTheLastAlertsNewestFirst() {
        alertsIn.pipeInput("r1", new Alert("r1", "first", "s1", "h1", List.of("country:RS"), T0), T0);
        alertsIn.pipeInput("r2", new Alert("r2", "second", "s2", "h2", List.of("country:XK"), T0.plusSeconds(1)), T0.plusSeconds(1));
        KeyValueStore<String, RecentAlerts> store = driver.getKeyValueStore(MonitorTopology.RECENT_ALERTS);

        assertThat(store.get(MonitorTopology.ALERTS_KEY).alerts()).extracting(Alert::rule).containsExactly("r2", "r1");
    }

    @Test
    void aSubjectThatTriplesItsHourlyMeanRaisesOneSpikeAlert() {
        // a steady day: two stories about Serbia an hour
        Instant t = T0;
        for (int h = 0; h < 24; h++) {
            pipe(serbia("day-" + h + "a", t));
            pipe(serbia("day-" + h + "b", t.plusSeconds(1800)));
            t = t.plus(Duration.ofHours(1));
        }
        assertThat(spikes()).as("a steady rate is no spike").isEmpty();

        // then a burst: the last hour (rolling, so with the day's last story 30 minutes before) reaching six
        // stories is 3 x the mean of ~2 an hour
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            EnrichedStory s = serbia("burst-" + i, t.plusSeconds(60L * i));
            ids.add(s.id());
            pipe(s);
        }
        List<Alert> spikes = spikes();
        assertThat(spikes).extracting(a -> a.matched().get(0))
                .as("one alert per subject that surged, not one per story")
                .containsExactlyInAnyOrder("country:RS", "region:western-balkans", "region:europe", "person:aleksandar-vucic",
                        "org:eu");
        Alert rs = spikes.stream().filter(a -> a.matched().contains("country:RS")).findFirst().orElseThrow();
        assertThat(rs.storyId()).isEqualTo(ids.get(4));
        assertThat(rs.rule()).isEqualTo("spike");
        assertThat(rs.description()).contains("Serbia", "6 stories", "2.0 an hour");
    }

    @Test
    void noSpikeWithoutADayToCompareWith() {
        for (int i = 0; i < 20; i++) {
            pipe(story("mt-" + i, T0.plusSeconds(60L * i), List.of("MT"), List.of(), List.of(), List.of()));
        }
        assertThat(spikes()).isEmpty();
    }

    @Test
    void aNewSubjectNeedsTheMinimumNumberOfStories() {
        pipe(story("day-before", T0.minus(Duration.ofHours(24)), List.of("IS"), List.of(), List.of(), List.of()));
        for (int i = 0; i < 4; i++) {
            pipe(story("mt-" + i, T0.plusSeconds(60L * i), List.of("MT"), List.of(), List.of(), List.of()));
        }
        assertThat(spikes()).isEmpty();
        pipe(story("mt-4", T0.plusSeconds(300), List.of("MT"), List.of(), List.of(), List.of()));
        assertThat(spikes()).extracting(a -> a.matched().get(0)).containsExactly("country:MT");
    }

    @Test
    void storiesSpreadOverTheDayDoNotSpike() {
        pipe(story("day-before", T0.minus(Duration.ofHours(24)), List.of("IS"), List.of(), List.of(), List.of()));
        for (int i = 0; i < 40; i++) {
            pipe(story("mt-" + i, T0.plus(Duration.ofMinutes(37L * i)), List.of("MT"), List.of(), List.of(), List.of()));
        }
        assertThat(spikes()).isEmpty();
    }

    private List<Alert> spikes() {
        return alertsOut.readKeyValuesToList().stream().map(kv -> kv.value).filter(a -> a.rule().equals("spike")).toList();
    }
}
