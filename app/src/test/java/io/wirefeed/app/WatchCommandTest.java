package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code wirefeed watch} without a broker: its arguments, and a rules file refused before anything is published. */
class WatchCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void aRulesFileThatTheSinkWouldRefuseIsRefusedBeforeAnythingIsPublished() throws Exception {
        Path file = Files.writeString(dir.resolve("rules.yaml"), "rules:\n  - id: a\n    countrys_any: [RS]\n");
        // the broker address is unreachable: the file must be refused before any client is made
        int code = run("watch", "put", "--bootstrap-servers", "127.0.0.1:1", "--kafka.client.id=x", file.toString());
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("unknown key 'countrys_any'");

        Files.writeString(file, "rules:\n  - id: a\n    focus_any: [RS]\n  - id: a\n    focus_any: [XK]\n");
        assertThat(run("watch", "put", file.toString(), "--bootstrap-servers", "127.0.0.1:1")).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("rule id a is used twice");
    }

    @Test
    void takesItsOperandBesideKafkaSettingsInAnyOrderAndRefusesAMissingOrExtraOne() {
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs("watch", "delete", "--kafka.security.protocol=SSL", "my-rule",
                "--topic-prefix", "p.");
        CommandLine.Model.CommandSpec spec = parsed.subcommand().subcommand().commandSpec();
        WatchCommand.Delete delete = (WatchCommand.Delete) spec.userObject();
        assertThat(WatchCommand.operand(delete.options, spec, "ID")).isEqualTo("my-rule");
        WirefeedConfig config = delete.options.resolve(java.util.Map.of());
        assertThat(config.kafka()).containsEntry("security.protocol", "SSL");
        assertThat(config.topicPrefix()).isEqualTo("p.");

        assertThat(run("watch", "delete")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("name the ID");
        assertThat(run("watch", "delete", "a", "b")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("watch", "list", "extra")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("watch")).isEqualTo(ExitCodes.USAGE);
    }
}
