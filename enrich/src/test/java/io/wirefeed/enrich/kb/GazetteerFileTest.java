package io.wirefeed.enrich.kb;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.enrich.tagging.Tagger;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.WireStory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own GeoNames file (cities1000.txt layout) widens the gazetteer at run time. */
class GazetteerFileTest {
    @TempDir
    Path dir;

    @Test
    void placesOfAUsersGeonamesFileAreTagged() throws Exception {
        // a made-up town (id 0: no real GeoNames id) in the standard 19-column layout
        String row = String.join("\t", "0", "Vrbnik Donji", "Vrbnik Donji", "Врбник Доњи", "44.0", "20.0", "P", "PPL", "RS",
                "", "00", "", "", "", "1200", "", "300", "Europe/Belgrade", "2026-01-01");
        Path file = dir.resolve("cities1000.txt");
        Files.writeString(file, row + "\n");
        KnowledgeBase kb = KnowledgeBaseLoader.withGazetteer(KnowledgeBaseLoader.builtIn(), file, 0);
        Tagger tagger = new Tagger(kb);
        Instant at = Instant.parse("2026-11-27T10:00:00Z");
        EnrichedStory s = tagger.tag(new WireStory("g", 1, "Flood", "Rescuers reached Vrbnik Donji and u Vrbniku Donjem "
                + "the water fell.", "en", null, "plain", null, null, at, at));
        assertThat(s.places()).extracting(EnrichedStory.PlaceTag::name).contains("Vrbnik Donji");
        assertThat(s.countries()).containsExactly("RS");
        assertThat(kb.version()).endsWith("+cities1000.txt");
    }
}
