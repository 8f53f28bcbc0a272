package io.wirefeed.monitor;

import io.wirefeed.model.HttpReplies;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monitor's HTTP face on the JDK's built-in server: the live page ({@code /}, static files from the
 * classpath folder {@code /web/}), its event stream ({@code /events}), the query API ({@code /api/...}),
 * {@code /health} and {@code /metrics}.
 */
public final class MonitorServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MonitorServer.class);
    static final int MAX_PAGES = 32;
    static final Duration PING = Duration.ofSeconds(15);
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "ico", "image/x-icon");

    private final HttpServer server;
    private final ExecutorService threads;
    private final MonitorQueries queries;
    private final LiveFeed feed;
    private final Supplier<String> metrics;
    private volatile boolean closed;

    private MonitorServer(HttpServer server, ExecutorService threads, MonitorQueries queries, LiveFeed feed,
            Supplier<String> metrics) {
        this.server = server;
        this.threads = threads;
        this.queries = queries;
        this.feed = feed;
        this.metrics = metrics;
    }

    /** @param metrics the Prometheus text of this process, or null for no {@code /metrics} */
    public static MonitorServer start(String bind, int port, MonitorQueries queries, LiveFeed feed, Supplier<String> metrics)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        // event streams hold a thread each for as long as a page is open
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "wirefeed-monitor-http");
            t.setDaemon(true);
            return t;
        });
        MonitorServer s = new MonitorServer(server, threads, queries, feed, metrics);
        server.createContext("/", s::handle);
        server.setExecutor(threads);
        server.start();
        log.info("live page and query API on http://{}:{}/", bind, s.port());
        return s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
                ex.getResponseHeaders().add("Allow", "GET");
                send(ex, 405, "application/json", "{\"error\":\"only GET\"}");
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (path.equals("/events")) {
                events(ex);
            } else if (path.startsWith("/api/")) {
                api(ex, path.substring(5));
            } else if (path.equals("/health")) {
                String state = queries.state();
                send(ex, state.equals("RUNNING") || state.equals("REBALANCING") ? 200 : 503, "application/json",
                        "{\"status\":\"" + state + "\"}");
            } else if (path.equals("/metrics") && metrics != null) {
                send(ex, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.get());
            } else {
                staticFile(ex, path.equals("/") ? "index.html" : path.substring(1));
            }
        } catch (IOException e) {
            log.debug("client went away: {}", e.toString());
        } catch (RuntimeException e) {
            log.warn("request {} failed: {}", ex.getRequestURI(), e.toString(), e);
        }
    }

    private void api(HttpExchange ex, String what) throws IOException {
        URI uri = ex.getRequestURI();
        Map<String, String> q = MonitorQueries.params(uri);
        String request = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        boolean local = "true".equals(q.get("local"));
        MonitorQueries.Answer a;
        try {
            a = switch (what) {
                case "coverage" -> {
                    CoverageWindow w = CoverageWindow.of(q.getOrDefault("window", "15m"));
                    yield queries.coverage(q.getOrDefault("subject", Subject.ALL), w,
                            intParam(q, "buckets", w.defaultBuckets), instantParam(q), request, local);
                }
                case "top-actors" -> queries.topActors(q.getOrDefault("region", MonitorTopology.ALL_REGIONS),
                        CoverageWindow.of(q.getOrDefault("window", "1h")), intParam(q, "limit", 10), instantParam(q), request, local);
                case "recent" -> queries.recentStories(required(q, "subject"), intParam(q, "limit", RecentStories.DEFAULT_LIMIT), request, local);
                case "alerts" -> queries.recentAlerts(intParam(q, "limit", 50), request, local);
                case "instances" -> queries.instances();
                default -> MonitorQueries.Answer.error(404, "no such endpoint: /api/" + what
                        + " (coverage, top-actors, recent, alerts, instances)");
            };
        } catch (IllegalArgumentException e) {
            a = MonitorQueries.Answer.error(400, e.getMessage());
        }
        if (a.status() == 503) {
            ex.getResponseHeaders().add("Retry-After", "2");
        }
        send(ex, a.status(), "application/json", a.json());
    }

    private void events(HttpExchange ex) throws IOException {
        if (feed.pages() >= MAX_PAGES) {
            ex.getResponseHeaders().add("Retry-After", "10");
            send(ex, 503, "application/json", "{\"error\":\"too many open pages\"}");
            return;
        }
        ex.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().add("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        try (LiveFeed.Subscription page = feed.subscribe()) {
            out.write("retry: 3000\n\n".getBytes(StandardCharsets.UTF_8));
            for (String e : page.backlog()) {
                out.write(e.getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
            while (!closed && !page.overflowed()) {
                String e = page.next(PING);
                out.write((e == null ? ": ping\n\n" : e).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void staticFile(HttpExchange ex, String name) throws IOException {
        // only plain names from the page's own folder: no paths, no way out of it
        if (!name.matches("[A-Za-z0-9_-]+\\.[a-z]+")) {
            send(ex, 404, "text/plain; charset=utf-8", "not found");
            return;
        }
        try (InputStream in = MonitorServer.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                send(ex, 404, "text/plain; charset=utf-8", "not found");
                return;
            }
            String ext = name.substring(name.lastIndexOf('.') + 1);
            ex.getResponseHeaders().add("Cache-Control", "no-cache");
            HttpReplies.send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes());
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        HttpReplies.send(ex, status, type, body);
    }

    private static int intParam(Map<String, String> q, String name, int dflt) {
        String v = q.get(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'");
        }
    }

    /** {@code at}: an ISO-8601 instant the answer is for (default now). */
    private static Instant instantParam(Map<String, String> q) {
        String v = q.get("at");
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("at must be an ISO-8601 instant such as 2026-11-29T10:00:00Z, not '" + v + "'");
        }
    }

    private static String required(Map<String, String> q, String name) {
        String v = q.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("parameter '" + name + "' is required");
        }
        return v;
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        threads.shutdownNow(); // wakes the event streams waiting for their next event
    }
}
