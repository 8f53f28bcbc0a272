package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A sport's national body named after its country, and clubs after their prefix in capitals. */
class SportsBodiesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aSportAndItsCountryAndAClubPrefixNameBodies() {
        assertThat(TestTagger.organisationNames("en", "AUCKLAND - Netball New Zealand fined FC Tauranga Rovers on Friday "
                + "after a brawl, and Rowing Canada sent its condolences.", DAY))
                .contains("Netball New Zealand", "FC Tauranga Rovers", "Rowing Canada");
    }

    @Test
    void aSportBeforeItsFansOrAnEventIsNoBody() {
        assertThat(TestTagger.organisationNames("en", "PERTH - Cricket fans in Australia will watch the final for free. "
                + "Tickets for the Rugby Australia Sevens sold out.", DAY)).isEmpty();
    }
}
