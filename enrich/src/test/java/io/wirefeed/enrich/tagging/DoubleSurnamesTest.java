package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A double surname written after a given name is one new person's surname, though its halves are known people's
 * surnames; written alone later it is still that person. Two known surnames with no given name before them are
 * still two people.
 */
class DoubleSurnamesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> people(String language, String body) {
        return TestTagger.personNames(language, body, DAY);
    }

    @Test
    void aDoubleSurnameWithAKnownHalfIsTheNewPersonsWholeSurname() {
        // the knowledge base has Boris Tadić, Albin Kurti and Rumen Radev
        assertThat(people("sr-Latn", "Savetnica gradonačelnika Dragana Ilić-Tadić rekla je da će most biti otvoren u maju."))
                .containsExactly("Dragana Ilić-Tadić");
        assertThat(people("sq", "Drejtoresha e spitalit Mimoza Hasani-Kurti tha se reparti i ri hapet në qershor."))
                .containsExactly("Mimoza Hasani-Kurti");
        assertThat(people("bg", "Главният архитект на Пловдив Елена Петрова-Радева заяви, че планът е готов."))
                .containsExactly("Elena Petrova-Radeva");
    }

    @Test
    void aDoubleSurnameAloneAfterTheFullNameIsThatPerson() {
        assertThat(people("hr", "Ravnateljica škole Vesna Babić-Horvat najavila je obnovu dvorane. Babić-Horvat je rekla "
                + "da radovi počinju u srpnju.")).containsExactly("Vesna Babić-Horvat");
    }

    @Test
    void twoKnownSurnamesJoinedWithNoGivenNameAreTwoPeople() {
        assertThat(people("sr-Latn", "Novi sastanak Vučić-Kurti zakazan je za sredu u Briselu."))
                .containsExactlyInAnyOrder("Aleksandar Vučić", "Albin Kurti");
    }
}
