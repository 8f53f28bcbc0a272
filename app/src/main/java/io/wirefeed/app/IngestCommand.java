package io.wirefeed.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publishes stories to wire.raw (unreadable input to wire.dlq) from the inbox folder, the HTTP channel "
                + "(POST /stories on 127.0.0.1:8081 unless http.port=0) and any --feed; a story already published "
                + "through any channel is not published again.",
                "Runs against any Kafka (--bootstrap-servers); --kafka.<key>=<value> reaches the clients."})
final class IngestCommand extends StageCommand {
    @Option(names = "--inbox", description = "folder to watch (default: inbox)")
    Path inbox;

    @Mixin
    ChannelOptions channels;

    @Override
    Map<String, String> overrides() {
        Map<String, String> m = new LinkedHashMap<>(channels.overrides());
        if (inbox != null) {
            m.put(WirefeedConfig.INBOX_CONFIG, inbox.toString());
        }
        return m;
    }

    @Override
    void start(Stages stages, WirefeedConfig config) {
        stages.startIngest();
    }
}
