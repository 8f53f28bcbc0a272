package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A known person's surname that opens another person's name in English copy is not that person. */
class KnownSurnameOpeningAnotherNameTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aKnownSurnameBeforeParticlesAndANameIsAnotherPersonsGivenName() {
        assertThat(TestTagger.personNames("en", "QUITO - \"Inflation is easing,\" said Martín de la Vega, an economist.", DAY))
                .containsExactly("Martín de la Vega");
    }

    @Test
    void aKnownSurnameBeforeAWordNoDictionaryListsOpensAnotherName() {
        assertThat(TestTagger.personNames("en", "DOHA - Ethiopia's Haile Gebrehiwot won the 10,000 metres, ahead of "
                + "Kenya's Mutua Kiplagat.", DAY)).doesNotContain("Alfred Mutua");
    }

    @Test
    void aKnownSurnameWithAParticleAfterAnotherGivenNameIsThatOtherPerson() {
        assertThat(TestTagger.personNames("en", "RIYADH - Energy Minister Prince Abdulaziz bin Salman said output would hold.", DAY))
                .containsExactly("Abdulaziz bin Salman");
    }

    @Test
    void aSurnameWithACaseEndingInEnglishCopyIsNoOne() {
        assertThat(TestTagger.personNames("en", "RIYADH - The oil company is almost entirely owned by the Saudi state.", DAY))
                .isEmpty();
    }
}
