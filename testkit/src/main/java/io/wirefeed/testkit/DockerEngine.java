package io.wirefeed.testkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the Docker engine (DOCKER_HOST, else /var/run/docker.sock) over its HTTP API whether it answers and holds
 * an image, without Testcontainers: Testcontainers' first client starts its Ryuk container, pulling that image
 * with minutes of retries where no registry answers. Plain unix:// and tcp:// engines only.
 */
final class DockerEngine {
    private final SocketAddress address;

    private DockerEngine(SocketAddress address) {
        this.address = address;
    }

    /** The engine DOCKER_HOST names, else the local socket; null for one this probe cannot reach (TLS). */
    static DockerEngine fromEnvironment() {
        String host = System.getenv("DOCKER_HOST");
        if (host == null || host.isBlank()) {
            return new DockerEngine(UnixDomainSocketAddress.of("/var/run/docker.sock"));
        }
        URI uri = URI.create(host.trim());
        if ("unix".equals(uri.getScheme())) {
            return new DockerEngine(UnixDomainSocketAddress.of(uri.getPath()));
        }
        if ("tcp".equals(uri.getScheme()) && !"1".equals(System.getenv("DOCKER_TLS_VERIFY"))) {
            return new DockerEngine(new InetSocketAddress(uri.getHost(), uri.getPort()));
        }
        return null;
    }

    boolean answers() {
        return status("/_ping") == 200;
    }

    boolean hasImage(String image) {
        return status("/images/" + image + "/json") == 200;
    }

    /** The HTTP status of a GET, or -1 when the engine does not answer within 10 s. */
    private int status(String path) {
        CompletableFuture<Integer> reply = CompletableFuture.supplyAsync(() -> get(path));
        try {
            return reply.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (ExecutionException | TimeoutException e) {
            reply.cancel(true);
            return -1;
        }
    }

    private int get(String path) {
        try (SocketChannel channel = SocketChannel.open(address)) {
            channel.write(ByteBuffer.wrap(("GET " + path + " HTTP/1.0\r\nHost: docker\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(64);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // the status line fits in the first bytes
            }
            String statusLine = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
            String[] parts = statusLine.split(" ", 3);
            return parts.length > 1 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1]) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
