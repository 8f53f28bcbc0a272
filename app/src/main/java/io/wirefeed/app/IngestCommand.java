package io.wirefeed.app;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Watches the inbox and publishes each story to wire.raw (unreadable input to wire.dlq).",
                "Runs against any Kafka (--bootstrap-servers); --kafka.<key>=<value> reaches the clients."})
final class IngestCommand extends StageCommand {
    @Option(names = "--inbox", description = "folder to watch (default: inbox)")
    Path inbox;

    @Override
    Map<String, String> overrides() {
        return inbox == null ? Map.of() : Map.of(WirefeedConfig.Key.INBOX.name, inbox.toString());
    }

    @Override
    void start(Stages stages, WirefeedConfig config) {
        stages.startIngest();
    }
}
