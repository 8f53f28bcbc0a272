package io.wirefeed.model.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.EnrichedStory.Focus;
import io.wirefeed.model.EnrichedStory.OrganisationTag;
import io.wirefeed.model.EnrichedStory.PersonTag;
import io.wirefeed.model.EnrichedStory.PlaceTag;
import io.wirefeed.model.EnrichedStory.TaggerInfo;
import io.wirefeed.model.ninjs.NinjsDocument.Item;
import io.wirefeed.model.ninjs.NinjsDocument.Subject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NinjsViewTest {
    private static final SubjectNames NAMES = new SubjectNames(
            Map.of("MK", "North Macedonia", "AL", "Albania", "XK", "Kosovo"),
            Map.of("western-balkans", "Western Balkans", "balkans", "Balkans", "europe", "Europe"));

    /** A story written for this test, as the tagger would enrich it. GeoNames ids from kb/places.tsv (GeoNames, CC BY 4.0). */
    static EnrichedStory story() {
        Instant at = Instant.parse("2026-11-30T09:15:00Z");
        return new EnrichedStory("tanjug:5f1c0e9a7d2b4c6e8a10", 2,
                "Skopje and Tirana agree on a joint border crossing",
                "North Macedonia's Prime Minister Hristijan Mickoski and Albania's Prime Minister Edi Rama agreed in Ohrid "
                        + "on Monday to open a joint border crossing next spring. Kosovo was not part of the talks, "
                        + "the Government of North Macedonia said.",
                "en", "tanjug", "plain", "OHRID", at, at,
                List.of("MK", "AL", "XK"), List.of("western-balkans", "balkans", "europe"),
                new Focus(List.of("MK", "AL"), List.of("western-balkans", "balkans", "europe")),
                List.of(new PlaceTag("North Macedonia", "country", "MK", 2, null),
                        new PlaceTag("Skopje", "capital", "MK", 1, "geonames:785842"),
                        new PlaceTag("Ohrid", "city", "MK", 1, "geonames:787487"),
                        new PlaceTag("Kosovo", "country", "XK", 1, null)),
                List.of(new PersonTag("Hristijan Mickoski", "person:hristijan-mickoski", List.of("Prime Minister"), "MK", 1, true),
                        new PersonTag("Edi Rama", "person:edi-rama", List.of("Prime Minister"), "AL", 1, true),
                        new PersonTag("Ana Petrovska", "person:ana-petrovska", List.of(), null, 1, false)),
                List.of(new OrganisationTag("Government of North Macedonia", "org:government-mk", "government", "MK", 1, true),
                        new OrganisationTag("Tanjug", "org:tanjug", "agency", "RS", 1, true),
                        new OrganisationTag("Border Crossings Council", "org:border-crossings-council", null, null, 1, false)),
                List.of(), new TaggerInfo("0.1.0", "2026-11-29"), "By Ana Petrovska");
    }

    private static final NinjsView VIEW = new NinjsView(NinjsVersion.V2_1, NAMES);

    @Test
    void theViewOfAStoryValidatesAgainstTheOfficialNinjs21Schema() {
        String json = new NinjsSerde(NinjsVersion.V2_1).json(VIEW.document(story()));
        assertThat(NinjsSchemas.errors(NinjsSchemas.of(NinjsVersion.V2_1), json)).isEmpty();
        assertThat(json).contains("\"versioncreated\":\"2026-11-30T09:15:00Z\"", "\"version\":\"2\"",
                "\"standard\":{\"name\":\"ninjs\",\"version\":\"2.1\"");
    }

    @Test
    void theViewInVersion31ValidatesAgainstTheOfficialNinjs31SchemaWithItsCamelCaseNames() {
        NinjsSerde serde = new NinjsSerde(NinjsVersion.V3_1);
        String json = serde.json(new NinjsView(NinjsVersion.V3_1, NAMES).document(story()));
        assertThat(NinjsSchemas.errors(NinjsSchemas.of(NinjsVersion.V3_1), json)).isEmpty();
        assertThat(json).contains("\"versionCreated\"", "\"contentType\":\"text/plain\"", "\"altIds\"", "\"infoSources\"")
                .doesNotContain("versioncreated", "contenttype");
        assertThat(serde.deserialize("t", serde.serialize("t", new NinjsView(NinjsVersion.V3_1, NAMES).document(story()))))
                .isEqualTo(new NinjsView(NinjsVersion.V3_1, NAMES).document(story()));
    }

    @Test
    void theValidatorRejectsADocumentWithoutAUriWithAPropertyNinjsLacksOrWithAUriThatIsNone() {
        Schema schema = NinjsSchemas.of(NinjsVersion.V2_1);
        String valid = new NinjsSerde(NinjsVersion.V2_1).json(VIEW.document(story()));
        assertThat(NinjsSchemas.errors(schema, valid.replaceFirst("\"uri\":\"[^\"]*\",", ""))).isNotEmpty();
        assertThat(NinjsSchemas.errors(schema, valid.replace("\"language\":", "\"mentions\":3,\"language\":"))).isNotEmpty();
        assertThat(NinjsSchemas.errors(schema, valid.replace("\"literal\":\"person:ana-petrovska\"",
                "\"literal\":\"person:ana-petrovska\",\"in_kb\":false"))).isNotEmpty();
        assertThat(NinjsSchemas.errors(schema, valid.replace("urn:wirefeed:story:tanjug:", "tanjug 5f1c"))).isNotEmpty();
    }

    @Test
    void namesPeopleWithTheirRoleAndAWirefeedUrnAndANameTheKnowledgeBaseLacksOnlyByALiteral() {
        var doc = VIEW.document(story());
        assertThat(doc.people()).containsExactly(
                new Item("Hristijan Mickoski", "Prime Minister", "urn:wirefeed:person:hristijan-mickoski", null),
                new Item("Edi Rama", "Prime Minister", "urn:wirefeed:person:edi-rama", null),
                new Item("Ana Petrovska", null, null, "person:ana-petrovska"));
        assertThat(doc.organisations()).containsExactly(
                new Item("Government of North Macedonia", null, "urn:wirefeed:org:government-mk", null),
                new Item("Tanjug", "source", "urn:wirefeed:org:tanjug", null),
                new Item("Border Crossings Council", null, null, "org:border-crossings-council"));
        assertThat(doc.infosources()).containsExactly(new NinjsDocument.InfoSource("Tanjug", "urn:wirefeed:org:tanjug", "tanjug"));
        assertThat(doc.by()).isEqualTo("By Ana Petrovska");
        assertThat(doc.located()).isEqualTo("OHRID");
    }

    @Test
    void givesPlacesTheirGeoNamesUriAndCountriesTheirIsoUri() {
        assertThat(VIEW.document(story()).places()).containsExactly(
                new Item("North Macedonia", null, "https://www.iso.org/obp/ui/#iso:code:3166:MK", null),
                new Item("Skopje", null, "https://sws.geonames.org/785842/", null),
                new Item("Ohrid", null, "https://sws.geonames.org/787487/", null),
                new Item("Kosovo", null, "urn:wirefeed:country:XK", null));
    }

    @Test
    void marksTheCountriesAndRegionsTheStoryIsAboutAsItsFocusAndTheOthersAsMentioned() {
        assertThat(VIEW.document(story()).subjects()).containsExactly(
                new Subject("North Macedonia", "focus", "https://www.iso.org/obp/ui/#iso:code:3166:MK", "MK"),
                new Subject("Albania", "focus", "https://www.iso.org/obp/ui/#iso:code:3166:AL", "AL"),
                new Subject("Kosovo", "mentioned", "urn:wirefeed:country:XK", "XK"),
                new Subject("Western Balkans", "focus", "urn:wirefeed:region:western-balkans", "western-balkans"),
                new Subject("Balkans", "focus", "urn:wirefeed:region:balkans", "balkans"),
                new Subject("Europe", "focus", "urn:wirefeed:region:europe", "europe"));
    }

    @Test
    void keepsAStoryUriOfItsOwnAndGivesAnyOtherIdAWirefeedUrn() {
        assertThat(NinjsView.storyUri("urn:newsml:tanjug.rs:20261130:5f1c")).isEqualTo("urn:newsml:tanjug.rs:20261130:5f1c");
        assertThat(NinjsView.storyUri("https://wire.example/story/42")).isEqualTo("https://wire.example/story/42");
        assertThat(NinjsView.storyUri("ibna:3488972e99c65b2e1335")).isEqualTo("urn:wirefeed:story:ibna:3488972e99c65b2e1335");
        assertThat(NinjsView.storyUri("s000")).isEqualTo("urn:wirefeed:story:s000");
        assertThat(NinjsView.storyUri("feed 42/Vučić?")).isEqualTo("urn:wirefeed:story:feed%2042/Vu%C4%8Di%C4%87%3F");
        assertThat(VIEW.document(story()).altids()).containsExactly(new NinjsDocument.AltId("wirefeed", "tanjug:5f1c0e9a7d2b4c6e8a10"));
    }

    @Test
    void namesACountryTheMapLacksByTheJdksLocaleData() {
        assertThat(SubjectNames.fromLocaleData().country("RS")).isEqualTo("Serbia");
        assertThat(SubjectNames.fromLocaleData().region("eu")).isEqualTo("eu");
    }
}
