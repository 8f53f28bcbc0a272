package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Canonical forms of new names: Latin script, one form for declined forms. */
class NameFormsTest {
    @Test
    void serbianCyrillicBecomesSerbianLatinWithItsDiacritics() {
        assertThat(NameForms.latin("Драган Ђорђевић", "sr-Cyrl")).isEqualTo("Dragan Đorđević");
    }

    @Test
    void bulgarianAndGreekNamesAreRomanisedAndLatinNamesStayAsWritten() {
        assertThat(NameForms.latin("Петър Жеков", "bg")).isEqualTo("Petar Zhekov");
        assertThat(NameForms.latin("Γιώργος Παπαδάκης", "el")).isEqualTo("Giorgos Papadakis");
        assertThat(NameForms.latin("Ana Kovač", "hr")).isEqualTo("Ana Kovač");
        assertThat(NameForms.latin("Христо Желязков", "bg")).isEqualTo("Hristo Zhelyazkov");
        assertThat(NameForms.latin("Ѓорѓе Ќосев", "mk")).isEqualTo("Gjorgje Kjosev");
    }

    @Test
    void bulgarianNamesFollowBulgariasOwnRomanisationOfYAndFinalIa() {
        assertThat(NameForms.latin("Десислава Пейчева", "bg")).isEqualTo("Desislava Peycheva");
        assertThat(NameForms.latin("Йордан Стоянов", "bg")).isEqualTo("Yordan Stoyanov");
        assertThat(NameForms.latin("Жельо Танев", "bg")).isEqualTo("Zhelyo Tanev");
        assertThat(NameForms.latin("Мария Колева", "bg")).isEqualTo("Maria Koleva");
    }

    @Test
    void aMacedonianSpellingOfAnIcSurnameIsTheSerbianOrCroatianName() {
        assertThat(NameForms.latin("Душко Лазаревиќ", "mk")).isEqualTo("Duško Lazarević");
        assertThat(NameForms.latin("Ќиро Ќосев", "mk")).isEqualTo("Kjiro Kjosev");
    }

    @Test
    void declinedFormsOfOneNameAreOneNameInItsShortestForm() {
        var canonical = NameForms.canonical(List.of("Marka Petrovića", "Marko Petrović", "Ana Kovač", "Markom Petrovićem"));
        assertThat(canonical.get("Marka Petrovića")).isEqualTo("Marko Petrović");
        assertThat(canonical.get("Markom Petrovićem")).isEqualTo("Marko Petrović");
        assertThat(canonical.get("Ana Kovač")).isEqualTo("Ana Kovač");
    }

    @Test
    void aSouthSlavicMansNameInAnObliqueCaseIsGivenInTheNominative() {
        java.util.Set<String> firstNames = java.util.Set.of("marko", "mark", "petar", "ivan");
        assertThat(NameForms.nominative("Sevlida Hurtića", "bs", firstNames)).isEqualTo("Sevlid Hurtić");
        assertThat(NameForms.nominative("Marka Petrovića", "sr-Latn", firstNames)).isEqualTo("Marko Petrović");
        assertThat(NameForms.nominative("Petrom Jovićem", "hr", firstNames)).isEqualTo("Petar Jović");
        assertThat(NameForms.nominative("Ivanu Kovaču", "hr", firstNames)).isEqualTo("Ivan Kovač");
        assertThat(NameForms.nominative("Petra Petrovića", "sr-Latn", java.util.Set.of("petar", "petr", "petra")))
                .isEqualTo("Petar Petrović");
        assertThat(NameForms.nominative("Nikoli Jovanoviću", "sr-Latn", java.util.Set.of("nikola"))).isEqualTo("Nikola Jovanović");
        assertThat(NameForms.nominative("Anom Lazarević", "sr-Latn", java.util.Set.of("ana"))).isEqualTo("Ana Lazarević");
        assertThat(NameForms.nominative("Goranom Bosancem", "sr-Latn", java.util.Set.of("goran"))).isEqualTo("Goran Bosanac");
        assertThat(NameForms.nominative("Dejana Lovrenca", "hr", java.util.Set.of("dejan"))).isEqualTo("Dejan Lovrenac");
        assertThat(NameForms.nominative("Mirku Grabovcu", "bs", java.util.Set.of("mirko"))).isEqualTo("Mirko Grabovac");
        assertThat(NameForms.nominative("Nikoli Tesli", "sr-Latn", java.util.Set.of("nikola"))).isEqualTo("Nikola Tesla");
        assertThat(NameForms.nominative("Nikolu Teslu", "sr-Latn", java.util.Set.of("nikola"))).isEqualTo("Nikola Tesla");
        assertThat(NameForms.nominative("Janeza Kralja", "sl", java.util.Set.of("janez"))).isEqualTo("Janez Kralj");
    }

