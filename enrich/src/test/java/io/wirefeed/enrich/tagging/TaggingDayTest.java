package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day the tagger reads date-bound facts on: the story's own time, else the record's, never the wall clock. */
class TaggingDayTest {
    private static final Instant CREATED = Instant.parse("2019-02-11T23:30:00Z");
    private static final Instant RECEIVED = Instant.parse("2020-06-01T08:00:00Z");
    private static final Instant RECORD = Instant.parse("2021-09-30T12:00:00Z");

    private static WireStory story(Instant versionCreated, Instant receivedAt) {
        return new WireStory("d", 1, "Headline", "Body.", "en", null, "plain", null, null, versionCreated, receivedAt);
    }

    @Test
    void theVersionCreatedDayComesFirst() {
        assertThat(Tagger.dayOf(story(CREATED, RECEIVED), RECORD)).isEqualTo(LocalDate.of(2019, 2, 11));
    }

    @Test
    void theReceivedDayStandsInForAMissingVersionCreated() {
        assertThat(Tagger.dayOf(story(null, RECEIVED), RECORD)).isEqualTo(LocalDate.of(2020, 6, 1));
    }

    @Test
    void theRecordTimeStandsInWhenTheStoryCarriesNoTime() {
        assertThat(Tagger.dayOf(story(null, null), RECORD)).isEqualTo(LocalDate.of(2021, 9, 30));
    }

    @Test
    void aStoryWithoutAnyTimeIsRefusedRatherThanTaggedByTheWallClock() {
        assertThatThrownBy(() -> Tagger.dayOf(story(null, null), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no time");
    }
}
