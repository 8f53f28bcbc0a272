package io.wirefeed.app;

import io.wirefeed.model.HttpReplies;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /metrics} in the Prometheus text format, and nothing else: for {@code ingest}, {@code enrich} or
 * {@code sink} run on their own ({@code metrics.port}); under {@code up} the live page's server has /metrics.
 * On the JDK's built-in server; one request at a time on its dispatcher thread is plenty for a scraper.
 */
public final class MetricsEndpoint implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MetricsEndpoint.class);

    private final HttpServer server;
    private final Telemetry telemetry;

    private MetricsEndpoint(HttpServer server, Telemetry telemetry) {
        this.server = server;
        this.telemetry = telemetry;
    }

    /** Starts serving on {@code bind:port} ({@code port} 0: any free port, see {@link #uri()}). */
    public static MetricsEndpoint start(Telemetry telemetry, String bind, int port) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bind, port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + bind + ":" + port + " for /metrics (" + e.getMessage()
                    + "); is the port in use? Choose another with metrics.port (0 turns the endpoint off)", e);
        }
        MetricsEndpoint endpoint = new MetricsEndpoint(server, telemetry);
        server.createContext("/", endpoint::handle);
        server.start();
        log.info("metrics on {}/metrics", endpoint.uri());
        return endpoint;
    }

    /** The base address, e.g. {@code http://127.0.0.1:9400}. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort());
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            if (!ex.getRequestURI().getPath().equals("/metrics")) {
                send(ex, 404, "text/plain; charset=utf-8", "not found: GET /metrics\n");
            } else if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed: GET /metrics\n");
            } else {
                send(ex, 200, Telemetry.CONTENT_TYPE, telemetry.scrape());
            }
        } catch (IOException e) {
            log.debug("metrics request from {} ended early: {}", ex.getRemoteAddress(), e.toString());
        } catch (RuntimeException e) {
            log.error("metrics request {} {} failed", ex.getRequestMethod(), ex.getRequestURI(), e);
        }
    }

    private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        HttpReplies.send(ex, status, contentType, body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
