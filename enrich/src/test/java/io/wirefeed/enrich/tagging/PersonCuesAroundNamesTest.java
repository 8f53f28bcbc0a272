package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Cues for unknown people in English copy: a role noun opening the sentence, an apposition, a title before a foreign name. */
class PersonCuesAroundNamesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static java.util.List<String> people(String text) {
        return TestTagger.personNames("en", text, DAY);
    }

    @Test
    void aRoleNounOpeningTheSentenceIsATitle() {
        assertThat(people("ABUJA - Businessman Chidi Nwachukwu, who owns three cement plants, said prices would rise."))
                .containsExactly("Chidi Nwachukwu");
        assertThat(people("ABUJA - Businessman Chidi Nwachukwu said cement prices would rise.")).containsExactly("Chidi Nwachukwu");
    }

    @Test
    void aTradeNounBeforeTheNameIsACue() {
        assertThat(people("DHAKA - \"The water came at night,\" said campaigner Nusrat Jahangir in Bangladesh.")).contains("Nusrat Jahangir");
    }

    @Test
    void aRoleNounAndACommaBeforeTheNameAndACommaAfterIt() {
        assertThat(people("RABAT - The union's leader, Driss Lahlimi, has called a strike in Morocco.")).contains("Driss Lahlimi");
        assertThat(people("RABAT - The port's operator, Marsa Maroc, said traffic rose in Morocco.")).isEmpty();
    }

    @Test
    void aTitleWithACapitalBeforeWordsNoEnglishDictionaryHas() {
        assertThat(people("HANOI - Party General Secretary Đỗ Mười has urged state firms to cut costs.")).contains("Đỗ Mười");
    }
}
