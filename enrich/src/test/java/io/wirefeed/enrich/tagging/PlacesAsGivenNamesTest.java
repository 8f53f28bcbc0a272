package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A town's or a country's name that is also a given name opens a person's name where a person's cue says so. */
class PlacesAsGivenNamesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aCapitalBeforeASurnameWithAVerbOfSayingIsAGivenName() {
        String text = "ATHENS - \"Costs have tripled,\" said Sofia Lambrakou, who runs a bakery in Greece.";
        assertThat(TestTagger.personNames("en", text, DAY)).containsExactly("Sofia Lambrakou");
        assertThat(TestTagger.tag("en", text, DAY).countries()).doesNotContain("BG");
    }

    @Test
    void aCountryOrGreatCityLeftOutOfTheGivenNamesTakesACue() {
        assertThat(TestTagger.personNames("en", "SALONIKA - Georgia Karagianni, a Greek nurse, said supplies were short.", DAY))
                .containsExactly("Georgia Karagianni");
        assertThat(TestTagger.tag("el", "ΑΘΗΝΑ - Η δικηγόρος Γεωργία Μαυρίδου δήλωσε ότι θα προσφύγει στο δικαστήριο.", DAY).countries())
                .doesNotContain("GE");
    }

    @Test
    void thePlaceStaysWhereAPlaceIsMeantOrNoCueIsGiven() {
        String text = "Two flights from Paris Orly were cancelled on Monday, said a spokesman for the airport.";
        assertThat(TestTagger.personNames("en", text, DAY)).isEmpty();
        assertThat(TestTagger.tag("en", text, DAY).countries()).contains("FR");
    }
}
