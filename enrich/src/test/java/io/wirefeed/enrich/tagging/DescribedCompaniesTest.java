package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A body the knowledge base lacks, named right after a lower-case noun that says what it is. */
class DescribedCompaniesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aNounSayingWhatItIsIntroducesABody() {
        assertThat(TestTagger.organisationNames("en", "MANILA - Shares in budget carrier Island Hopper fell on Monday while "
                + "chipmaker Lunaris and the rights group Open Ledger welcomed the ruling.", DAY))
                .contains("Island Hopper", "Lunaris", "Open Ledger");
    }

    @Test
    void watchdogsUnionsThinkTanksAndNonProfitsAreBodiesToo() {
        assertThat(TestTagger.organisationNames("en", "LEEDS - The rail union Signal Crew and think-tank Northern Ledger "
                + "backed the plan, while the non-profit Open Rails and energy watchdog Grid Check opposed it.", DAY))
                .contains("Signal Crew", "Northern Ledger", "Open Rails", "Grid Check");
    }

    @Test
    void personsPlacesAndShipsAfterSuchNounsAreNoBodies() {
        assertThat(TestTagger.organisationNames("en", "TOULON - The aircraft carrier Belvedere left port on Monday. Passengers "
                + "of the airline in Lisbon waited, and the company Monday said nothing.", DAY)).isEmpty();
    }
}
