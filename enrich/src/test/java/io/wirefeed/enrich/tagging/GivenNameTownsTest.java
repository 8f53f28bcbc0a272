package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Towns named like people, over the real knowledge base: a known first name before an unknown name word is a
 * person's given name (Mary is also a town in Turkmenistan), but the town where the context makes it one.
 */
class GivenNameTownsTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static EnrichedStory tag(String body) {
        return TestTagger.tag("en", body, DAY);
    }

    @Test
    void aFirstNameBeforeAnUnknownSurnameIsNoTown() {
        assertThat(tag("Mary Okonkwo, the charity's founder, thanked the donors on Friday.").countries()).isEmpty();
        assertThat(tag("Elena Marchetti will lead the orchestra's autumn tour.").countries()).isEmpty();
    }

    @Test
    void aDeclinedFirstNameBeforeASurnameIsNoTown() {
        // Marka is a town in Somalia and the genitive of Marko
        EnrichedStory story = TestTagger.tag("hr", "Domaćin je poveo golom Marka Pavlovića u 31. minuti.", DAY);
        assertThat(story.countries()).isEmpty();
        assertThat(story.people()).extracting(EnrichedStory.PersonTag::name).containsExactly("Marko Pavlović");
    }

    @Test
    void theTownStaysWhereNoNameFollows() {
        assertThat(tag("Cotton growers in Mary said the harvest was late.").countries()).containsExactly("TM");
    }

    @Test
    void capitalsAndOrganisationsNamedAfterThemStay() {
        assertThat(tag("Sofia Municipality closed two schools after the storm.").countries()).containsExactly("BG");
    }

    @Test
    void aTownsNameBeforeAVerbOfSayingIsASpeakersSurname() {
        assertThat(tag("Richardson said the plant would hire two hundred workers.").countries()).isEmpty();
        assertThat(tag("The plan is sound, Hassan told the committee.").countries()).isEmpty();
    }

    @Test
    void capitalsAndBalkanSeatsStillSpeakForTheirCountries() {
        assertThat(tag("Moscow said the sanctions would fail.").countries()).containsExactly("RU");
        assertThat(tag("Banja Luka said the law did not apply there.").countries()).containsExactly("BA");
    }
}
