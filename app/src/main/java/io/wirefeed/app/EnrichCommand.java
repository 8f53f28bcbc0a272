package io.wirefeed.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Tags every story of wire.raw and writes the enriched record to wire.enriched (exactly once).", "Runs against any Kafka (--bootstrap-servers); --kafka.<key>=<value> reaches the clients."})
final class EnrichCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        WirefeedConfig config = options.resolve(java.util.Map.of());
        Stages stages = new Stages(config);
        stages.startEnrich(Stages.tagger(config));
        return StageCommands.runUntilStopped(stages);
    }
}
