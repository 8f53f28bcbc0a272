package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.model.WireMetrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {
    private final Telemetry telemetry = new Telemetry();
    private final MetricsEndpoint endpoint = MetricsEndpoint.start(telemetry, "127.0.0.1", 0);
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        endpoint.close();
        telemetry.close();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(endpoint.uri() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersGetMetricsWithThePrometheusTextFormat() throws Exception {
        new WireMetrics(telemetry.registry()).stories("ingest", "published").increment();
        var response = send("GET", "/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body()).contains("# TYPE wirefeed_stories_total counter",
                "wirefeed_stories_total{outcome=\"published\",stage=\"ingest\"} 1.0", "jvm_memory_used_bytes");
    }

    @Test
    void servesNothingElse() throws Exception {
        assertThat(send("GET", "/").statusCode()).isEqualTo(404);
        assertThat(send("GET", "/metrics/x").statusCode()).isEqualTo(404);
        var post = send("POST", "/metrics");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(send("HEAD", "/metrics").statusCode()).isEqualTo(200);
    }
}
