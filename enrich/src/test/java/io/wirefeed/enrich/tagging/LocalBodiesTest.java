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

    @Test
    void aFacultyIsNamedWithTheUniversityItBelongsToWhichStaysANameOfItsOwn() {
        assertThat(orgs("sr-Latn", "Profesor Pravnog fakulteta Univerziteta u Nišu Marko Ilić rekao je da reforma kasni."))
                .containsExactlyInAnyOrder("Faculty of Law, University of Niš", "University of Niš");
        assertThat(orgs("sl", "Pravna fakulteta Univerze v Mariboru je predstavila raziskavo."))
                .containsExactlyInAnyOrder("Faculty of Law, University of Maribor", "University of Maribor");
        assertThat(orgs("sq", "Fakulteti Ekonomik i Universitetit të Tiranës njoftoi se provimet shtyhen."))
                .containsExactlyInAnyOrder("Faculty of Economics, University of Tirana", "University of Tirana");
        // without its university, the university of the town the faculty is in
        assertThat(orgs("hr", "Istraživači Ekonomskog fakulteta u Splitu objavili su studiju.")).containsExactly("Faculty of Economics, University of Split");
        // the faculty's own English name where the knowledge base has it
        assertThat(orgs("sl", "Ekonomist z Ekonomske fakultete Univerze v Ljubljani je ocenil, da se rast upočasnjuje."))
                .containsExactlyInAnyOrder("School of Economics and Business, University of Ljubljana", "University of Ljubljana");
    }

    @Test
    void publicHealthInstitutesLabourCentresAndChambersOfATown() {
        assertThat(orgs("sr-Latn", "Institut za javno zdravlje Vojvodine upozorio je na kvalitet vode."))
                .containsExactly("Institute of Public Health of Vojvodina");
        assertThat(orgs("el", "Η πρόεδρος του Εργατικού Κέντρου Φλώρινας είπε ότι οι εργαζόμενοι μένουν χωρίς δουλειά."))
                .containsExactly("Flórina Labour Centre");
        assertThat(orgs("el", "Το Εμπορικό και Βιομηχανικό Επιμελητήριο Θεσσαλονίκης ζήτησε μέτρα."))
                .containsExactly("Thessaloníki Chamber of Commerce and Industry");
        assertThat(orgs("bg", "Търговско-промишлената палата във Варна настоява за по-дълъг сезон."))
                .containsExactly("Varna Chamber of Commerce and Industry");
    }

    @Test
    void aFacultyOrInstituteInLowerCaseOrWithoutItsTownNamesNoBody() {
        assertThat(orgs("sr-Latn", "Studenti ekonomskog fakulteta u Beogradu žale se na školarine.")).isEmpty();
        assertThat(orgs("hr", "Liječnici u zavodu za javno zdravstvo u Splitu imaju puno posla.")).isEmpty();
        assertThat(orgs("bs", "Fakultet je zatvoren zbog radova, a studenti iz Tuzle čekaju.")).isEmpty();
        assertThat(orgs("el", "Το κέντρο της Φλώρινας έμεινε χωρίς ρεύμα.")).isEmpty();
    }
}
