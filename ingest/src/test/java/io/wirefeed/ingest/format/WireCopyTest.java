package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WireCopyTest {

    @Test
    void takesTheReportingCreditOutOfTheBodyIntoTheByline() {
        WireCopy c = WireCopy.of("H", "SKOPJE (Reuters) - Talks ended.\n(Reporting by Ana Petrova; Editing by John Smith and Mary Jones)");
        assertThat(c.body()).isEqualTo("Talks ended.");
        assertThat(c.provider()).isEqualTo("reuters");
        assertThat(c.byline()).isEqualTo("Reporting by Ana Petrova; Editing by John Smith and Mary Jones");
    }

    @Test
    void takesBylineLinesAtEitherEnd() {
        assertThat(WireCopy.of("H", "By Marko Marković\n\nThe talks ended.").byline()).isEqualTo("Marko Marković");
        WireCopy end = WireCopy.of("H", "The talks ended.\n\nBy Ana Petrova");
        assertThat(end.byline()).isEqualTo("Ana Petrova");
        assertThat(end.body()).isEqualTo("The talks ended.");
    }

    @Test
    void readsAnOutletCreditBetweenSlashes() {
        WireCopy c = WireCopy.of("H", "Kurti foli për dialogun. /Lajmi.net/");
        assertThat(c.provider()).isEqualTo("lajmi-net");
        assertThat(c.credit()).isEqualTo("Lajmi.net");
        assertThat(c.body()).isEqualTo("Kurti foli për dialogun.");
    }

    @Test
    void keepsTheAgencyAsTheDatelineWritesIt() {
        WireCopy c = WireCopy.of("H", "NAIROBI, May 4 (Kenya News Agency) - Dock workers stayed out.");
        assertThat(c.provider()).isEqualTo("kenya-news-agency");
        assertThat(c.credit()).isEqualTo("Kenya News Agency");
        assertThat(c.body()).isEqualTo("Dock workers stayed out.");
    }

    @Test
    void dropsTheHeadlineRepeatedAtTheTopOfTheBody() {
        assertThat(WireCopy.of("Talks in Tirana", "Talks in Tirana\n\nThe ministers met.").body()).isEqualTo("The ministers met.");
        assertThat(WireCopy.of("Talks in Tirana", "Talks in Tirana\nThe ministers met.").body()).isEqualTo("The ministers met.");
    }

    @Test
    void leavesAnOrdinaryLastSentenceAlone() {
        WireCopy c = WireCopy.of("H", "The ministers met in Sofia (Bulgaria) and agreed.");
        assertThat(c.body()).isEqualTo("The ministers met in Sofia (Bulgaria) and agreed.");
        assertThat(c.provider()).isNull();
    }
}
