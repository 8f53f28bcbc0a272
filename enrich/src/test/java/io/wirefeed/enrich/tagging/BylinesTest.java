package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The people of a credit line. */
class BylinesTest {
    @Test
    void aReporterCreditedWithThePlaceTheyWereInIsCreditedByName() {
        assertThat(Bylines.names("Writing by Stevo Radulović; Additional reporting by Marko Vasić in Belgrade; Editing by "
                + "Hugh Larkin and Mark Porter")).containsExactly("Stevo Radulović", "Marko Vasić", "Hugh Larkin", "Mark Porter");
    }

    @Test
    void creditLinesInTheStorysTextNameTheirPeopleAndCapitalsBecomeMixedCase() {
        assertThat(Bylines.inText("By Tunde Adeyemi and Kiri Walker\nLAGOS (Reuters) - Fuel queues grew on Monday.\n"
                + "(Reporting by Ana Brkić; Editing by Hugh Larkin)")).containsExactly("Tunde Adeyemi", "Kiri Walker", "Ana Brkić", "Hugh Larkin");
        assertThat(Bylines.inText("By SOFIA MENDES\nLISBON (AP) - Rail workers walked out.")).containsExactly("Sofia Mendes");
    }

    @Test
    void aSentenceOpeningWithByIsNoCredit() {
        assertThat(Bylines.inText("By Monday the talks had stalled.\nBy Friday, Ana Brkić said, the deal was done.")).isEmpty();
    }

    @Test
    void aCreditLineIsReadWhereverItsLineStartsAndEnds() {
        // indented, after a blank line, written with Windows line ends, last without a line end
        assertThat(Bylines.inText("Dock workers in Koper voted to strike.\r\n\r\n   By Meta Kovač\r\n\t(Reporting by Luka Zorn)"))
                .containsExactly("Meta Kovač", "Luka Zorn");
    }

    @Test
    void aCreditedNameWithLowerCaseParticlesIsOneName() {
        assertThat(Bylines.inText("Crude output rose.\n(Reporting by Beatriz dos Reis Moura; Editing by Ana de la Cruz)"))
                .containsExactly("Beatriz dos Reis Moura", "Ana de la Cruz");
    }
}
