package io.wirefeed.app;

import picocli.CommandLine.Command;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Routes every enriched record to wire.region.<slug> for each of its regions.",
                "Runs against any Kafka (--bootstrap-servers); --kafka.<key>=<value> reaches the clients."})
final class SinkCommand extends StageCommand {
    @Override
    void start(Stages stages, WirefeedConfig config) {
        stages.startSink();
    }
}
