package io.wirefeed.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = {"Counts coverage per country, region, actor and provider (15 min, 1 h, 1 day), raises spike alerts, "
                + "and serves the live page, the query API and /metrics on http://127.0.0.1:8080/ (monitor.port).",
                "Several instances share the work: give each its own --monitor-port (or monitor.advertised); any of them answers.",
                "Runs against any Kafka (--bootstrap-servers); --kafka.<key>=<value> reaches the clients."})
final class MonitorCommand extends StageCommand {
    @Option(names = "--monitor-port", paramLabel = "PORT", description = "port of the live page and query API (default 8080; 0: off)")
    Integer monitorPort;

    @Override
    Map<String, String> overrides() {
        return monitorPort == null ? Map.of() : Map.of(WirefeedConfig.MONITOR_PORT_CONFIG, monitorPort.toString());
    }

    @Override
    void start(Stages stages, WirefeedConfig config) {
        try {
            stages.startMonitor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the live page on " + config.monitorBind() + ":" + config.monitorPort()
                    + ": " + e.getMessage() + " (pick another --monitor-port)", e);
        }
    }
}
