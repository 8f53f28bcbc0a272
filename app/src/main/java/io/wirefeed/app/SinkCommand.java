package io.wirefeed.app;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Routes every enriched record to wire.region.<slug> for each of its regions.",
                "Runs against any Kafka (--bootstrap-servers); --kafka.<key>=<value> reaches the clients."})
final class SinkCommand extends StageCommand {
    @Mixin
    WatchlistOptions watchlist;

    @Override
    Map<String, String> overrides() {
        return watchlist.overrides();
    }

    @Override
    void start(Stages stages, WirefeedConfig config) {
        stages.startSink();
    }
}
