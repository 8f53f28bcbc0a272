package io.wirefeed.ingest.channel;

import io.wirefeed.ingest.Ingestor;
import io.wirefeed.ingest.PublishException;
import io.wirefeed.ingest.format.UnreadableStoryException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed channel: polls RSS 2.0 and Atom feeds every interval with a conditional GET ({@code If-None-Match}
 * and {@code If-Modified-Since} from the last {@code ETag} and {@code Last-Modified}; a {@code 304} publishes
 * nothing) and hands each feed document to the {@link Ingestor}, which publishes every item once (items already
 * published, through any channel or before a restart, are left out). A document identical to the last one
 * read from that feed is not parsed again. A feed that cannot be parsed goes to {@code wire.dlq} (key
 * {@code feed <url>}) once per distinct content; HTTP and network errors are logged and retried next poll.
 * Feeds are fetched one after the other on one thread; a body is read up to the size limit (gzip accepted).
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final String USER_AGENT = "wirefeed/0.1 (feed poller)";

    private final List<URI> feeds;
    private final Duration interval;
    private final Ingestor ingestor;
    private final int maxBytes;
    private final HttpClient client;
    private final Map<URI, State> states = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    /** What one poll of one feed did. */
    public enum Outcome {
        /** 200, and the stories not published before were published (possibly none) */
        PUBLISHED,
        /** 304 Not Modified: nothing fetched, nothing published */
        NOT_MODIFIED,
        /** 200, but the same bytes as last time: not parsed again */
        UNCHANGED,
        /** 200, unreadable: sent to wire.dlq */
        DEAD_LETTERED,
        /** an HTTP error, a network error, too large, or Kafka did not acknowledge: tried again next poll */
        FAILED
    }

    /** The last validators and content digest seen for a feed. */
    private record State(String etag, String lastModified, byte[] digest) {}

    public FeedPoller(List<URI> feeds, Duration interval, Ingestor ingestor, int maxBytes) {
        this(feeds, interval, ingestor, maxBytes, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build());
    }

    public FeedPoller(List<URI> feeds, Duration interval, Ingestor ingestor, int maxBytes, HttpClient client) {
        for (URI u : feeds) {
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!u.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new IllegalArgumentException("feed URL must be an absolute http or https URL: " + u);
            }
        }
        this.feeds = List.copyOf(feeds);
        this.interval = interval;
        this.ingestor = ingestor;
        this.maxBytes = maxBytes;
        this.client = client;
    }

    public List<URI> feeds() {
        return feeds;
    }

    /** Polls every feed now and then every interval, on a thread of its own, until {@link #close()}. */
    public synchronized FeedPoller start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "wirefeed-feeds");
                t.setDaemon(true);
                return t;
            });
            scheduler.scheduleWithFixedDelay(this::pollAllQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
            log.info("polling {} feed(s) every {} s: {}", feeds.size(), interval.toSeconds(), feeds);
        }
        return this;
    }

    /** Polls every feed once, in order; the outcome of each. */
    public Map<URI, Outcome> pollOnce() throws InterruptedException {
        Map<URI, Outcome> outcomes = new LinkedHashMap<>();
        for (URI feed : feeds) {
            outcomes.put(feed, poll(feed));
        }
        return outcomes;
    }

    private void pollAllQuietly() {
        try {
            pollOnce();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("feed poll failed", e); // the next poll runs all the same
        }
    }

    /** One conditional GET of {@code feed} and, when it brings a new document, its stories. */
    public Outcome poll(URI feed) throws InterruptedException {
        State last = states.get(feed);
        HttpRequest.Builder request = HttpRequest.newBuilder(feed).GET().timeout(REQUEST_TIMEOUT)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1")
                .header("Accept-Encoding", "gzip");
        if (last != null && last.etag() != null) {
            request.header("If-None-Match", last.etag());
        }
        if (last != null && last.lastModified() != null) {
            request.header("If-Modified-Since", last.lastModified());
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            log.warn("feed {}: {} (will retry next poll)", feed, e.toString());
            return Outcome.FAILED;
        }
        byte[] body;
        try (InputStream raw = response.body()) {
            int status = response.statusCode();
            if (status == 304) {
                log.debug("feed {}: not modified", feed);
                return Outcome.NOT_MODIFIED;
            }
            if (status != 200) {
                log.warn("feed {}: HTTP {} (will retry next poll)", feed, status);
                return Outcome.FAILED;
            }
            long declared = declaredLength(response);
            boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.trim().equalsIgnoreCase("gzip"))
                    .orElse(false);
            if (!gzip && declared > maxBytes) {
                log.warn("feed {}: {} bytes, over the limit of {} (will retry next poll)", feed, declared, maxBytes);
                return Outcome.FAILED;
            }
            // at most the limit + 1 bytes are held, also of a gzip body however far it would expand
            try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
                body = in.readNBytes(maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1);
            }
            if (body.length > maxBytes) {
                log.warn("feed {}: over the limit of {} bytes (will retry next poll)", feed, maxBytes);
                return Outcome.FAILED;
            }
        } catch (IOException e) {
            log.warn("feed {}: reading the response failed: {} (will retry next poll)", feed, e.toString());
            return Outcome.FAILED;
        }
        State now = new State(response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null), sha256(body));
        if (last != null && MessageDigest.isEqual(last.digest(), now.digest())) {
            states.put(feed, now);
            log.debug("feed {}: unchanged", feed);
            return Outcome.UNCHANGED;
        }
        String source = "feed " + feed;
        try {
            Ingestor.Result result = ingestor.ingest(body);
            states.put(feed, now);
            if (!result.published().isEmpty()) {
                log.info("feed {}: published {} new of {} item(s)", feed, result.published().size(), result.stories().size());
            }
            return Outcome.PUBLISHED;
        } catch (UnreadableStoryException e) {
            try {
                ingestor.deadLetter(source, body, e.getMessage(), e);
                states.put(feed, now); // the same document is not dead-lettered again
                log.warn("feed {}: dead-lettered: {}", feed, e.getMessage());
                return Outcome.DEAD_LETTERED;
            } catch (PublishException pe) {
                log.warn("feed {}: unreadable ({}), and Kafka did not take the dead letter (will retry): {}", feed,
                        e.getMessage(), pe.getMessage());
                return Outcome.FAILED;
            }
        } catch (PublishException e) {
            log.warn("feed {}: {} (will retry next poll)", feed, e.getMessage());
            return Outcome.FAILED;
        }
    }

    private static long declaredLength(HttpResponse<?> response) {
        try {
            return response.headers().firstValueAsLong("Content-Length").orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** Stops polling; a poll in progress is interrupted. */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }
}
