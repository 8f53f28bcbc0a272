package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Known people named the ways the copy writes them: a foreign name written by ear and declined, a double surname
 * alone or with a hyphen, a surname alone of the story's country; and two capitalised words that name no one.
 */
class PeopleByEarAndAloneTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> people(String language, String body) {
        return TestTagger.personNames(language, body, DAY);
    }

    @Test
    void aForeignNameWrittenByEarAndDeclinedIsTheKnownPerson() {
        // the knowledge base has Christopher Hill and Alain Berset, under their own spelling only
        assertThat(people("sr-Latn", "Gradonačelnik Kragujevca razgovarao je juče sa Kristoferom Hilom o investicijama."))
                .containsExactly("Christopher Hill");
        assertThat(people("sr-Latn", "Ministarka pravde sastala se sa Alenom Berseom u Strazburu."))
                .containsExactly("Alain Berset");
    }

    @Test
    void aNameByEarThatIsNoKnownPersonStaysAsWritten() {
        assertThat(people("sr-Latn", "Direktor škole Kristijan Hilić najavio je upis novih učenika."))
                .containsExactly("Kristijan Hilić");
    }

    @Test
    void aKnownDoubleSurnameAloneOrHyphenatedIsThatPerson() {
        assertThat(people("sr-Latn", "Ministarka Dubravka Đedović Handanović obišla je rudnik. Đedović Handanović je rekla "
                + "da proizvodnja raste.")).containsExactly("Dubravka Đedović Handanović");
        assertThat(people("sr-Latn", "Sastanku je prisustvovala i ministarka Đedović-Handanović."))
                .containsExactly("Dubravka Đedović Handanović");
    }

    @Test
    void aNewDoubleSurnameAloneIsThePersonNamedInFull() {
        assertThat(people("sr-Latn", "Sudija Milena Jovanović Kostić odložila je ročište. Jovanović Kostić je zakazala novo "
                + "za jun.")).containsExactly("Milena Jovanović Kostić");
    }

    @Test
    void aSurnameAloneIsTheOnePersonOfTheStorysCountryNotAForeignTown() {
        // the story names no country: its parties are Bulgaria's
        assertThat(people("bg", "Борисов от ГЕРБ и Петков от ПП спориха в парламента за бюджета.")).containsExactlyInAnyOrder(
                "Boyko Borissov", "Kiril Petkov");
    }

    @Test
    void aSurnameAloneIsNoKnownPersonWhenTheStoryNamesAnotherWithIt() {
        assertThat(people("bg", "Кметът Иван Петков откри моста. Петков каза, че ремонтът е завършен."))
                .containsExactly("Ivan Petkov");
    }

    @Test
    void aFaithAfterAGivenNameAndAMarkedPrepositionNameNoOne() {
        assertThat(people("en", "Most residents of the village are Christian Orthodox, the mayor said.")).isEmpty();
        assertThat(people("sq", "Nga Për Drejtësi dhe Zhvillim u tha se lista është gati.")).isEmpty();
    }
}
