package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.model.WireStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlainWireParserTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final PlainWireParser parser = new PlainWireParser();

    private WireStory parse(String text) throws UnreadableStoryException {
        return parser.parse(text, NOW).get(0);
    }

    @Test
    void dropsTheRepeatedHeadlineAndTakesTheSlashCreditAsProvider() throws Exception {
        WireStory s = parse("""
                Minister meets envoy in Skopje

                Minister meets envoy in Skopje

                The minister met the envoy on Monday.

                Talks will continue next week. /ibna""");
        assertThat(s.headline()).isEqualTo("Minister meets envoy in Skopje");
        assertThat(s.bodyText()).isEqualTo("The minister met the envoy on Monday.\n\nTalks will continue next week.");
        assertThat(s.provider()).isEqualTo("ibna");
        assertThat(s.format()).isEqualTo("plain");
        assertThat(s.receivedAt()).isEqualTo(NOW);
    }

    @Test
    void readsTheDatelineInTanjugStyleIntoMetadata() throws Exception {
        WireStory s = parse("Headline\n\nBELGRADE, Nov 27 (Tanjug) - The government met on Thursday.");
        assertThat(s.dateline()).isEqualTo("BELGRADE");
        assertThat(s.provider()).isEqualTo("tanjug");
        assertThat(s.bodyText()).isEqualTo("The government met on Thursday.");
    }

    @Test
    void readsTassAnsaAndLocalDatelines() throws Exception {
        WireStory tass = parse("Headline\n\nLONDON, September 24. /TASS/. Talks were held.");
        assertThat(tass.dateline()).isEqualTo("LONDON");
        assertThat(tass.provider()).isEqualTo("tass");
        assertThat(tass.bodyText()).isEqualTo("Talks were held.");

        WireStory ansa = parse("Headline\n\n(ANSA) - BELGRADE, JUN 26 - The minister arrived.");
        assertThat(ansa.dateline()).isEqualTo("BELGRADE");
        assertThat(ansa.provider()).isEqualTo("ansa");

        WireStory hina = parse("Naslov\n\nZagreb, 10. maja - Vlada je održala sjednicu.");
        assertThat(hina.dateline()).isEqualTo("Zagreb");
        assertThat(hina.bodyText()).isEqualTo("Vlada je održala sjednicu.");
    }

    @Test
    void takesAgencyCreditsInBracketsAndEditorsInitialsApart() throws Exception {
        assertThat(parse("Headline\n\nThe talks ended. (Reuters)").provider()).isEqualTo("reuters");
        WireStory initials = parse("Headline\n\nThe talks ended. (b.an)");
        assertThat(initials.provider()).isNull();
        assertThat(initials.byline()).isEqualTo("b.an");
        assertThat(initials.bodyText()).isEqualTo("The talks ended.");
    }

    @Test
    void aSentenceWithADashIsNotADateline() throws Exception {
        WireStory s = parse("Headline\n\nThe talks - which lasted hours - ended late.");
        assertThat(s.dateline()).isNull();
        assertThat(s.bodyText()).isEqualTo("The talks - which lasted hours - ended late.");
    }

    @Test
    void theSameStoryResentWithOtherSpacingKeepsItsId() throws Exception {
        String a = parse("Headline\n\nBody text here. /ibna").id();
        String b = parse("Headline\r\n\r\n\r\nBody   text here. /ibna").id();
        assertThat(a).isEqualTo(b).startsWith("ibna:");
        assertThat(parse("Headline\n\nOther body. /ibna").id()).isNotEqualTo(a);
    }

    @Test
    void aHeadlineWithoutBodyIsRefused() {
        assertThatThrownBy(() -> parse("Only a headline")).isInstanceOf(UnreadableStoryException.class)
                .hasMessageContaining("no body");
    }
}
