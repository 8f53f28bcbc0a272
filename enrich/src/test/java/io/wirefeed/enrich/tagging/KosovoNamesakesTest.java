package io.wirefeed.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.TestTagger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Kosovo towns that share a name with a Bosnian or Slovenian one are Kosovo's in a Kosovo story. */
class KosovoNamesakesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aKosovoStorysGracanicaIsKosovos() {
        assertThat(TestTagger.tag("sq", "PRISHTINË - Kuvendi komunal i Graçanicës miratoi buxhetin. Qeveria e Kosovës "
                + "dha mjete për rrugët.", DAY).countries()).containsExactly("XK");
        assertThat(TestTagger.tag("en", "Several hundred Serbs protested in Brezovica against a Kosovo government plan "
                + "to lease the ski resort.", DAY).countries()).containsExactly("XK");
    }

    @Test
    void aBosnianStorysGracanicaStaysBosnian() {
        assertThat(TestTagger.tag("bs", "Rijeka Spreča izlila se u Gračanici kod Tuzle, saopćila je civilna zaštita "
                + "Tuzlanskog kantona.", DAY).countries()).containsExactly("BA");
    }
}
