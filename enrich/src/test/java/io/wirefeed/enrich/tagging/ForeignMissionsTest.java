package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Embassies, consulates, EU delegations and OSCE missions are named by their kind, whose they are and where they sit. */
class ForeignMissionsTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static List<String> orgs(String language, String body) {
        return TestTagger.organisationNames(language, body, DAY);
    }

    @Test
    void anEmbassyAfterOrBeforeItsStateIsThatStatesEmbassyInTheTown() {
        assertThat(orgs("sr-Latn", "BEOGRAD - Ambasada SAD u Beogradu saopštila je da se konzularno odeljenje zatvara."))
                .containsExactly("Embassy of the United States in Belgrade");
        assertThat(orgs("bg", "СОФИЯ - Руското посолство в София изпрати протестна нота."))
                .containsExactly("Embassy of Russia in Sofia");
        assertThat(orgs("sq", "TIRANË - Ambasada e Italisë në Tiranë njoftoi orarin e ri.")).containsExactly("Embassy of Italy in Tirana");
    }

    @Test
    void aConsulateGeneralIsReadBeforeAConsulate() {
        assertThat(orgs("hr", "ZAGREB - Generalni konzulat Srbije u Rijeci produljio je radno vrijeme."))
                .containsExactly("Consulate General of Serbia in Rijeka");
    }

    @Test
    void aBodysMissionTakesTheHostCountryAndTheBodyIsNoSeparateMention() {
        assertThat(orgs("bs", "SARAJEVO - Delegacija Evropske unije u Sarajevu pozdravila je usvajanje zakona."))
                .containsExactly("Delegation of the European Union to Bosnia and Herzegovina");
        assertThat(orgs("sq", "PRISHTINË - Zyra e BE-së në Kosovë bëri thirrje për qetësi.")).containsExactly("European Union Office in Kosovo");
    }

    @Test
    void theKnowledgeBasesNameGoesFirst() {
        assertThat(orgs("mk", "СКОПЈЕ - Мисијата на ОБСЕ во Скопје организираше обука.")).containsExactly("OSCE Mission to Skopje");
    }

    @Test
    void noPlaceNoSenderWithoutANameRowOrTheHostsOwnStateNamesNoMission() {
        assertThat(orgs("sr-Latn", "BEOGRAD - Ambasada SAD saopštila je da se konzularno odeljenje zatvara.")).isEmpty();
        assertThat(orgs("sr-Latn", "BEOGRAD - Delegacija Srbije u Ženevi razgovarala je o pravima manjina.")).isEmpty();
        assertThat(orgs("en", "BELGRADE - The Serbian embassy in Belgrade is a contradiction the rule must not write.")).isEmpty();
    }
}
