package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    @Test
    void kafkaClientSettingsReachTheConfigurationAndUnknownOptionsAreRefused() {
        CommandLine cl = Main.commandLine();
        CommandLine.ParseResult parsed = cl.parseArgs("ingest", "--bootstrap-servers", "b:9092",
                "--kafka.security.protocol=SASL_SSL", "--kafka.sasl.mechanism=PLAIN");
        IngestCommand ingest = (IngestCommand) parsed.subcommand().commandSpec().userObject();
        WirefeedConfig config = ingest.options.resolve(Map.of());
        assertThat(config.bootstrapServers()).isEqualTo("b:9092");
        assertThat(config.kafka()).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "PLAIN");

        StringWriter err = new StringWriter();
        CommandLine fresh = Main.commandLine();
        fresh.setErr(new PrintWriter(err));
        int code = fresh.execute("ingest", "--bootstrap-sever", "b:9092");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--bootstrap-sever");
    }

    @Test
    void aBadConfigurationValueNamesItsKey() {
        assertThat(catchThrowable(() -> WirefeedConfig.resolve(null, Map.of(),
                Map.of("topic.partitions", "many")))).hasMessageContaining("topic.partitions");
        assertThat(catchThrowable(() -> WirefeedConfig.resolve(null, Map.of(),
                Map.of("topic.partitons", "3")))).hasMessageContaining("unknown configuration key 'topic.partitons'");
    }

    @Test
    void theSinkFillsEveryRegionTopicByFocusUnlessToldOtherwise() {
        WirefeedConfig defaults = WirefeedConfig.resolve(null, Map.of(), Map.of());
        assertThat(defaults.sinkRegionTopics()).as("all").isEmpty();
        assertThat(defaults.sinkRegionRouting()).isEqualTo(io.wirefeed.sink.RegionRouting.Basis.FOCUS);
        WirefeedConfig named = WirefeedConfig.resolve(null, Map.of(),
                Map.of("sink.region.topics", "Western-Balkans, eu", "sink.region.routing", "mention"));
        assertThat(named.sinkRegionTopics()).containsExactly("western-balkans", "eu");
        assertThat(named.sinkRegionRouting()).isEqualTo(io.wirefeed.sink.RegionRouting.Basis.MENTION);
        assertThat(catchThrowable(() -> WirefeedConfig.resolve(null, Map.of(), Map.of("sink.region.routing", "nearby"))))
                .hasMessageContaining("sink.region.routing");
        assertThat(catchThrowable(() -> WirefeedConfig.resolve(null, Map.of(), Map.of("sink.region.topics", "all,eu"))))
                .hasMessageContaining("sink.region.topics");
    }

    @Test
    void aFileOverridesDefaultsTheEnvironmentOverridesTheFileAndTheCommandLineOverridesTheEnvironment(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("wirefeed.properties");
        Files.writeString(file, "topic.partitions=4\nregion.topic.partitions=3\ninbox=from-file\nkafka.acks=all\n");
        WirefeedConfig c = WirefeedConfig.resolve(file, Map.of("WIREFEED_REGION_TOPIC_PARTITIONS", "5", "WIREFEED_INBOX", "from-env"),
                Map.of("inbox", "from-cli"));
        assertThat(c.partitions()).as("file over default").isEqualTo(4);
        assertThat(c.regionPartitions()).as("environment over file").isEqualTo(5);
        assertThat(c.inbox()).as("command line over environment").isEqualTo(Path.of("from-cli"));
        assertThat(c.kafka()).containsEntry("acks", "all");
        assertThat(c.spikeMinStories()).as("default").isEqualTo(5);
    }

    @Test
    void aBlankOptionalKeyIsUnsetAndABlankRequiredOneNamesItsKey() {
        WirefeedConfig c = WirefeedConfig.resolve(null, Map.of("WIREFEED_KB_OVERLAY", " ", "WIREFEED_HTTP_MAX_BYTES", ""), Map.of());
        assertThat(c.kbOverlay()).isNull();
        assertThat(c.httpMaxBytes()).isEqualTo(c.maxStoryBytes());
        assertThat(catchThrowable(() -> WirefeedConfig.resolve(null, Map.of("WIREFEED_BOOTSTRAP_SERVERS", " "), Map.of())))
                .hasMessageContaining("bootstrap.servers");
        assertThat(catchThrowable(() -> WirefeedConfig.resolve(null, Map.of(), Map.of("spike.factor", "1"))))
                .hasMessageContaining("spike.factor").hasMessageContaining("above 1");
    }

    @Test
    void theEnvironmentOverridesDefaultsAndTheCommandLineOverridesTheEnvironment() {
        WirefeedConfig c = WirefeedConfig.resolve(null, Map.of("WIREFEED_BOOTSTRAP_SERVERS", "env:1", "WIREFEED_TOPIC_PARTITIONS", "3",
                "WIREFEED_KAFKA_SASL_MECHANISM", "PLAIN"), Map.of("bootstrap.servers", "cli:2"));
        assertThat(c.bootstrapServers()).isEqualTo("cli:2");
        assertThat(c.partitions()).isEqualTo(3);
        assertThat(c.kafka()).containsEntry("sasl.mechanism", "PLAIN");
    }

    @Test
    void theChannelSettingsHaveTheirDefaultsAndTheCommandLineOptions() {
        WirefeedConfig defaults = WirefeedConfig.resolve(null, Map.of(), Map.of("max.story.bytes", "1000"));
        assertThat(defaults.httpPort()).isEqualTo(8081);
        assertThat(defaults.httpBind()).isEqualTo("127.0.0.1");
        assertThat(defaults.httpToken()).isNull();
        assertThat(defaults.httpMaxBytes()).as("defaults to max.story.bytes").isEqualTo(1000);
        assertThat(defaults.feeds()).isEmpty();
        assertThat(defaults.feedPoll()).isEqualTo(java.time.Duration.ofSeconds(300));

        CommandLine.ParseResult parsed = Main.commandLine().parseArgs("ingest", "--feed", "https://wire.example/a.rss",
                "--feed", "http://wire.example/b.atom", "--http-port", "9099");
        IngestCommand ingest = (IngestCommand) parsed.subcommand().commandSpec().userObject();
        WirefeedConfig c = ingest.options.resolve(ingest.overrides());
        assertThat(c.feeds()).extracting(java.net.URI::toString)
                .containsExactly("https://wire.example/a.rss", "http://wire.example/b.atom");
        assertThat(c.httpPort()).isEqualTo(9099);

        CommandLine.ParseResult up = Main.commandLine().parseArgs("up", "--http-port", "0", "--feed", "https://wire.example/c.rss");
        UpCommand upCommand = (UpCommand) up.subcommand().commandSpec().userObject();
        assertThat(upCommand.channels.overrides()).containsEntry("http.port", "0").containsEntry("feed.urls", "https://wire.example/c.rss");

        WirefeedConfig env = WirefeedConfig.resolve(null, Map.of("WIREFEED_HTTP_TOKEN", "t0k", "WIREFEED_HTTP_MAX_BYTES", "4096"), Map.of());
        assertThat(env.httpToken()).isEqualTo("t0k");
        assertThat(env.httpMaxBytes()).isEqualTo(4096);
        assertThat(env.toString()).doesNotContain("t0k");
    }

    @Test
    void badChannelSettingsNameTheirKey() {
        assertThat(catchThrowable(() -> WirefeedConfig.resolve(null, Map.of(),
                Map.of("feed.urls", "ftp://wire.example/feed")))).hasMessageContaining("feed.urls");
        assertThat(catchThrowable(() -> WirefeedConfig.resolve(null, Map.of(),
                Map.of("http.port", "70000")))).hasMessageContaining("http.port");
        assertThat(catchThrowable(() -> WirefeedConfig.resolve(null, Map.of(),
                Map.of("feed.poll.seconds", "0")))).hasMessageContaining("feed.poll.seconds");
    }
}
