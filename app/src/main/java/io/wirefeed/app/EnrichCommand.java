package io.wirefeed.app;

import picocli.CommandLine.Command;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Tags every story of wire.raw and writes the enriched record to wire.enriched (exactly once).",
                "Runs against any Kafka (--bootstrap-servers); --kafka.<key>=<value> reaches the clients."})
final class EnrichCommand extends StageCommand {
    @Override
    void start(Stages stages, WirefeedConfig config) {
        stages.startEnrich(Stages.tagger(config));
    }
}
