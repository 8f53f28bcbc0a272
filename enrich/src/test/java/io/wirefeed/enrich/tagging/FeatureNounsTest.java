package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A name the story calls a village, an island, a valley or a province is no foreign town of that name, unless the
 * story refers to the town's country: the gazetteer holds no villages, islands or valleys abroad.
 */
class FeatureNounsTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static EnrichedStory tag(String language, String body) {
        return TestTagger.tag(language, body, DAY);
    }

    @Test
    void aVillageIslandValleyOrProvinceIsNoForeignTown() {
        assertThat(tag("en", "Kosovo police found rifles in a house near the village of Banjska.").countries())
                .containsExactly("XK");
        assertThat(tag("en", "The storm hit Northern Samar province in the Philippines on Monday.").countries())
                .containsExactly("PH");
        assertThat(tag("en", "Fishermen on the island of Samar returned to sea, Philippine officials said.").countries())
                .containsExactly("PH");
    }

    @Test
    void aGivenNameThatIsAlsoATownOfThatCountryDoesNotKeepIt() {
        // "Jelena" is also Elena in Bulgaria: no sign that the story refers to Bulgaria
        assertThat(tag("en", "Kosovo police found rifles near the village of Banjska, deputy director Jelena Stankovic said.")
                .countries()).containsExactly("XK");
    }

    @Test
    void everyMentionOfThatNameGoes() {
        assertThat(tag("en", "Greeks marched over the Tempi rail crash. The collision in the Tempi valley killed 57.")
                .countries()).containsExactly("GR");
    }

    @Test
    void theTownStaysWhereTheStoryRefersToItsCountry() {
        assertThat(tag("en", "Hotels in Bansko, the Bulgarian resort near the village of Banya, are full.").countries())
                .containsExactly("BG");
        assertThat(tag("en", "Floods cut roads in Samara province, Russian officials said.").countries())
                .containsExactly("RU");
    }

    @Test
    void aProvinceNamedAfterItsOwnTownKeepsTheTownsCountry() {
        assertThat(TestTagger.tag("en", "Fighting spread in Kandahar province overnight, officials said.", DAY).countries())
                .containsExactly("AF");
        assertThat(TestTagger.tag("en", "Floods were expected in Aurora province, the weather service in Manila said.", DAY)
                .countries()).containsExactly("PH");
    }
}
