package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Capitalised words ending in a body's or a company's head word name that body, never a person. */
class BodiesNamedLikePeopleTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aFirmOpeningWithAGivenNameIsTheFirmNotAPerson() {
        String text = "SEOUL - The won slipped, said Lee Min-ji, head of research at Grace Capital in Seoul. Orchid "
                + "Securities said it expected a rebound.";
        assertThat(TestTagger.organisationNames("en", text, DAY)).contains("Grace Capital", "Orchid Securities");
        assertThat(TestTagger.personNames("en", text, DAY)).containsExactly("Lee Min-ji");
    }

    @Test
    void aCountrysDepartmentNamedByItsFieldIsABodyNotAPerson() {
        String text = "NAIROBI - Rain will continue all week, the Kenya Meteorological Department said on Monday.";
        assertThat(TestTagger.organisationNames("en", text, DAY)).contains("Kenya Meteorological Department");
        assertThat(TestTagger.personNames("en", text, DAY)).isEmpty();
    }

    @Test
    void aMunicipalityNamedAfterAPersonIsABody() {
        String text = "DURBAN - The Thandiwe Mokoena Local Municipality said water would be cut for two days.";
        assertThat(TestTagger.organisationNames("en", text, DAY)).contains("Thandiwe Mokoena Local Municipality");
        assertThat(TestTagger.personNames("en", text, DAY)).isEmpty();
    }

    @Test
    void anOutletCreditedBesideItsReportersIsNoPerson() {
        assertThat(Bylines.inText("By Chloe Martel, The Canadian Press\nOTTAWA - Bus drivers walked out."))
                .containsExactly("Chloe Martel");
        assertThat(Bylines.inText("By DRAGAN BOSKOVIC and ILIR KRASNIQI Associated Press\nSKOPJE (AP) - Talks resumed."))
                .containsExactly("Dragan Boskovic", "Ilir Krasniqi");
    }

    @Test
    void aCountyBoardIsABodyNotAPerson() {
        String text = "PHOENIX - The Pima County Board of Supervisors voted on Tuesday to close two libraries.";
        assertThat(TestTagger.organisationNames("en", text, DAY)).contains("Pima County Board of Supervisors");
        assertThat(TestTagger.personNames("en", text, DAY)).isEmpty();
    }

    @Test
    void aHospitalNamedLikeAPersonIsNoOne() {
        String text = "KARACHI - Doctors at Abbasi Shaheed Hospital treated dozens of people for heatstroke on Sunday.";
        assertThat(TestTagger.personNames("en", text, DAY)).isEmpty();
    }
}
