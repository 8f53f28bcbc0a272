package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A body the knowledge base lacks, named as where a person works. */
class EmployersTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aPostAndItsPrepositionIntroduceTheEmployer() {
        assertThat(TestTagger.organisationNames("en", "LONDON - Prices will ease, said Ruth Okafor, an economist at Continental "
                + "Analytics. Ivo Marsh, chief executive of Baltic Reefer Lines, agreed.", DAY))
                .contains("Continental Analytics", "Baltic Reefer Lines");
    }

    @Test
    void postsInThePluralIntroduceTheEmployerToo() {
        assertThat(TestTagger.organisationNames("en", "MADRID - Analysts said the strike could last weeks; economists at "
                + "Banco Meseta expect a small hit to growth.", DAY))
                .contains("Banco Meseta");
    }

    @Test
    void aFieldATitleOrAPlaceAfterAPostIsNoEmployer() {
        assertThat(TestTagger.organisationNames("en", "NAIROBI - Joyce Wambui, a professor of Economics at Nairobi, said the "
                + "plan was sound; head of Research Sam Otieno disagreed.", DAY)).isEmpty();
    }

    @Test
    void aFirmPlacedByItsTownOrDescribedAsAConsultancyAfterAPostIsTheEmployer() {
        assertThat(TestTagger.organisationNames("en", "ACCRA - Prices will rise, said Abena Mensah, an economist at "
                + "Kumasi-based Odum Partners, and Kofi Owusu, head of research at Sankofa Advisory. Ama Boateng of the Accra "
                + "consultancy Adinkra Analytics agreed; a Tema-based lawyer, Yaw Darko, did not.", DAY))
                .containsExactlyInAnyOrder("Odum Partners", "Sankofa Advisory", "Adinkra Analytics");
    }
}
