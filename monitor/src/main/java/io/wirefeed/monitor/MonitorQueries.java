package io.wirefeed.monitor;

import io.wirefeed.model.Alert;
import io.wirefeed.model.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Answers the query API from the monitor's stores with Kafka Streams interactive queries. Each key lives on
 * one instance: an instance that does not hold it asks the one that does ({@code application.server}) and
 * passes the answer on, so any instance answers any question.
 */
public final class MonitorQueries {
    /** A JSON answer and its HTTP status. */
    public record Answer(int status, String json) {
        static Answer ok(Object body) {
            try {
                return new Answer(200, Json.MAPPER.writeValueAsString(body));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        static Answer error(int status, String message) {
            return new Answer(status, "{\"error\":" + quote(message) + "}");
        }
    }

    public record Bucket(Instant start, Instant end, long count) {}

    public record Coverage(String subject, String window, List<Bucket> buckets, long total) {}

    public record TopActors(String region, String window, Instant start, Instant end, List<RegionActorCounter.Ranked> actors) {}

    public record Recent(String subject, List<StorySummary> stories) {}

    public record Alerts(List<Alert> alerts) {}

    public record Instance(String host, int port, List<String> stores, boolean self) {}

    private final KafkaStreams streams;
    private final HostInfo self;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public MonitorQueries(KafkaStreams streams, HostInfo self, Clock clock) {
        this.streams = streams;
        this.self = self;
        this.clock = clock;
    }

    /**
     * Stories under {@code subject} in each of the {@code buckets} windows up to the one holding {@code at}
     * (null: now), oldest first, empty windows as 0.
     *
     * @param pathAndQuery the request, to pass on to the instance holding the key
     * @param local        answer from this instance's stores without routing (a request passed on by a peer)
     */
    public Answer coverage(String subject, CoverageWindow w, int buckets, Instant at, String pathAndQuery, boolean local) {
        int n = Math.max(1, Math.min(buckets, w.maxBuckets()));
        return routed(w.coverageStore(), subject, pathAndQuery, local, () -> {
            ReadOnlyWindowStore<String, Long> store = store(w.coverageStore(), QueryableStoreTypes.windowStore());
            long last = w.windowStart(at(at));
            long first = last - (n - 1) * w.size.toMillis();
            Map<Long, Long> counts = new TreeMap<>();
            try (WindowStoreIterator<Long> it = store.fetch(subject, Instant.ofEpochMilli(first), Instant.ofEpochMilli(last))) {
                it.forEachRemaining(kv -> counts.put(kv.key, kv.value));
            }
            List<Bucket> out = new ArrayList<>(n);
            long total = 0;
            for (long start = first; start <= last; start += w.size.toMillis()) {
                long c = counts.getOrDefault(start, 0L);
                total += c;
                out.add(new Bucket(Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + w.size.toMillis()), c));
            }
            return new Coverage(subject, w.label, out, total);
        });
    }

    /** The actors named in most stories of {@code region} in the window holding {@code at} (null: now). */
    public Answer topActors(String region, CoverageWindow w, int limit, Instant at, String pathAndQuery, boolean local) {
        return routed(w.regionActorsStore(), region, pathAndQuery, local, () -> {
            ReadOnlyWindowStore<String, Long> counts = store(w.regionActorsStore(), QueryableStoreTypes.windowStore());
            ReadOnlyKeyValueStore<String, String> names = store(RegionActorCounter.NAMES, QueryableStoreTypes.keyValueStore());
            long start = w.windowStart(at(at));
            return new TopActors(region, w.label, Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + w.size.toMillis()),
                    RegionActorCounter.top(counts, names, region, start, limit));
        });
    }

    /** The last stories counted under {@code subject} (within a week), newest first. */
    public Answer recentStories(String subject, int limit, String pathAndQuery, boolean local) {
        return routed(MonitorTopology.RECENT_STORIES, subject, pathAndQuery, local, () -> {
            ReadOnlyWindowStore<String, StorySummary> store = store(MonitorTopology.RECENT_STORIES, QueryableStoreTypes.windowStore());
            return new Recent(subject, RecentStories.latest(store, subject, clock.millis(), limit));
        });
    }

    /** The last alerts, watch-list and spike, newest first. */
    public Answer recentAlerts(int limit, String pathAndQuery, boolean local) {
        return routed(MonitorTopology.RECENT_ALERTS, MonitorTopology.ALERTS_KEY, pathAndQuery, local, () -> {
            ReadOnlyKeyValueStore<String, RecentAlerts> store = store(MonitorTopology.RECENT_ALERTS, QueryableStoreTypes.keyValueStore());
            RecentAlerts recent = store.get(MonitorTopology.ALERTS_KEY);
            List<Alert> alerts = recent == null ? List.of() : recent.alerts();
            return new Alerts(alerts.subList(0, Math.min(Math.max(0, limit), alerts.size())));
        });
    }

    /** The monitor instances of this application and the stores each holds. */
    public Answer instances() {
        List<Instance> out = new ArrayList<>();
        streams.metadataForAllStreamsClients().forEach(m -> out.add(new Instance(m.host(), m.port(),
                List.copyOf(new java.util.TreeSet<>(m.stateStoreNames())), m.hostInfo().equals(self))));
        return Answer.ok(Map.of("instances", out));
    }

    public String state() {
        return streams.state().name();
    }

    private Answer routed(String store, String key, String pathAndQuery, boolean local, Supplier<Object> answer) {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING && state != KafkaStreams.State.REBALANCING) {
            return Answer.error(503, "the monitor is " + state.name().toLowerCase() + "; try again shortly");
        }
        if (!local) {
            KeyQueryMetadata where = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
            if (where == null || where.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
                return Answer.error(503, "store " + store + " is not ready yet; try again shortly");
            }
            if (!where.activeHost().equals(self)) {
                return forward(where.activeHost(), pathAndQuery);
            }
        }
        try {
            return Answer.ok(answer.get());
        } catch (InvalidStateStoreException e) {
            // a rebalance moved the key or the store is restoring: the caller retries
            return Answer.error(503, "store " + store + " is not available here right now (" + e.getMessage() + ")");
        }
    }

    private Answer forward(HostInfo owner, String pathAndQuery) {
        String sep = pathAndQuery.contains("?") ? "&" : "?";
        URI uri = URI.create("http://" + owner.host() + ":" + owner.port() + pathAndQuery + sep + "local=true");
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            return Answer.error(502, "the instance holding this key (" + owner.host() + ":" + owner.port() + ") did not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.error(503, "interrupted");
        }
    }

    private long at(Instant at) {
        return at == null ? clock.millis() : at.toEpochMilli();
    }

    private <T> T store(String name, org.apache.kafka.streams.state.QueryableStoreType<T> type) {
        // a store still restoring after a rebalance answers with what it has: a dashboard prefers slightly old counts to none
        return streams.store(StoreQueryParameters.fromNameAndType(name, type).enableStaleStores());
    }

    static String quote(String s) {
        try {
            return Json.MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Query parameters of a request, decoded. */
    static Map<String, String> params(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        String q = uri.getRawQuery();
        if (q == null) {
            return out;
        }
        for (String part : q.split("&")) {
            int eq = part.indexOf('=');
            String k = eq < 0 ? part : part.substring(0, eq);
            String v = eq < 0 ? "" : part.substring(eq + 1);
            out.put(java.net.URLDecoder.decode(k, java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }
}
