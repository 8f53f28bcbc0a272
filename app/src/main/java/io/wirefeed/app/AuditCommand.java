package io.wirefeed.app;

import io.wirefeed.model.Topics;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Reconciles wire.raw, wire.enriched and wire.dlq as a read_committed consumer sees them: stories "
                + "received, enriched, dead-lettered, missing (neither) and duplicated (enriched twice with the same version).",
                "Exits 4 when anything is missing or duplicated."})
final class AuditCommand implements Callable<Integer> {
    static final int NOT_CLEAN = 4;

    @Mixin
    ConfigOptions options;

    @Option(names = "--from", paramLabel = "INSTANT", description = "only records from this time on (ISO-8601, e.g. 2026-11-29T00:00:00Z)")
    Instant from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "only raw records up to this time")
    Instant to;

    @Override
    public Integer call() {
        WirefeedConfig config = options.resolve(Map.of());
        Audit.Report r = new Audit(config, new Topics(config.topicPrefix())).run(from, to);
        System.out.printf("stories (id+version) in wire.raw: %d%nenriched: %d%ndead-lettered: %d%nmissing: %d%nduplicated: %d%n",
                r.raw(), r.enriched(), r.deadLettered(), r.missing().size(), r.duplicated().size());
        Audit.sample(r.missing(), 20).forEach(v -> System.out.println("  missing " + v));
        Audit.sample(r.duplicated(), 20).forEach(v -> System.out.println("  duplicated " + v));
        return r.clean() ? ExitCodes.OK : NOT_CLEAN;
    }
}
