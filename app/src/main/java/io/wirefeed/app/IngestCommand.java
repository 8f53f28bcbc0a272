package io.wirefeed.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Watches the inbox and publishes each story to wire.raw (unreadable input to wire.dlq).", "Runs against any Kafka (--bootstrap-servers); --kafka.<key>=<value> reaches the clients."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--inbox", description = "folder to watch (default: inbox)")
    java.nio.file.Path inbox;

    @Override
    public Integer call() throws Exception {
        WirefeedConfig config = options.resolve(inbox == null ? java.util.Map.of() : java.util.Map.of(WirefeedConfig.Key.INBOX.name, inbox.toString()));
        Stages stages = new Stages(config);
        stages.startIngest();
        return StageCommands.runUntilStopped(stages);
    }
}
