package io.wirefeed.enrich.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Organisation kinds: the knowledge base's words, and how the tagger treats each. */
class OrganisationKindTest {

    @Test
    void eachKindIsWrittenAsTheKnowledgeBasesWord() {
        assertThat(OrganisationKind.EU_BODY.label()).isEqualTo("eu-body");
        assertThat(OrganisationKind.CENTRAL_BANK.label()).isEqualTo("central-bank");
        assertThat(OrganisationKind.GOVERNMENT.label()).isEqualTo("government");
        for (OrganisationKind k : OrganisationKind.values()) {
            assertThat(OrganisationKind.of(k.label())).isEqualTo(k);
        }
    }

    @Test
    void anOrganisationWithoutAKindIsOther() {
        assertThat(OrganisationKind.of(null)).isEqualTo(OrganisationKind.OTHER);
    }

    @Test
    void stateBodiesStandForTheirCountryAndPartiesDoNot() {
        assertThat(OrganisationKind.MINISTRY.standsForCountry()).isTrue();
        assertThat(OrganisationKind.PRESIDENCY.standsForCountry()).isTrue();
        assertThat(OrganisationKind.PARTY.standsForCountry()).isFalse();
    }

    @Test
    void agenciesMediaAndBroadcastersAreSources() {
        assertThat(OrganisationKind.values()).filteredOn(OrganisationKind::isSource)
                .containsExactlyInAnyOrder(OrganisationKind.AGENCY, OrganisationKind.MEDIA, OrganisationKind.BROADCASTER);
    }
}
