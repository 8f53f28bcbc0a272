package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first-level regions of every country (states, provinces, oblasts, GeoNames' admin1 units) name their
 * country, read over the real knowledge base; units named by an ordinary word or after a country do not.
 */
class WorldRegionsTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static EnrichedStory tag(String language, String body) {
        return TestTagger.tag(language, body, DAY);
    }

    private static List<String> places(EnrichedStory s) {
        return s.places().stream().map(p -> p.name() + "/" + p.country()).toList();
    }

    @Test
    void aStateOrProvinceNamesItsCountry() {
        assertThat(tag("en", "Wildfires spread across California and Oregon on Tuesday.").countries())
                .containsExactly("US");
        assertThat(tag("en", "Heavy rain flooded villages in Bavaria, the regional government said.").countries())
                .containsExactly("DE");
        assertThat(tag("en", "Voters in Scotland elect a new parliament in May.").countries()).containsExactly("GB");
        assertThat(tag("en", "Flights to and from Bali were cancelled after the eruption.").countries())
                .containsExactly("ID");
    }

    @Test
    void aUnitGoesByItsNameWithoutTheWordForItsKind() {
        assertThat(places(tag("en", "Authorities in Xinjiang detained three activists."))).containsExactly("Xinjiang/CN");
        assertThat(places(tag("en", "Monsoon rains hit West Bengal on Monday."))).containsExactly("West Bengal/IN");
    }

    @Test
    void theLargerNamesakeAbroadLosesToTheProvinceOnlyWhenTheProvinceIsLarger() {
        assertThat(tag("en", "Mining output in Ontario rose for a third month.").countries()).containsExactly("CA");
    }

    @Test
    void aTownIsNotTheUnitOfItsOwnCountryNamedAfterIt() {
        assertThat(places(tag("en", "Police in Toronto said the suspect fled towards Ontario's border.")))
                .contains("Toronto/CA", "Ontario/CA");
        assertThat(places(tag("sl", "V Kopru so včeraj odprli novo pristanišče."))).containsExactly("Koper/SI");
    }

    @Test
    void aStateAfterATownKeepsItsCountryAndInflectsInBalkanCopy() {
        assertThat(tag("en", "A tornado damaged homes in Paris, Texas, on Sunday.").countries()).containsExactly("US");
        assertThat(tag("sr-Latn", "Vlasti u Teksasu su potpisale zakon o granici.").countries()).containsExactly("US");
    }

    @Test
    void georgiaAmongUsStatesIsTheState() {
        assertThat(tag("en", "The storm killed 20 people in Florida, Georgia and the Carolinas.").countries())
                .containsExactly("US");
        assertThat(tag("en", "Floods in Georgia cut the road from Tbilisi to Batumi, as storms hit Florida.").countries())
                .contains("GE");
    }

    @Test
    void wordsAndCountryNamesAreNoUnits() {
        // "Eastern", "Islands", "Gulf" are admin1 units of Ghana, Hong Kong and Papua New Guinea; Georgia a US state
        assertThat(tag("en", "The Eastern and Western leagues meet in the final.").countries()).isEmpty();
        assertThat(tag("en", "Ferries to the Islands were cancelled because of fog in the Gulf.").countries()).isEmpty();
        assertThat(tag("en", "Georgia's president vetoed the law passed in Tbilisi.").countries()).containsExactly("GE");
    }
}
