package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A stadium, school or firm named after a person, its name quoted or before a legal form, mentions no one. */
class ThingsNamedAfterPeopleTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aQuotedNameOfASchoolOrStadiumIsNoPerson() {
        assertThat(TestTagger.personNames("hr", "VARAŽDIN - Učenici Osnovne škole \"Ivan Goran Kovačić\" osvojili su prvo mjesto. "
                + "Ravnateljica Marija Horvat rekla je da je škola ponosna.", DAY)).containsExactly("Marija Horvat");
        assertThat(TestTagger.personNames("bg", "СОФИЯ - Мачът ще се играе на Националния стадион „Васил Левски“ без публика, "
                + "каза директорът Петър Маринов.", DAY)).containsExactly("Petar Marinov");
    }

    @Test
    void aFirmsNameBeforeItsLegalFormIsNoPerson() {
        assertThat(TestTagger.personNames("sq", "TIRANË - Administratori i shoqërisë \"Arta Ndërtim\" sh.p.k., Ilir Hoxha, "
                + "u arrestua.", DAY)).containsExactly("Ilir Hoxha");
    }

    @Test
    void theSamePersonNamedInTheTextIsStillAPerson() {
        assertThat(TestTagger.personNames("bg", "СОФИЯ - Хиляди души се поклониха пред паметника на Васил Левски.", DAY))
                .containsExactly("Vasil Levski");
    }
}
