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
}
