package io.wirefeed.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.Mention;
import io.wirefeed.model.EnrichedStory.PersonTag;
import io.wirefeed.model.EnrichedStory.PlaceTag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryViewTest {
    @Test
    void eachTagCarriesTheWordsThatProducedIt() {
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        String body = "Predsednik Srbije Aleksandar Vučić sastao se u Beogradu sa ... Vučiću je uručen poziv. Srpski ...";
        EnrichedStory s = new EnrichedStory("t:1", 1, "Vučić u Beogradu", body, "sr-Latn", "testwire", "plain", "BEOGRAD", at, at,
                List.of("RS", "XK"), List.of("western-balkans"), new EnrichedStory.Focus(List.of("RS"), List.of("western-balkans")),
                List.of(new PlaceTag("Serbia", "country", "RS", 2, null), new PlaceTag("Belgrade", "capital", "RS", 1, "geonames:792680"),
                        new PlaceTag("Kosovo and Metohija", "region", "XK", 1, null)),
                List.of(new PersonTag("Aleksandar Vučić", "person:aleksandar-vucic", List.of("President"), "RS", 3, true),
                        new PersonTag("Marko Marković", "person:marko-markovic", List.of(), null, 1, false)),
                List.of(),
                List.of(new Mention(0, 5, "Vučić", "person", "person:aleksandar-vucic"),
                        new Mention(8, 16, "Beogradu", "place", "geonames:792680"),
                        new Mention(30, 36, "Srbije", "country", "RS"),
                        new Mention(37, 53, "Aleksandar Vučić", "person", "person:aleksandar-vucic"),
                        new Mention(60, 66, "Vučiću", "person", "person:aleksandar-vucic"),
                        new Mention(70, 76, "Srpski", "demonym", "RS"),
                        new Mention(80, 86, "Kosovu", "place", "XK"),
                        new Mention(90, 97, "Balkanu", "region", "balkans"),
                        new Mention(100, 114, "Marko Marković", "person", null)),
                new EnrichedStory.TaggerInfo("test", "test"));

        StoryView v = StoryView.of(s);

        assertThat(tag(v, "person:aleksandar-vucic").words()).containsExactly("Vučić", "Aleksandar Vučić", "Vučiću");
        assertThat(tag(v, "person:aleksandar-vucic").detail()).isEqualTo("President · RS");
        assertThat(tag(v, "RS").words()).containsExactly("Srbije", "Srpski");
        assertThat(tag(v, "RS").name()).isEqualTo("Serbia");
        assertThat(tag(v, "RS").count()).isEqualTo(2);
        assertThat(tag(v, "XK").words()).as("Kosovo named only as a region of it").isEmpty();
        assertThat(tag(v, "XK").name()).isEqualTo("Kosovo");
        assertThat(tag(v, "geonames:792680").words()).containsExactly("Beogradu");
        assertThat(tag(v, "Kosovo and Metohija").words()).containsExactly("Kosovu");
        assertThat(tag(v, "balkans").words()).containsExactly("Balkanu");
        assertThat(tag(v, "person:marko-markovic").inKb()).isFalse();
        assertThat(tag(v, "person:marko-markovic").words()).containsExactly("Marko Marković");
        assertThat(v.tags()).extracting(StoryView.Tag::type).doesNotContain("demonym");
        assertThat(v.excerpt()).isEqualTo(body.replaceAll("\\s+", " "));
    }

    @Test
    void aLongBodyIsCutAtAWord() {
        String body = "word ".repeat(200);
        String excerpt = StoryView.excerpt(body);
        assertThat(excerpt).endsWith("word …").hasSizeLessThanOrEqualTo(StoryView.EXCERPT_CHARS + 2);
    }

    private static StoryView.Tag tag(StoryView v, String ref) {
        return v.tags().stream().filter(t -> t.ref().equals(ref)).findFirst().orElseThrow(() -> new AssertionError("no tag " + ref));
    }
}
