package io.wirefeed.app;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Tags every story of wire.raw and writes the enriched record to wire.enriched (exactly once).",
                "Runs against any Kafka (--bootstrap-servers); --kafka.<key>=<value> reaches the clients."})
final class EnrichCommand extends StageCommand {
    @Mixin
    KnowledgeBaseOptions kb;

    @Override
    Map<String, String> overrides() {
        return kb.overrides();
    }

    @Override
    void start(Stages stages, WirefeedConfig config) {
        stages.startEnrich(Stages.tagger(config));
    }
}
