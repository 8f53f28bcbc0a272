package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The given names of kb/given-names-world.txt as the tagger reads them: a Balkan, Romanian or Turkish first name
 * before an unknown capitalised word is a person even with no title or verb of saying beside it.
 */
class WorldGivenNamesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> people(String body, String language) {
        return TestTagger.personNames(language, body, DAY);
    }

    @Test
    void firstNamesOfTheBalkansTurkeyAndRomaniaMarkUnknownPeople() {
        assertThat(people("The tender was signed by Dragoljub Vasiljević and Besnik Rexhaj after talks with Recep Aydınlı "
                + "and Mihaela Dobrescu in the port on Tuesday.", "en"))
                .contains("Dragoljub Vasiljević", "Besnik Rexhaj", "Recep Aydınlı", "Mihaela Dobrescu");
    }

    @Test
    void aKnownSurnameThatIsAlsoAGivenNameOpensAnotherPersonsName() {
        // the knowledge base has a Slovenian politician surnamed Novak; Novak is also a Serbian given name
        assertThat(people("The national team's coach Novak Stojkanić praised the players on Sunday.", "en"))
                .containsExactly("Novak Stojkanić");
    }
}
