package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {

    @Test
    void kafkaClientSettingsReachTheConfigurationAndUnknownOptionsAreRefused() {
        ConfigOptions options = new ConfigOptions();
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
        assertThat(options).isNotNull();
    }

    @Test
    void aBadConfigurationValueNamesItsKey() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> WirefeedConfig.resolve(null, Map.of(),
                Map.of("topic.partitions", "many")))).hasMessageContaining("topic.partitions");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> WirefeedConfig.resolve(null, Map.of(),
                Map.of("topic.partitons", "3")))).hasMessageContaining("unknown configuration key 'topic.partitons'");
    }

    @Test
    void theEnvironmentOverridesDefaultsAndTheCommandLineOverridesTheEnvironment() {
        WirefeedConfig c = WirefeedConfig.resolve(null, Map.of("WIREFEED_BOOTSTRAP_SERVERS", "env:1", "WIREFEED_TOPIC_PARTITIONS", "3",
                "WIREFEED_KAFKA_SASL_MECHANISM", "PLAIN"), Map.of("bootstrap.servers", "cli:2"));
        assertThat(c.bootstrapServers()).isEqualTo("cli:2");
        assertThat(c.partitions()).isEqualTo(3);
        assertThat(c.kafka()).containsEntry("sasl.mechanism", "PLAIN");
    }
}
