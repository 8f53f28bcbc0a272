package io.wirefeed.ingest.channel;

import io.wirefeed.model.HttpReplies;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wirefeed.ingest.Ingestor;
import io.wirefeed.ingest.PublishException;
import io.wirefeed.ingest.format.UnreadableStoryException;
import io.wirefeed.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP channel, on the JDK's built-in server ({@code jdk.httpserver}):
 * <ul>
 *   <li>{@code POST /stories}: the body is one input in any supported format, detected from the content
 *       (the {@code Content-Type} is only a hint: its {@code charset}, when not UTF-8, is decoded). Answers
 *       {@code 202 {"ids": [...], "duplicates": [...]}} once the broker has acknowledged the stories
 *       ({@code duplicates}: the ids published before, through any channel, and not published again);
 *       {@code 400 {"reason", "dead_letter"}} for input it cannot read, which goes to {@code wire.dlq} keyed
 *       by the {@code dead_letter} value; {@code 413} over the size limit (the declared length and the
 *       bytes read are both checked; at most the limit + 1 bytes are ever held); {@code 401} without the
 *       configured bearer token; {@code 405} for other methods; {@code 503} when Kafka does not acknowledge.</li>
 *   <li>{@code GET /health}: {@code 200 {"status": "ok"}}.</li>
 * </ul>
 * Without a token the endpoint is open to anyone who can reach the address (127.0.0.1 by default).
 * Requests run on a small bounded pool; when it and its queue are full, new connections are closed.
 */
