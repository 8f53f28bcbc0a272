package io.wirefeed.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Routes every enriched record to wire.region.<slug> for each of its regions.", "Runs against any Kafka (--bootstrap-servers); --kafka.<key>=<value> reaches the clients."})
final class SinkCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        WirefeedConfig config = options.resolve(java.util.Map.of());
        Stages stages = new Stages(config);
        stages.startSink();
        return StageCommands.runUntilStopped(stages);
    }
}
