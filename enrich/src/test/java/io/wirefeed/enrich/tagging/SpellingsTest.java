package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingsTest {
    @Test
    void oneNameInTwoRomanisationsIsAlike() {
        assertThat(Spellings.alike("kyriakos", "kiriakos")).isTrue();
        assertThat(Spellings.alike("mitsotakis", "micotakis")).isTrue();
        assertThat(Spellings.alike("aleksandar", "alexandar")).isTrue();
    }

    @Test
    void twoNamesAreNot() {
        assertThat(Spellings.alike("manmohan", "rajnath")).isFalse();
        assertThat(Spellings.alike("milan", "milos")).isFalse();
    }
}