public final class HttpIngest implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpIngest.class);
    public static final int DEFAULT_THREADS = 4;
    private static final int QUEUE = 32;

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final Ingestor ingestor;
    private final byte[] token;
    private final int maxBytes;

    private HttpIngest(HttpServer server, ThreadPoolExecutor executor, Ingestor ingestor, String token, int maxBytes) {
        this.server = server;
        this.executor = executor;
        this.ingestor = ingestor;
        this.token = token == null || token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
        this.maxBytes = maxBytes;
    }

    /**
     * Starts serving on {@code bind:port} ({@code port} 0: any free port, see {@link #port()}).
     *
     * @param token    the bearer token {@code POST /stories} requires; null or empty: none (open endpoint)
     * @param maxBytes largest request body accepted
     */
    public static HttpIngest start(Ingestor ingestor, String bind, int port, String token, int maxBytes, int threads) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + bind + ":" + port + " for the HTTP channel (" + e.getMessage()
                    + "); is the port in use? Choose another with --http-port or http.port (0 turns the channel off)", e);
        }
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "wirefeed-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy()); // the server closes a connection it cannot hand over
        executor.allowCoreThreadTimeOut(true);
        HttpIngest http = new HttpIngest(server, executor, ingestor, token, maxBytes);
        server.createContext("/", http::handle);
        server.setExecutor(executor);
        server.start();
        log.info("HTTP channel on http://{}:{}/stories ({}; bodies up to {} bytes)", bind, http.port(),
                http.token == null ? "open: no token configured" : "bearer token required", maxBytes);
        return http;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base address, e.g. {@code http://127.0.0.1:8081}. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort());
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (path.equals("/health")) {
                if (method.equals("GET") || method.equals("HEAD")) {
                    send(ex, 200, Map.of("status", "ok"));
                } else {
                    notAllowed(ex, "GET");
                }
            } else if (path.equals("/stories")) {
                if (method.equals("POST")) {
                    stories(ex);
                } else {
                    notAllowed(ex, "POST");
                }
            } else {
                send(ex, 404, Map.of("reason", "not found: POST /stories, GET /health"));
            }
        } catch (IOException e) {
            log.debug("HTTP exchange with {} ended early: {}", ex.getRemoteAddress(), e.toString());
        } catch (RuntimeException e) {
            log.error("HTTP request {} {} failed", ex.getRequestMethod(), ex.getRequestURI(), e);
            if (ex.getResponseCode() == -1) { // nothing sent yet
                try {
                    send(ex, 500, Map.of("reason", "internal error: " + e.getClass().getSimpleName()));
                } catch (IOException | RuntimeException ignored) {
                    // the connection is closed below
                }
            }
        }
    }

    private void stories(HttpExchange ex) throws IOException {
        if (!authorised(ex)) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"wirefeed\"");
            send(ex, 401, Map.of("reason", "a bearer token is required: Authorization: Bearer <token>"));
            return;
        }
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                send(ex, 400, Map.of("reason", "bad Content-Length: " + declared));
                return;
            }
            if (length > maxBytes) {
                tooLarge(ex, length + " bytes");
                return;
            }
        }
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1);
        }
        if (body.length > maxBytes) {
            tooLarge(ex, "more than " + maxBytes + " bytes");
            return;
        }
        String source = "http-" + UUID.randomUUID();
        try {
            Ingestor.Result result = ingestor.ingest(decode(body, ex.getRequestHeaders().getFirst("Content-Type")));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("ids", result.ids());
            answer.put("duplicates", result.duplicateIds());
            log.info("HTTP {}: published {} of {} stor{} from {}", source, result.published().size(),
                    result.stories().size(), result.stories().size() == 1 ? "y" : "ies", ex.getRemoteAddress());
            send(ex, 202, answer);
        } catch (UnreadableStoryException e) {
            unreadable(ex, source, body, e);
        } catch (PublishException e) {
            log.warn("HTTP {}: {}", source, e.getMessage());
            ex.getResponseHeaders().set("Retry-After", "30");
            send(ex, 503, Map.of("reason", "Kafka did not acknowledge the story; try again later"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(ex, 503, Map.of("reason", "shutting down"));
        }
    }

    private void unreadable(HttpExchange ex, String source, byte[] body, UnreadableStoryException e) throws IOException {
        try {
            ingestor.deadLetter(source, body, e.getMessage(), e);
            log.warn("HTTP {}: dead-lettered: {}", source, e.getMessage());
        } catch (PublishException pe) {
            log.warn("HTTP {}: unreadable ({}), and Kafka did not take the dead letter: {}", source, e.getMessage(),
                    pe.getMessage());
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("reason", e.getMessage());
        answer.put("dead_letter", source);
        send(ex, 400, answer);
    }

    private boolean authorised(HttpExchange ex) {
        if (token == null) {
            return true;
        }
        String h = ex.getRequestHeaders().getFirst("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(h.substring(7).trim().getBytes(StandardCharsets.UTF_8), token);
    }

    private void tooLarge(HttpExchange ex, String size) throws IOException {
        // the rest of the body is not read: the server drains a little of it, then closes the connection
        ex.getResponseHeaders().set("Connection", "close");
        send(ex, 413, Map.of("reason", "request body of " + size + " is over the limit of " + maxBytes + " bytes"));
    }

    private static void notAllowed(HttpExchange ex, String allow) throws IOException {
        ex.getResponseHeaders().set("Allow", allow);
        send(ex, 405, Map.of("reason", "method " + ex.getRequestMethod() + " not allowed; use " + allow));
    }

    /**
     * The body as UTF-8: when the Content-Type names another charset (windows-1250, ISO-8859-2, ...) the body
     * is decoded from it. An unknown charset, or a body that is not in it, is passed on as it came (the
     * reader then judges it).
     */
    static byte[] decode(byte[] body, String contentType) {
        Charset charset = charset(contentType);
        if (charset == null || charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)) {
            return body;
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return body;
        }
    }

    private static Charset charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring(8).strip().replace("\"", "");
                try {
                    return Charset.isSupported(name) ? Charset.forName(name) : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static void send(HttpExchange ex, int status, Object json) throws IOException {
        HttpReplies.send(ex, status, "application/json; charset=utf-8", Json.MAPPER.writeValueAsBytes(json));
    }

    /** Stops accepting, lets running requests finish (up to a second), then stops the pool. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
