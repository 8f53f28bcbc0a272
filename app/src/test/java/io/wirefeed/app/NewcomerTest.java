package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a first-time user meets: a stage without brokers, a mistyped file, each command's help. */
class NewcomerTest {

    @Test
    void aStageWithoutBrokersSaysOnceWhatItWaitsForAndGivesUpAfterTheStartupTimeout() throws IOException {
        String nowhere = "127.0.0.1:" + closedPort();
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(),
                Map.of("bootstrap.servers", nowhere, "startup.timeout.ms", "3000"));
        List<String> said = new ArrayList<>();
        Throwable failure = catchThrowable(() -> BrokerWait.await(config, said::add));
        assertThat(said).containsExactly("waiting for the Kafka brokers at " + nowhere + " (up to 3 s, startup.timeout.ms) ...");
        assertThat(failure).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no Kafka broker answered at " + nowhere + " within 3 s")
                .hasMessageContaining("startup.timeout.ms");
    }

    @Test
    void anIngestStartedWithoutBrokersStopsWithExitCodeOneAndSaysWhy(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("wirefeed.properties");
        Files.writeString(config, "startup.timeout.ms=2000\nhttp.port=0\nmonitor.port=0\nstate.dir=" + dir.resolve("state")
                + "\ninbox=" + dir.resolve("inbox") + "\n");
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("ingest", "--config", config.toString(), "--bootstrap-servers", "127.0.0.1:" + closedPort());
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).startsWith("wirefeed ingest: no Kafka broker answered at 127.0.0.1:");
    }

    @Test
    void tagOnAMissingFileSaysTheFileDoesNotExist(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        Path missing = dir.resolve("no-such-story.txt");
        assertThat(cl.execute("tag", missing.toString())).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("wirefeed tag: " + missing + " does not exist");
    }

    @Test
    void eachCommandsHelpListsOnlyTheOptionsItUses() {
        CommandLine cl = Main.commandLine();
        assertThat(help(cl, "audit")).contains("--bootstrap-servers").doesNotContain("--gazetteer", "--kb-overlay", "--watchlist");
        assertThat(help(cl, "ingest")).contains("--feed").doesNotContain("--gazetteer", "--kb-overlay", "--watchlist");
        assertThat(help(cl, "enrich")).contains("--kb-overlay", "--gazetteer").doesNotContain("--watchlist", "--feed");
        assertThat(help(cl, "sink")).contains("--watchlist").doesNotContain("--kb-overlay", "--gazetteer", "--feed");
        assertThat(help(cl, "monitor")).doesNotContain("--kb-overlay", "--gazetteer", "--watchlist", "--feed");
        assertThat(help(cl, "up")).contains("--kb-overlay", "--gazetteer", "--watchlist", "--feed");
        assertThat(help(cl, "tag")).contains("--kb-overlay", "--gazetteer").doesNotContain("--bootstrap-servers", "--watchlist");
    }

    @Test
    void theMixinsStillReachTheConfiguration() {
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs("enrich", "--kb-overlay", "extra.yaml", "--gazetteer", "g.txt");
        EnrichCommand enrich = (EnrichCommand) parsed.subcommand().commandSpec().userObject();
        WirefeedConfig c = enrich.options.resolve(enrich.overrides());
        assertThat(c.kbOverlay()).isEqualTo(Path.of("extra.yaml"));
        assertThat(c.gazetteerFile()).isEqualTo(Path.of("g.txt"));

        CommandLine.ParseResult sink = Main.commandLine().parseArgs("sink", "--watchlist", "rules.yaml");
        SinkCommand s = (SinkCommand) sink.subcommand().commandSpec().userObject();
        assertThat(s.options.resolve(s.overrides()).watchlistFile()).isEqualTo(Path.of("rules.yaml"));
    }

    private static String help(CommandLine cl, String command) {
        return cl.getSubcommands().get(command).getUsageMessage();
    }

    /** A loopback port nothing listens on (it was free a moment ago). */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
