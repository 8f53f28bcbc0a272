package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import io.wirefeed.model.EnrichedStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A town's bodies named by their kind and the town (tagging/local-bodies.tsv), in any case and ten languages. */
class LocalBodiesTest {
    private static final Instant DAY = Instant.parse("2026-11-02T10:00:00Z");

    private static List<String> orgs(String language, String body) {
        return TestTagger.organisationNames(language, body, DAY);
    }

    @Test
    void aCouncilOfATownIsNamedByItsKindAndTheTownInTheNominative() {
        assertThat(orgs("sr-Latn", "KRALJEVO - Odbornici traže da Gradsko veće Kraljeva razmotri cene prevoza."))
                .containsExactly("City Council of Kraljevo");
        assertThat(orgs("sl", "VELENJE - Občinski svet Mestne občine Velenje je v torek potrdil proračun."))
                .containsExactly("Velenje Municipal Council");
        assertThat(orgs("sq", "KORÇË - Këshilli Bashkiak i Korçës miratoi buxhetin e ri të qytetit."))
                .containsExactly("Korçë Municipal Council");
        assertThat(orgs("el", "Το Δημοτικό Συμβούλιο Λάρισας ενέκρινε τον προϋπολογισμό."))
                .containsExactly("Lárisa Municipal Council");
    }

    @Test
    void directoratesInspectoratesAndHospitalsOfATown() {
        assertThat(orgs("sr-Latn", "Policijska uprava u Nišu saopštila je da je vozač uhapšen.")).containsExactly("Police Directorate Niš");
        assertThat(orgs("sr-Cyrl", "Лекари Дома здравља Лесковац траже нове сестре.")).containsExactly("Health Centre Leskovac");
        assertThat(orgs("bg", "Проверката на РЗИ – Плевен продължава и днес.")).containsExactly("Regional Health Inspectorate Pleven");
        assertThat(orgs("sl", "V Splošni bolnišnici Celje so odprli nov oddelek.")).containsExactly("General Hospital Celje");
        assertThat(orgs("sq", "Bashkisë së Shkodrës i mungojnë fondet.")).containsExactly("Municipality of Shkodër");
    }

    @Test
    void theHeadIsNoPlaceAndTheTownStaysOne() {
        EnrichedStory s = TestTagger.tag("sr-Latn", "Gradsko veće Čačka usvojilo je odluku o parkingu.", DAY);
        assertThat(s.countries()).containsExactly("RS"); // "Gradsko" is no Macedonian town here
    }

    @Test
    void aLowerCaseKindATitleOrATownOpeningTheNextSentenceNamesNoBody() {
        assertThat(orgs("sr-Latn", "U opštoj bolnici u Čačku od danas radi novi aparat.")).isEmpty();
        // a hospital's name takes no preposition: "in Zadar" describes it (a police directorate's name takes one)
        assertThat(orgs("hr", "Opća bolnica u Zadru dobila je novi uređaj.")).isEmpty();
        assertThat(orgs("sr-Latn", "Predsednik Gradskog veća Kraljeva rekao je da će cene ostati iste.")).isEmpty();
        assertThat(orgs("hr", "Nesreću je prijavila Policijska uprava. Split je ostao bez struje.")).isEmpty();
        assertThat(orgs("sr-Latn", "Direktor Policijske uprave Dragan Kraljević rekao je da je mirno.")).isEmpty();
    }

    @Test
    void aCantonsBodiesAreTheCantonsAndTheCantonIsAPlaceOfBosnia() {
        EnrichedStory s = TestTagger.tag("bs", "Vlada Zeničko-dobojskog kantona izdvojila je novac za ceste.", DAY);
        assertThat(s.countries()).containsExactly("BA");
        assertThat(orgs("bs", "Vlada Zeničko-dobojskog kantona izdvojila je novac za ceste."))
                .containsExactly("Government of Zenica-Doboj Canton");
        assertThat(orgs("bs", "Skupština Unsko-sanskog kantona usvojila je zakon.")).containsExactly("Assembly of Una-Sana Canton");
        // a state's ministry named before a canton is the canton's
        assertThat(orgs("bs", "Ministarstvo zdravstva Tuzlanskog kantona objavilo je konkurs."))
                .containsExactly("Ministry of Health of Tuzla Canton");
        // a town is no canton: "Vlada Sarajeva" names no government
        assertThat(orgs("bs", "Vlada Sarajeva nije postojala, rekao je historičar.")).isEmpty();
    }
}
