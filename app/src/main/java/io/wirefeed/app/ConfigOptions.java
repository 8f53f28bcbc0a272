package io.wirefeed.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/**
 * Options every Kafka-facing command shares; they feed {@link WirefeedConfig}. Options of one concern live in their
 * own mixin ({@link KnowledgeBaseOptions}, {@link WatchlistOptions}, {@link ChannelOptions}), taken only by the
 * commands that use them, so that each command's help lists what it reads.
 */
public final class ConfigOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka to use (default 127.0.0.1:9092)")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE", description = "properties file with wirefeed keys (see README)")
    Path configFile;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", description = "prefix for every topic name")
    String topicPrefix;

    /** --kafka.<key>=<value> settings: unknown options reach here as positional parameters (see Main) */
    @Parameters(paramLabel = "--kafka.<key>=<value>", arity = "0..*",
            description = "Kafka client setting passed to every client, e.g. --kafka.security.protocol=SASL_SSL")
    List<String> extra = List.of();

    /** The configuration from defaults, the file, the environment and these options. */
    WirefeedConfig resolve(Map<String, String> more) {
        Map<String, String> cli = new LinkedHashMap<>();
        put(cli, WirefeedConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        put(cli, WirefeedConfig.TOPIC_PREFIX_CONFIG, topicPrefix);
        for (String arg : extra) {
            // --kafka.<client key>=<value> goes to every Kafka client: --kafka.security.protocol=SASL_SSL
            if (!arg.startsWith("--kafka.") || !arg.contains("=")) {
                throw new ParameterException(spec.commandLine(), "unknown option " + arg
                        + " (Kafka client settings take the form --kafka.<key>=<value>)");
            }
            int eq = arg.indexOf('=');
            cli.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        cli.putAll(more);
        return WirefeedConfig.resolve(configFile, System.getenv(), cli);
    }

    private static void put(Map<String, String> cli, String key, String value) {
        if (value != null) {
            cli.put(key, value);
        }
    }
}
