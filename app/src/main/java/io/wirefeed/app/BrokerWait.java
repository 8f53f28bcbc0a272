package io.wirefeed.app;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Waits, before a stage starts, until a broker at {@code bootstrap.servers} answers, at most {@code startup.timeout.ms}:
 * says once, in wirefeed's words, what it is waiting for when the brokers do not answer at once, and fails with a
 * message naming the address and the key when they never do (Kafka's clients would otherwise retry for ever).
 */
final class BrokerWait {
    /** Brokers that answer within this are not worth a message. */
    static final Duration QUIET = Duration.ofSeconds(2);

    private BrokerWait() {}

    /** Returns the cluster id, or throws {@link IllegalStateException} after the timeout. */
    static String await(WirefeedConfig config, Consumer<String> say) {
        Duration timeout = config.startupTimeout();
        try (Admin admin = KafkaClients.admin(config)) {
            Future<String> clusterId = admin.describeCluster(new DescribeClusterOptions()
                    .timeoutMs((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))).clusterId();
            try {
                return clusterId.get(Math.min(QUIET.toMillis(), timeout.toMillis()), TimeUnit.MILLISECONDS);
            } catch (TimeoutException quiet) {
                say.accept("waiting for the Kafka brokers at " + config.bootstrapServers() + " (up to "
                        + timeout.toSeconds() + " s, " + WirefeedConfig.STARTUP_TIMEOUT_MS_CONFIG + ") ...");
            }
            return clusterId.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("no Kafka broker answered at " + config.bootstrapServers() + " within "
                    + timeout.toSeconds() + " s; check " + WirefeedConfig.BOOTSTRAP_SERVERS_CONFIG
                    + " (--bootstrap-servers) and that the brokers run, or raise " + WirefeedConfig.STARTUP_TIMEOUT_MS_CONFIG, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka brokers at " + config.bootstrapServers(), e);
        }
    }
}
