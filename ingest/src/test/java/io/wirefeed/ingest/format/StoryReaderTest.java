package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoryReaderTest {
    private final StoryReader reader = new StoryReader(10_000);

    private void refused(byte[] input, String reason) {
        assertThatThrownBy(() -> reader.read(input, Instant.EPOCH)).isInstanceOf(UnreadableStoryException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void detectsTheFormatFromTheContent() throws Exception {
        assertThat(reader.read("{\"headline\":\"H\",\"body_text\":\"B\"}".getBytes(StandardCharsets.UTF_8), Instant.EPOCH)
                .get(0).format()).isEqualTo("ninjs");
        assertThat(reader.read("H\n\nBody".getBytes(StandardCharsets.UTF_8), Instant.EPOCH).get(0).format())
                .isEqualTo("plain");
    }

    @Test
    void normalisesToNfcSoComposedAndDecomposedTextAgree() throws Exception {
        String decomposed = "Dac\u030Cic\u0301 met envoys";
        var story = reader.read(("Headline\n\n" + decomposed).getBytes(StandardCharsets.UTF_8), Instant.EPOCH).get(0);
        assertThat(story.bodyText()).isEqualTo("Dačić met envoys");
    }

    @Test
    void refusesEmptyBinaryInvalidAndOversizedInputWithAReason() {
        refused(new byte[0], "empty");
        refused("  \n\t ".getBytes(StandardCharsets.UTF_8), "empty");
        refused(new byte[] {(byte) 0xC3, (byte) 0x28, 'a'}, "not UTF-8");
        byte[] noise = new byte[200];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 8);
        }
        refused(noise, "binary");
        refused(new byte[10_001], "too large");
    }

    @Test
    void refusesBrokenJsonAndANestingBomb() {
        refused("{\"headline\": \"H\", ".getBytes(StandardCharsets.UTF_8), "broken JSON");
        refused(("{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}").getBytes(StandardCharsets.UTF_8), "nesting depth");
    }

    @Test
    void saysXmlIsNotSupportedYet() {
        refused("<newsItem/>".getBytes(StandardCharsets.UTF_8), "XML");
    }
}
