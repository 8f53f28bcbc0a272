package io.wirefeed.app;

import io.wirefeed.model.Topics;
import io.wirefeed.sink.watch.WatchList;
import io.wirefeed.sink.watch.WatchListTopic;
import io.wirefeed.sink.watch.WatchRule;
import io.wirefeed.sink.watch.WatchRuleFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wirefeed watch put FILE | delete ID | list}: the watch-list rules on the compacted topic
 * {@code wire.watchlists} (key = rule id, value = the rule as JSON, a tombstone deletes), which every sink
 * applies as they arrive, besides the rules of its {@code watchlist.file}.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch-list rules on the compacted topic wire.watchlists, which running sinks apply without a restart, "
                + "besides the rules of their watchlist.file (on an id both have, the topic's rule wins).",
                "Runs against any Kafka (--bootstrap-servers, --topic-prefix); --kafka.<key>=<value> reaches the clients."},
        subcommands = {WatchCommand.Put.class, WatchCommand.Delete.class, WatchCommand.ListRules.class})
final class WatchCommand implements Runnable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: put, delete or list (see --help)");
    }

    @Command(name = "put", mixinStandardHelpOptions = true,
            customSynopsis = "wirefeed watch put [OPTIONS] FILE [--kafka.<key>=<value>...]",
            description = {"Checks the rules FILE as the sink checks its watchlist.file (known keys, unique ids, a criterion "
                    + "in every rule), then publishes every rule keyed by its id; returns once the broker has acknowledged them.",
                    "A rule already on the topic with the same id is replaced."})
    static final class Put implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            WatchList rules = WatchList.read(Path.of(operand(options, spec, "FILE")));
            WirefeedConfig config = options.resolve(Map.of());
            Topics topics = new Topics(config.topicPrefix());
            KafkaClients.createWatchlistsTopic(config, topics);
            try (Producer<String, String> producer = KafkaClients.watchlistProducer(config)) {
                new WatchListTopic(topics.watchlists().name(), TIMEOUT).put(producer, rules);
            }
            spec.commandLine().getOut().printf("put %d rules on %s: %s%n", rules.rules().size(), topics.watchlists().name(),
                    rules.rules().stream().map(WatchRule::id).toList());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            customSynopsis = "wirefeed watch delete [OPTIONS] ID [--kafka.<key>=<value>...]",
            description = {"Deletes the rule ID from the topic (a tombstone); returns once the broker has acknowledged it.",
                    "A rule with the same id in a sink's watchlist.file is in force again there."})
    static final class Delete implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String id = operand(options, spec, "ID");
            WirefeedConfig config = options.resolve(Map.of());
            Topics topics = new Topics(config.topicPrefix());
            KafkaClients.createWatchlistsTopic(config, topics);
            try (Producer<String, String> producer = KafkaClients.watchlistProducer(config)) {
                new WatchListTopic(topics.watchlists().name(), TIMEOUT).delete(producer, id);
            }
            spec.commandLine().getOut().printf("deleted rule %s on %s%n", id, topics.watchlists().name());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Reads the topic to its end and prints the rules in force on it as a rules file (YAML), which "
                    + "`watch put` takes back. Records that are not valid rules (the sink skips them too) are reported on stderr."})
    static final class ListRules implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<String> operands = operands(options);
            if (!operands.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "list takes no operand: " + operands);
            }
            WirefeedConfig config = options.resolve(Map.of());
            String topic = new Topics(config.topicPrefix()).watchlists().name();
            WatchListTopic.Snapshot snapshot;
            try (Consumer<String, String> consumer = KafkaClients.watchlistConsumer(config)) {
                snapshot = new WatchListTopic(topic, TIMEOUT).read(consumer);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("# the rules on " + topic + "; a sink also applies those of its watchlist.file with other ids");
            out.print(snapshot.rules().rules().isEmpty() ? "rules: []\n" : WatchRuleFormat.toYaml(snapshot.rules()));
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            snapshot.skipped().forEach(s -> err.printf("wirefeed watch list: record at offset %d (key %s) is not a valid rule, "
                    + "skipped: %s%n", s.offset(), s.key(), s.reason()));
            err.flush();
            return ExitCodes.OK;
        }
    }

    /** The one operand (FILE, ID) of a subcommand; see {@link #operands}. */
    static String operand(ConfigOptions options, CommandSpec spec, String label) {
        List<String> operands = operands(options);
        if (operands.size() != 1) {
            throw new ParameterException(spec.commandLine(), operands.isEmpty() ? "name the " + label
                    : "name one " + label + ", not " + operands);
        }
        return operands.get(0);
    }

    /**
     * Takes this command's operands out of the positional arguments: {@link ConfigOptions} collects them all, since the
     * {@code --kafka.<key>=<value>} settings reach it as positional arguments (see {@link Main}).
     */
    private static List<String> operands(ConfigOptions options) {
        List<String> operands = options.extra.stream().filter(a -> !a.startsWith("-")).toList();
        options.extra = options.extra.stream().filter(a -> a.startsWith("-")).toList();
        return operands;
    }
}
