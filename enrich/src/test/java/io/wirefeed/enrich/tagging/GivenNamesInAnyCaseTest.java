package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A given name in any case before a name word is a person's, over the real knowledge base: "Marka" is Marko's
 * genitive before it is a town of Somalia, "Георги" Georgi before it is Georgia declined.
 */
class GivenNamesInAnyCaseTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static EnrichedStory tag(String language, String body) {
        return TestTagger.tag(language, body, DAY);
    }

    @Test
    void aDeclinedGivenNameBeforeASurnameIsNoTown() {
        assertThat(tag("hr", "Drugi gol zabio je Luka Kovač nakon dodavanja Marka Šimića u Osijeku.").countries())
                .containsExactly("HR");
    }

    @Test
    void aGivenNameThatIsACountrysFormBeforeASurnameIsNoCountry() {
        assertThat(tag("bg", "Министърът Георги Танев посети днес Добрич.").countries()).containsExactly("BG");
    }

    @Test
    void theSurnameAfterSuchAGivenNameIsNoTownEither() {
        assertThat(tag("bg", "Режисьорът Георги Киров беше избран за директор на театъра във Варна.").countries())
                .containsExactly("BG");
    }

    @Test
    void theCountryStaysWhereNoNameFollows() {
        assertThat(tag("bg", "Министърът посети Грузия и Армения миналата седмица.").countries()).contains("GE");
    }
}
