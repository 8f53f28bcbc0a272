package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory.PersonTag;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A pope is named by his regnal name, in English and in the Balkan languages; the bare given name is someone else's. */
class PopesTest {
    private static final Instant DAY = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void theRegnalNameIsThePope() {
        assertThat(TestTagger.tag("en", "VATICAN CITY - Pope Leo appealed for talks on Sunday; Leo XIV spoke after Mass.", DAY).people())
                .extracting(PersonTag::name).containsExactly("Pope Leo XIV");
        assertThat(TestTagger.tag("hr", "Papa Lav XIV. primio je u petak u audijenciju predsjednika vlade.", DAY).people())
                .extracting(PersonTag::name).containsExactly("Pope Leo XIV");
    }

    @Test
    void aGivenNameAloneIsNoPope() {
        assertThat(TestTagger.tag("en", "Leo Varadkar and Francis Mallon attended the dinner in Dublin.", DAY).people())
                .extracting(PersonTag::name).doesNotContain("Pope Leo XIV", "Pope Francis");
    }
}
