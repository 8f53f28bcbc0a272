package io.wirefeed.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "wirefeed", mixinStandardHelpOptions = true, version = "wirefeed 0.1.0",
        description = "Tags wire-service news in real time by region and actors, on Kafka.",
        subcommands = {UpCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class, MonitorCommand.class, TagCommand.class,
                BenchCommand.class, AuditCommand.class, WatchCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 failure (message on stderr), 2 bad usage, 3 tag: some inputs unreadable, "
                + "4 audit: stories missing or duplicated."})
public final class WirefeedCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a command: up, ingest, enrich, sink, monitor or tag (see --help)");
    }
}
