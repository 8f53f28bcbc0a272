package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * In a list of people, an item of an unknown word and a town's or a people's name is a person too: "Tilen Kos"
 * between "Jan Zupan" and "Matej Mlakar" is no town on a Greek island, "Žiga Rus" no Russian.
 */
class ListsOfPeopleTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aSurnameInAListOfPeopleIsNoTownAndNoPeople() {
        assertThat(TestTagger.tag("sl", "Ekipa v postavi Jan Zupan, Tilen Kos, Matej Mlakar in Žiga Rus je osvojila tretje mesto.",
                DAY).countries()).isEmpty();
    }

    @Test
    void aListOfPlacesKeepsItsPlaces() {
        assertThat(TestTagger.tag("en", "Flights from Athens, Kos, Rhodes and Crete were delayed.", DAY).countries())
                .containsExactly("GR");
    }
}
