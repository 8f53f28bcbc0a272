package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirefeed.model.Json;
import io.wirefeed.model.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * wirefeed on a real cluster, with the faults production sees. Three Apache Kafka brokers run as separate
 * processes ({@link BrokerCluster}: KRaft, replication factor 3, {@code min.insync.replicas=2}); every stage runs
 * twice, each instance its own {@code java -jar wirefeed.jar <stage>} process ({@link StageProcesses}) with
 * {@code topic.replication.factor=3}. Stories are dropped into the two ingest inboxes while, one after the other:
 * <ol>
 *   <li>the broker leading {@code wire.raw}'s partition 0 is killed (SIGKILL), and restarted after;</li>
 *   <li>an enrich instance is frozen (SIGSTOP) past its session timeout while the other takes over, then thawed: a
 *       zombie whose writes must be fenced;</li>
 *   <li>the three brokers are restarted one after the other (controlled shutdown) while stories flow;</li>
 *   <li>all three brokers are down for longer than the ingest producers' delivery timeout (lowered to 15 s): ingest
 *       keeps the inbox files and answers HTTP with 503, and publishes everything once the cluster returns;</li>
 *   <li>the same stories reach both ingest instances (two sites receiving one agency feed).</li>
 * </ol>
 * After each, a {@code read_committed} count of {@code wire.enriched} by key must show every story of the phase
 * once (none lost, none duplicated) and the audit ({@code wirefeed audit}'s reconciliation) must be clean. Then
 * each monitor instance is killed in turn and the other must answer the query API alone. The time each fault
 * stopped the output is measured and printed (README "Running on a cluster"); every process is killed at the end,
 * whatever happened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "wirefeed.cluster", matches = "true",
        disabledReason = "eleven JVMs: left out with -Dwirefeed.cluster=false (README \"Running on a cluster\")")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final int PARTITIONS = 4;
    /** The ingest producers' delivery timeout in this test (the default is 2 minutes). */
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration PHASE = Duration.ofMinutes(3);
    private static final List<String> STREAMS_CLIENT = List.of(
            // a killed or frozen member leaves the group after 6 s, not the default 45 s
            "--kafka.session.timeout.ms=6000", "--kafka.heartbeat.interval.ms=1500");

    private final Topics topics = Topics.defaults();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> figures = new ArrayList<>();
    private final List<String> allIds = new ArrayList<>();
    private Path dir;
    private BrokerCluster brokers;
    private StageProcesses stages;
    private StageProcesses.Stage enrichA;
    private StageProcesses.Stage monitorA;
    private StageProcesses.Stage monitorB;
    private final List<Path> inboxes = new ArrayList<>();
    private final int[] httpPorts = new int[2];
    private final int[] monitorPorts = new int[2];
    private CommittedCounts enriched;
    private CommittedCounts raw;
    private long started;

    @BeforeAll
    void startTheClusterAndTwoOfEachStage() throws Exception {
        started = System.nanoTime();
        dir = Path.of("target", "cluster-it").toAbsolutePath();
        deleteTree(dir);
        Files.createDirectories(dir);
        // when anything here fails, @AfterAll still runs and kills what was started
        brokers = BrokerCluster.start(dir.resolve("kafka"));
        long brokersUp = System.nanoTime();
        String bootstrap = brokers.bootstrapServers();
        stages = new StageProcesses(dir.resolve("stages"), Map.of(
                "WIREFEED_TOPIC_REPLICATION_FACTOR", Integer.toString(BrokerCluster.SIZE),
                "WIREFEED_TOPIC_PARTITIONS", Integer.toString(PARTITIONS),
                "WIREFEED_INBOX_POLL_MS", "200"));
        List<String> ingestArgs = List.of("--bootstrap-servers", bootstrap,
                "--kafka.delivery.timeout.ms=" + DELIVERY_TIMEOUT.toMillis(), "--kafka.request.timeout.ms=5000",
                // a producer whose metadata for wire.raw has expired waits for it this long, not a minute, before giving up
                "--kafka.max.block.ms=" + DELIVERY_TIMEOUT.toMillis());
        for (int i = 0; i < 2; i++) {
            Path inbox = dir.resolve("inbox-" + (char) ('a' + i));
            Files.createDirectories(inbox);
            inboxes.add(inbox);
            httpPorts[i] = BrokerCluster.freePort();
            monitorPorts[i] = BrokerCluster.freePort();
        }
        // the first ingest creates the topics (replication factor 3) before the others start
        stages.start("ingest-a", "ingest", ingestArgs, Map.of("WIREFEED_INBOX", inboxes.get(0).toString(),
                "WIREFEED_HTTP_PORT", Integer.toString(httpPorts[0])));
        await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() -> health(httpPorts[0]) == 200);
        stages.start("ingest-b", "ingest", ingestArgs, Map.of("WIREFEED_INBOX", inboxes.get(1).toString(),
                "WIREFEED_HTTP_PORT", Integer.toString(httpPorts[1])));
        List<String> streamsArgs = streamsArgs();
        enrichA = stages.start("enrich-a", "enrich", streamsArgs, Map.of());
        stages.start("enrich-b", "enrich", streamsArgs, Map.of());
        stages.start("sink-a", "sink", streamsArgs, Map.of());
        stages.start("sink-b", "sink", streamsArgs, Map.of());
        monitorA = startMonitor("monitor-a", 0, streamsArgs);
        monitorB = startMonitor("monitor-b", 1, streamsArgs);

        enriched = new CommittedCounts(bootstrap, topics.enriched().name());
        raw = new CommittedCounts(bootstrap, topics.raw().name());
        StoryFeed warmUp = StoryFeed.roundRobin("warmup", inboxes, 100, 10);
        awaitDropped(warmUp, 10);
        List<String> ids = warmUp.stop();
        // a stage that cannot list the topics in time at start stops; its supervisor (here the test) starts it again
        int[] restarts = {0};
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(500)).until(() -> {
            restarts[0] += stages.restartExited();
            return enriched.seen(ids) == ids.size();
        });
        allIds.addAll(ids);
        note(String.format("start: 3 brokers up in %.1f s; 8 stages up (%d restarted after a failed start) and the "
                + "first 10 stories enriched %.1f s later", seconds(started, brokersUp), restarts[0],
                seconds(brokersUp, System.nanoTime())));
    }

    private StageProcesses.Stage startMonitor(String name, int i, List<String> streamsArgs) throws IOException {
        return stages.start(name, "monitor", streamsArgs, Map.of("WIREFEED_MONITOR_PORT", Integer.toString(monitorPorts[i]),
                "WIREFEED_MONITOR_ADVERTISED", "127.0.0.1:" + monitorPorts[i]));
    }

    @Test
    @Order(1)
    void noStoryIsLostOrDuplicatedWhenTheLeaderOfWireRawPartitionZeroIsKilled() throws Exception {
        int leader = brokers.leaderOf(topics.raw().name(), 0);
        StoryFeed feed = StoryFeed.roundRobin("f1", inboxes, 50, 200);
        awaitDropped(feed, 60);
        long fault = System.nanoTime();
        brokers.kill(leader);
        awaitDropped(feed, 200);
        List<String> ids = feed.stop();
        awaitEnriched(ids, PHASE);
        long done = System.nanoTime();
        brokers.restart(leader);
        brokers.awaitNodes(BrokerCluster.SIZE, Duration.ofMinutes(1));
        brokers.awaitFullyReplicated(Duration.ofMinutes(2));
        check("1. leader of wire.raw-0 (node " + leader + ") killed", ids, fault, done,
                String.format("; node back in sync %.1f s after the restart", seconds(done, System.nanoTime())));
    }

    @Test
    @Order(2)
    void aFrozenEnrichInstanceIsFencedWhenItThawsAndWritesNothingTwice() throws Exception {
        StoryFeed feed = StoryFeed.roundRobin("f2", inboxes, 50, 200);
        awaitDropped(feed, 50);
        long fault = System.nanoTime();
        enrichA.freeze();
        // the other instance takes the frozen one's partitions over: every story dropped so far gets enriched,
        // those dropped after the freeze on all partitions included, while the zombie is still frozen
        await().atMost(PHASE).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<String> sofar = feed.ids();
            return sofar.size() >= 100 && enriched.seen(sofar) == sofar.size();
        });
        long takenOver = System.nanoTime();
        String before = enrichA.logText();
        enrichA.thaw();
        awaitDropped(feed, 200);
        List<String> ids = feed.stop();
        awaitEnriched(ids, PHASE);
        long done = System.nanoTime();
        // the zombie finds out that it lost its tasks when it tries to go on: its transaction is refused (with
        // Kafka 4's transactions v2 the broker answers InvalidTxnState or InvalidProducerEpoch; before, ProducerFenced)
        // and it rejoins
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() -> {
            String after = enrichA.logText().substring(before.length());
            return Stream.of("fenced", "Fenced", "TaskMigrated", "InvalidTxnState", "InvalidProducerEpoch")
                    .anyMatch(after::contains);
        });
        assertThat(enrichA.isAlive()).as("the thawed instance carries on").isTrue();
        check("2. enrich frozen (SIGSTOP) then thawed", ids, fault, done,
                String.format("; the other instance had taken over %.1f s after the freeze", seconds(fault, takenOver)));
    }

    @Test
    @Order(3)
    void noStoryIsLostOrDuplicatedThroughARollingRestartOfAllThreeBrokers() throws Exception {
        StoryFeed feed = StoryFeed.roundRobin("f3", inboxes, 500, 0);
        awaitDropped(feed, 10);
        long fault = System.nanoTime();
        List<String> steps = new ArrayList<>();
        for (int node = 1; node <= BrokerCluster.SIZE; node++) {
            long t = System.nanoTime();
            brokers.stop(node);
            brokers.restart(node);
            brokers.awaitNodes(BrokerCluster.SIZE, Duration.ofMinutes(1));
            brokers.awaitFullyReplicated(Duration.ofMinutes(2));
            steps.add(String.format("%.1f", seconds(t, System.nanoTime())));
        }
        int dropped = feed.ids().size();
        awaitDropped(feed, dropped + 10);
        List<String> ids = feed.stop();
        awaitEnriched(ids, PHASE);
        long done = System.nanoTime();
        check("3. rolling restart of the 3 brokers", ids, fault, done, "; each node stopped, restarted and in sync again in "
                + String.join(" / ", steps) + " s");
    }

    @Test
    @Order(4)
    void ingestKeepsStoriesWhileAllBrokersAreDownPastTheDeliveryTimeoutAndPublishesThemAfter() throws Exception {
        StoryFeed feed = StoryFeed.roundRobin("f4", inboxes, 100, 60);
        awaitDropped(feed, 20);
        int[] logBefore = {stages.logOf("ingest-a").length(), stages.logOf("ingest-b").length()};
        long fault = System.nanoTime();
        for (int node = 1; node <= BrokerCluster.SIZE; node++) {
            brokers.kill(node);
        }
        String posted = "cluster:f4-http";
        // the HTTP channel cannot get an acknowledgement: 503 once the delivery timeout has passed
        HttpResponse<String> refused = post(httpPorts[0], posted);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        awaitDropped(feed, 60);
        List<String> ids = new ArrayList<>(feed.stop());
        // both ingest instances gave up on a file past the delivery timeout, and kept it in the inbox
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() ->
                stages.logOf("ingest-a").substring(logBefore[0]).contains("will retry")
                        && stages.logOf("ingest-b").substring(logBefore[1]).contains("will retry"));
        long down = System.nanoTime() - fault;
        assertThat(Duration.ofNanos(down)).isGreaterThan(DELIVERY_TIMEOUT);
        for (Path inbox : inboxes) {
            assertThat(storyFiles(inbox)).as("story files kept in " + inbox).isNotEmpty();
            assertThat(storyFiles(inbox.resolve("failed"))).isEmpty();
        }
        long back = System.nanoTime();
        for (int node = 1; node <= BrokerCluster.SIZE; node++) {
            brokers.restart(node);
        }
        // the client tries again, as the 503 asked
        await().atMost(PHASE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                post(httpPorts[0], posted).statusCode() == 202);
        ids.add(posted);
        awaitEnriched(ids, PHASE);
        long done = System.nanoTime();
        for (Path inbox : inboxes) {
            assertThat(storyFiles(inbox)).as("inbox " + inbox + " emptied").isEmpty();
        }
        brokers.awaitFullyReplicated(Duration.ofMinutes(2));
        check("4. all 3 brokers down " + String.format("%.0f", seconds(fault, back)) + " s (delivery timeout "
                + DELIVERY_TIMEOUT.toSeconds() + " s)", ids, fault, done,
                String.format("; from the brokers' restart to the last story enriched %.1f s", seconds(back, done)));
    }

    @Test
    @Order(5)
    void theSameStoriesReachingBothIngestInstancesAreEnrichedOnceEach() throws Exception {
        StoryFeed feed = StoryFeed.toEveryInbox("f5", inboxes, 50, 100);
        long start = System.nanoTime();
        awaitDropped(feed, 100);
        List<String> ids = feed.stop();
        awaitEnriched(ids, PHASE);
        long done = System.nanoTime();
        // each ingest published its copy: wire.raw holds every story twice, and enrich tagged it once
        await().atMost(PHASE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(ids).allMatch(id -> raw.count(id) >= 2));
        check("5. the same 100 stories into both ingest instances", ids, start, done, "; each published twice on wire.raw");
    }

    @Test
    @Order(6)
    void eitherMonitorInstanceAnswersTheQueryApiWhileTheOtherIsKilled() throws Exception {
        long total = enriched.distinctKeys();
        for (int port : monitorPorts) {
            await().atMost(PHASE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                    assertThat(coverageTotal(port)).isEqualTo(total));
        }
        long killedA = System.nanoTime();
        monitorA.kill();
        await().atMost(PHASE).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> coverageTotal(monitorPorts[1]) == total);
        long answeredB = System.nanoTime();
        monitorA = startMonitor("monitor-a", 0, streamsArgs());
        await().atMost(PHASE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> coverageTotal(monitorPorts[0]) == total);
        long killedB = System.nanoTime();
        monitorB.kill();
        await().atMost(PHASE).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> coverageTotal(monitorPorts[0]) == total);
        long answeredA = System.nanoTime();
        note(String.format("6. monitor: with one instance killed the other answered the whole count (%d stories) after "
                + "%.1f s (a killed) and %.1f s (b killed)", total, seconds(killedA, answeredB), seconds(killedB, answeredA)));
    }

    @Test
    @Order(7)
    void inTheEndEveryStoryOfEveryPhaseIsEnrichedExactlyOnce() {
        awaitEnrichCaughtUp();
        assertThat(enriched.missing(allIds)).as("lost").isEmpty();
        assertThat(enriched.duplicated(allIds)).as("duplicated").isEmpty();
        Audit.Report audit = audit();
        assertThat(audit.missing()).isEmpty();
        assertThat(audit.duplicated()).isEmpty();
        assertThat(audit.raw()).isEqualTo(allIds.size());
        note(String.format("all: %d stories, audit: %d versions on wire.raw, %d enriched, 0 missing, 0 duplicated; "
                + "whole test %.0f s", allIds.size(), audit.raw(), audit.enriched(), seconds(started, System.nanoTime())));
    }

    /** Every story of a phase enriched once (read_committed count and audit), and the phase's figures noted. */
    private void check(String fault, List<String> ids, long from, long done, String more) {
        awaitEnrichCaughtUp();
        List<String> lost = enriched.missing(ids);
        List<String> duplicated = enriched.duplicated(ids);
        allIds.addAll(ids);
        Audit.Report audit = audit();
        note(String.format("%s: %d stories, %d lost, %d duplicated; longest pause of wire.enriched %.1f s, all "
                + "enriched %.1f s after the fault%s; audit %s", fault, ids.size(), lost.size(), duplicated.size(),
                enriched.longestPauseMillis(from, done) / 1000.0, seconds(from, done), more,
                audit.clean() ? "clean" : "NOT clean " + audit));
        assertThat(lost).as("lost").isEmpty();
        assertThat(duplicated).as("duplicated").isEmpty();
        assertThat(audit.missing()).as("audit: missing").isEmpty();
        assertThat(audit.duplicated()).as("audit: duplicated").isEmpty();
    }

    /** Keeps a figure for the report, and prints it at once: a later phase may hang. */
    private void note(String figure) {
        figures.add(figure);
        System.out.println("ClusterIT: " + figure);
    }

    private Audit.Report audit() {
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), Map.of("bootstrap.servers", brokers.bootstrapServers()));
        return new Audit(config, topics).run(null, null);
    }

    /**
     * Waits until enrich has committed its position at the end of every {@code wire.raw} partition: every copy of
     * every story has been judged, so a duplicate, if any, would be on {@code wire.enriched} by now.
     */
    private void awaitEnrichCaughtUp() {
        Admin admin = brokers.admin();
        try {
            await().atMost(PHASE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(Stages.ENRICH_APP_ID)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                for (int p = 0; p < PARTITIONS; p++) {
                    latest.put(new TopicPartition(topics.raw().name(), p), OffsetSpec.latest());
                }
                var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                return ends.entrySet().stream().allMatch(e -> committed.containsKey(e.getKey())
                        && committed.get(e.getKey()).offset() >= e.getValue().offset());
            });
        } finally {
            // bounded: brokers that a failed phase left down must fail this test, not hang the run on close
            admin.close(Duration.ofSeconds(10));
        }
    }

    private void awaitEnriched(List<String> ids, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(enriched.seen(ids)).as("stories enriched of " + ids.size() + "; first missing: "
                        + enriched.missing(ids).stream().limit(5).toList()).isEqualTo(ids.size()));
    }

    private static void awaitDropped(StoryFeed feed, int n) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() -> feed.ids().size() >= n);
    }

    private List<String> streamsArgs() {
        List<String> args = new ArrayList<>(List.of("--bootstrap-servers", brokers.bootstrapServers()));
        args.addAll(STREAMS_CLIENT);
        return args;
    }

    private int health(int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> post(int port, String id) throws Exception {
        String body = Json.MAPPER.writeValueAsString(Map.of("uri", id, "version", 1, "language", "en", "headline",
                "Serbia and Kosovo agree on border crossing", "body_text", "BRUSSELS - Negotiators from Serbia and Kosovo "
                        + "agreed on Saturday to reopen a border crossing, the European Union said."));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stories"))
                .timeout(DELIVERY_TIMEOUT.multipliedBy(4)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long coverageTotal(int port) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/coverage?window=1d&buckets=1&subject=all")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        JsonNode n = Json.MAPPER.readTree(r.body());
        return n.path("total").asLong(-1);
    }

    private static List<Path> storyFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).toList();
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    @AfterAll
    void stopEverything() throws Exception {
        String report = String.join(System.lineSeparator(), figures);
        System.out.println("ClusterIT figures:" + System.lineSeparator() + report);
        if (dir != null) {
            Files.writeString(dir.resolve("figures.txt"), report + System.lineSeparator());
        }
        try {
            if (enriched != null) {
                enriched.close();
            }
            if (raw != null) {
                raw.close();
            }
        } finally {
            try {
                if (stages != null) {
                    stages.close();
                }
            } finally {
                if (brokers != null) {
                    brokers.close();
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
