package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A sport's national body named after its country, and clubs after their prefix in capitals. */
class SportsBodiesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aSportAndItsCountryAndAClubPrefixNameBodies() {
        assertThat(TestTagger.organisationNames("en", "AUCKLAND - Netball New Zealand fined FC Tauranga Rovers on Friday "
                + "after a brawl, and Rowing Canada sent its condolences.", DAY))
                .contains("Netball New Zealand", "FC Tauranga Rovers", "Rowing Canada");
    }

    @Test
    void aSportBeforeItsFansOrAnEventIsNoBody() {
        assertThat(TestTagger.organisationNames("en", "PERTH - Cricket fans in Australia will watch the final for free. "
                + "Tickets for the Rugby Australia Sevens sold out.", DAY)).isEmpty();
    }

    @Test
    void aClubsNameEndsBeforeAPersonOrAConjunctionAndTakesItsPrefixInEveryScript() {
        assertThat(TestTagger.organisationNames("sr-Latn", "Trener FK Rudar Kostolac Nikola Stanić podneo je ostavku.", DAY))
                .containsExactly("FK Rudar Kostolac");
        assertThat(TestTagger.personNames("sr-Latn", "Trener FK Rudar Kostolac Nikola Stanić podneo je ostavku.", DAY))
                .containsExactly("Nikola Stanić");
        assertThat(TestTagger.organisationNames("sq", "KF Butrinti mposhti KF Labëria në Sarandë.", DAY))
                .contains("KF Butrinti", "KF Labëria");
        assertThat(TestTagger.organisationNames("el", "Η ΠΑΕ Πανθεσσαλικός ανακοίνωσε νέο προπονητή.", DAY))
                .containsExactly("Panthessalikos FC");
        // a conjunction after a prefix-like acronym is no club's name
        assertThat(TestTagger.organisationNames("bg", "ЦСКА и Левски завършиха наравно в неделя.", DAY))
                .noneMatch(n -> n.contains(" i ") || n.contains("TS"));
    }

    @Test
    void aCyrillicAcronymIsSpeltLetterByLetterAndBulgarianClubPrefixesAsTheClubsWriteThem() {
        assertThat(NameForms.latin("ЦСКА Русе", "bg")).isEqualTo("CSKA Ruse");
        assertThat(NameForms.latin("ПФК Добруджа", "bg")).isEqualTo("PFC Dobrudzha");
        assertThat(NameForms.latin("ЦСКА", "ru")).isEqualTo("CSKA");
    }
}
