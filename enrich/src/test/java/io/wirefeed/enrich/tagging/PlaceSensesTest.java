package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Place names that several countries share, read over the real knowledge base: the namesake in a country the
 * story names, one sense for every mention of the name.
 */
class PlaceSensesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> countries(String body) {
        return TestTagger.tag("en", body, DAY).countries();
    }

    @Test
    void aNamesakeInACountryTheStoryNamesWinsOverTheLargerOne() {
        assertThat(countries("Valencia's council asked the Spanish government for money to repair its beaches."))
                .containsExactly("ES");
        assertThat(countries("Fishermen in Tripoli, the second city of Lebanon, said the harbour was silting up."))
                .containsExactly("LB");
    }

    @Test
    void everyMentionOfTheNameReadsTheSame() {
        assertThat(countries("Firefighters in Valencia fought a blaze for hours. Spanish police said Valencia's "
                + "old port was closed.")).containsExactly("ES");
    }

    @Test
    void withoutContextTheMoreImportantPlaceStays() {
        assertThat(countries("Rival militias clashed in Tripoli overnight.")).containsExactly("LY");
        // a namesake far smaller than the other stays unread even in its own country's story
        assertThat(countries("Greek coastguards said the boat had left Tripoli two days earlier.")).contains("LY");
    }

    @Test
    void aTownQualifiedByItsStateIsTheOneThere() {
        assertThat(countries("Athens, Georgia, will hold a runoff for mayor in December.")).containsExactly("US");
        assertThat(countries("Birmingham, Alabama, opened a new bus station.")).containsExactly("US");
        // the knowledge base has no Paris in Texas: the town is none of France's, the state still the country's
        assertThat(countries("Hail damaged cars in Paris, Texas, on Monday.")).containsExactly("US");
    }

    @Test
    void aTownQualifiedByACountryIsTheOneThereAndAListIsNoQualifier() {
        assertThat(countries("Police in Tripoli, Lebanon, detained a suspect.")).containsExactly("LB");
        assertThat(countries("Thousands marched in Tbilisi, Georgia, on Sunday.")).containsExactly("GE");
        assertThat(countries("Envoys from Sarajevo, Serbia, Croatia and Slovenia met in Vienna."))
                .contains("BA", "RS", "HR", "SI");
    }

    @Test
    void aTinyCapitalDoesNotOutweighALargeCityOfTheSameName() {
        assertThat(countries("Rescue teams reached Hamilton after the ice storm.")).containsExactly("CA");
        assertThat(countries("The ferry left Plymouth an hour late.")).containsExactly("GB");
        assertThat(countries("Smog closed schools across Delhi.")).containsExactly("IN");
    }

    @Test
    void aStateOfSeveralWordsIsItsCountryNotThePlaceOneOfItsWordsNames() {
        assertThat(countries("The governor of North Carolina declared an emergency.")).containsExactly("US");
        assertThat(countries("Ranchers in New Mexico asked for drought aid.")).containsExactly("US");
        assertThat(countries("Salmon returned to rivers in British Columbia.")).containsExactly("CA");
    }
}
