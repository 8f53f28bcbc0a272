package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Firms the knowledge base lacks, named by capitalised adjectives before a lower-case head ("Dunavske banke"). */
class NativeFirmsTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aBankInAnyCaseIsNamedInTheNominative() {
        assertThat(TestTagger.organisationNames("sr-Latn", "BEOGRAD - Tužilaštvo raspolaže izvodima Dunavske banke, a "
                + "direktor je prešao u Panonsku banku.", DAY)).contains("Dunavska banka", "Panonska banka");
        assertThat(TestTagger.organisationNames("hr", "ZAGREB - Glavni ekonomist Jadranske banke rekao je da inflacija "
                + "usporava, a klijenti Podravskoj banci šalju upite.", DAY)).contains("Jadranska banka", "Podravska banka");
    }

    @Test
    void otherFeminineFirmHeadsAndSeveralAdjectives() {
        assertThat(TestTagger.organisationNames("bs", "TUZLA - Radnici Tuzlanske pivovare stupili su u štrajk, a Kakanjska "
                + "cementara najavila je otpuštanja.", DAY)).contains("Tuzlanska pivovara", "Kakanjska cementara");
    }

    @Test
    void quotedProjectsDeterminersAndLowerCaseAdjectivesNameNoFirm() {
        assertThat(TestTagger.organisationNames("sr-Latn", "BEOGRAD - Projekat „Zelena banka“ predstavljen je u Nišu. Jedna banka "
                + "odobrila je kredit, a domaća banka najavila je nove usluge.", DAY)).isEmpty();
    }

    @Test
    void theNominativeKeepsTheScriptAndReplacesOnlyTheEnding() {
        assertThat(NativeFirms.nominative("Dunavske", "dunavske")).isEqualTo("Dunavska");
        assertThat(NativeFirms.nominative("Vojvođanskoj", "vojvodjanskoj")).isEqualTo("Vojvođanska");
        assertThat(NativeFirms.nominative("Дунавске", "dunavske")).isEqualTo("Дунавска");
    }
}