    @Test
    void nominativesAreLeftAloneAndOtherLanguagesUntouched() {
        java.util.Set<String> firstNames = java.util.Set.of("ana");
        assertThat(NameForms.nominative("Ana Petrović", "sr-Latn", firstNames)).isEqualTo("Ana Petrović");
        assertThat(NameForms.nominative("Srđan Mazalica", "sr-Latn", firstNames)).isEqualTo("Srđan Mazalica");
        assertThat(NameForms.nominative("Sevlida Hurtića", "en", firstNames)).isEqualTo("Sevlida Hurtića");
    }
    @Test
    void aWomansUndeclinedSurnameGivesHerGivenNameInA() {
        java.util.Set<String> firstNames = java.util.Set.of("ann", "anna", "helga", "marija", "marijo", "laura", "lauro", "olaf");
        assertThat(NameForms.nominative("Annu Lührmann", "bs", firstNames)).isEqualTo("Anna Lührmann");
        assertThat(NameForms.nominative("Helgom Marijom Schmid", "bs", firstNames)).isEqualTo("Helga Marija Schmid");
        assertThat(NameForms.nominative("Lauru Fischer", "bs", firstNames)).isEqualTo("Laura Fischer");
        // a man's surname declines with his given name: no woman here
        assertThat(NameForms.nominative("Olafom Šmitom", "bs", firstNames)).isEqualTo("Olaf Šmit");
    }

    @Test
    void bothPartsOfAMansNameReturnToTheNominative() {
        java.util.Set<String> firstNames = java.util.Set.of("alen", "leonid", "igor", "rudolf", "anze", "sime", "simo", "nikola", "nikol");
        assertThat(NameForms.nominative("Alenom Berseom", "sr-Latn", firstNames)).isEqualTo("Alen Berse");
        assertThat(NameForms.nominative("Leonidom Sluckim", "sr-Latn", firstNames)).isEqualTo("Leonid Slucki");
        assertThat(NameForms.nominative("Igora Popovskog", "sr-Latn", firstNames)).isEqualTo("Igor Popovski");
        assertThat(NameForms.nominative("Rudolfa Maistra", "sl", firstNames)).isEqualTo("Rudolf Maister");
        assertThat(NameForms.nominative("Anžeta Logarja", "sl", firstNames)).isEqualTo("Anže Logar");
        assertThat(NameForms.nominative("Šimom Erlićem", "hr", firstNames)).isEqualTo("Šime Erlić");
        assertThat(NameForms.nominative("Nikolu Jovanovića", "sr-Latn", firstNames)).isEqualTo("Nikola Jovanović");
        // a genitive in -a after a vowel is no sure case ending: "Marka Rossia" keeps its surname
        assertThat(NameForms.nominative("Alena Rossia", "sr-Latn", firstNames)).isEqualTo("Alen Rossia");
    }

    @Test
    void aSlovenianWomansAccusativeInOIsHerNameInA() {
        java.util.Set<String> firstNames = java.util.Set.of("tanja");
        assertThat(NameForms.givenNominative("Tanjo", firstNames, "sl")).isEqualTo("Tanja");
        assertThat(NameForms.givenNominative("Tanjo", firstNames, "hr")).isNull();
    }
}
