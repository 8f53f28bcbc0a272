package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A foreign town's name inside a firm's quoted name or before its legal form names no place. */
class TownsInFirmNamesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aForeignTownInsideAQuotedFirmNameIsNoPlace() {
        assertThat(TestTagger.tag("sr-Latn", "ARILJE - Firma \"Pariz Dizajn\" d.o.o. iz Arilja otpustiće 40 radnika, "
                + "rekao je direktor Goran Milošević.", DAY).countries()).containsExactly("RS");
        assertThat(TestTagger.tag("mk", "ПРИЛЕП - Компанијата „Берлин Трејд“ ДООЕЛ од Прилеп ја намали откупната цена на тутунот.",
                DAY).countries()).containsExactly("MK");
    }

    @Test
    void theSameFirmWithoutItsLegalFormIsNoPlaceEither() {
        assertThat(TestTagger.tag("el", "ΑΘΗΝΑ - Η εταιρεία Ελληνικό Μετρό Α.Ε. υπέγραψε σύμβαση για νέους σταθμούς. "
                + "Οι κάτοικοι ζήτησαν από την Ελληνικό Μετρό να δημοσιοποιήσει τα σχέδια.", DAY).countries()).containsExactly("GR");
    }

    @Test
    void theTownItselfOrAHomeTownInAFirmNameStays() {
        assertThat(TestTagger.tag("sr-Latn", "ARILJE - Firma iz Arilja izvozi nameštaj u Milano i Pariz.", DAY).countries())
                .contains("RS", "IT", "FR");
        assertThat(TestTagger.tag("sl", "Podjetje Kovinar Celje d.o.o. je lani povečalo prodajo.", DAY).countries())
                .containsExactly("SI");
        assertThat(TestTagger.tag("en", "LONDON - Ashgrove Pumps Ltd cut 40 jobs.", DAY).countries()).containsExactly("GB");
    }
}
