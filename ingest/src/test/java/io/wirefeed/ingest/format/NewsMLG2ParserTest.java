package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsMLG2ParserTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final NewsMLG2Parser parser = new NewsMLG2Parser();

    private List<WireStory> parse(String xml) throws UnreadableStoryException {
        return parser.parse(xml, NOW);
    }

    @Test
    void readsEveryFieldOfATextNewsItem() throws Exception {
        WireStory s = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:wirefeed.test:20261127:skp-001"
                          version="4" standard="NewsML-G2" standardversion="2.33" xml:lang="mk">
                  <itemMeta>
                    <itemClass qcode="ninat:text"/>
                    <provider literal="Wirefeed Test Agency"/>
                    <versionCreated>2026-11-27T10:30:00+01:00</versionCreated>
                  </itemMeta>
                  <contentMeta>
                    <headline role="hld:sub">Second round of talks next week</headline>
                    <headline role="hld:main">Ministers agree on new border crossing</headline>
                    <language tag="en"/>
                    <dateline>SKOPJE</dateline>
                    <by>Ana Petrova</by>
                  </contentMeta>
                  <contentSet>
                    <inlineXML contenttype="application/xhtml+xml">
                      <html xmlns="http://www.w3.org/1999/xhtml">
                        <head><title>ignored title</title></head>
                        <body>
                          <p>The ministers agreed on Thursday to open a <b>new crossing</b>
                             near the lake.</p>
                          <h2>Next steps</h2>
                          <ul><li>Surveys in spring</li><li>Opening in autumn</li></ul>
                          <p>Talks resume next week.</p>
                        </body>
                      </html>
                    </inlineXML>
                  </contentSet>
                </newsItem>""").get(0);
        assertThat(s.id()).isEqualTo("urn:newsml:wirefeed.test:20261127:skp-001");
        assertThat(s.version()).isEqualTo(4);
        assertThat(s.headline()).isEqualTo("Ministers agree on new border crossing");
        assertThat(s.language()).isEqualTo("en");
        assertThat(s.dateline()).isEqualTo("SKOPJE");
        assertThat(s.versionCreated()).isEqualTo(Instant.parse("2026-11-27T09:30:00Z"));
        assertThat(s.provider()).isEqualTo("wirefeed-test-agency");
        assertThat(s.byline()).isEqualTo("Ana Petrova");
        assertThat(s.bodyText()).isEqualTo("""
                The ministers agreed on Thursday to open a new crossing near the lake.

                Next steps

                Surveys in spring

                Opening in autumn

                Talks resume next week.""");
        assertThat(s.format()).isEqualTo("newsml-g2");
        assertThat(s.receivedAt()).isEqualTo(NOW);
    }

    @Test
    void fallsBackToDefaultsXmlLangLocatedAndQcodeAndReadsInlineData() throws Exception {
        WireStory s = parse("""
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:tir-7" xml:lang="sq">
                  <itemMeta>
                    <itemClass qcode="ninat:text"/>
                    <provider qcode="nprov:WFA"/>
                    <versionCreated>2026-11-27T08:00:00Z</versionCreated>
                  </itemMeta>
                  <contentMeta>
                    <headline>Qeveria miraton buxhetin</headline>
                    <located qcode="geo:tirana"><name>Tirana</name></located>
                  </contentMeta>
                  <contentSet>
                    <inlineData contenttype="text/plain">Qeveria miratoi sot buxhetin për vitin e ardhshëm.

                Debati në Kuvend fillon javën tjetër.</inlineData>
                  </contentSet>
                </newsItem>""").get(0);
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.language()).isEqualTo("sq");
        assertThat(s.dateline()).isEqualTo("Tirana");
        assertThat(s.provider()).isEqualTo("wfa");
        assertThat(s.byline()).isNull();
        assertThat(s.bodyText()).isEqualTo(
                "Qeveria miratoi sot buxhetin për vitin e ardhshëm.\n\nDebati në Kuvend fillon javën tjetër.");
    }

    @Test
    void takesDatelineCreditAndBylineFromTheBodyWhenTheMetadataLacksThem() throws Exception {
        WireStory s = parse("""
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:bg-3" version="2">
                  <itemMeta><versionCreated>2026-11-27T08:00:00Z</versionCreated></itemMeta>
                  <contentMeta><headline>Parliament passes energy law</headline></contentMeta>
                  <contentSet>
                    <inlineXML contenttype="application/nitf+xml">
                      <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
                        <body>
                          <body.head>
                            <hedline><hl1>Parliament passes energy law</hl1><hl2>Vote after a long debate</hl2></hedline>
                          </body.head>
                          <body.content>
                            <p>By Marko Marković</p>
                            <p>BELGRADE, Nov 27 (Tanjug) - Parliament passed the energy law on Thursday.</p>
                            <hl2>Two-day debate</hl2>
                            <p>The vote followed a two-day debate.</p>
                          </body.content>
                        </body>
                      </nitf>
                    </inlineXML>
                  </contentSet>
                </newsItem>""").get(0);
        assertThat(s.version()).isEqualTo(2);
        assertThat(s.dateline()).isEqualTo("BELGRADE");
        assertThat(s.provider()).isEqualTo("tanjug");
        assertThat(s.byline()).isEqualTo("Marko Marković");
        assertThat(s.language()).isNull();
        assertThat(s.bodyText()).isEqualTo(
                "Parliament passed the energy law on Thursday.\n\nTwo-day debate\n\nThe vote followed a two-day debate.");
    }

    @Test
    void aBylineParagraphFirstInTheBodyGoesToTheByline() throws Exception {
        WireStory s = parse("""
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:bg-4">
                  <contentMeta><headline>Court rules on appeal</headline></contentMeta>
                  <contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>
                    <p>Court rules on appeal</p>
                    <p>By Jelena Ilić</p>
                    <p>SARAJEVO - The court upheld the ruling on Friday.</p>
                  </body></html></inlineXML></contentSet>
                </newsItem>""").get(0);
        assertThat(s.byline()).isEqualTo("Jelena Ilić");
        assertThat(s.dateline()).isEqualTo("SARAJEVO");
        assertThat(s.provider()).isNull();
        assertThat(s.bodyText()).isEqualTo("The court upheld the ruling on Friday.");
    }

    @Test
    void aNewsMessageGivesOneStoryPerTextNewsItem() throws Exception {
        List<WireStory> stories = parse("""
                <newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
                  <header><sent>2026-11-27T11:00:00Z</sent></header>
                  <itemSet>
                    <newsItem guid="urn:test:msg-1" version="1">
                      <itemMeta><itemClass qcode="ninat:text"/><provider literal="WFA"/></itemMeta>
                      <contentMeta><headline>Floods close mountain road</headline></contentMeta>
                      <contentSet><inlineData>Heavy rain closed the road on Tuesday.</inlineData></contentSet>
                    </newsItem>
                    <newsItem guid="urn:test:msg-pic">
                      <itemMeta><itemClass qcode="ninat:picture"/></itemMeta>
                      <contentMeta><headline>The closed road</headline></contentMeta>
                    </newsItem>
                    <newsItem guid="urn:test:msg-2" version="3">
                      <itemMeta><itemClass qcode="ninat:text"/><provider literal="WFA"/></itemMeta>
                      <contentMeta><headline>Road reopens after floods</headline></contentMeta>
                      <contentSet><inlineData>The road reopened on Wednesday.</inlineData></contentSet>
                    </newsItem>
                  </itemSet>
                </newsMessage>""");
        assertThat(stories).extracting(WireStory::id).containsExactly("urn:test:msg-1", "urn:test:msg-2");
        assertThat(stories).extracting(WireStory::headline)
                .containsExactly("Floods close mountain road", "Road reopens after floods");
        assertThat(stories).extracting(WireStory::version).containsExactly(1, 3);
        assertThat(stories).extracting(WireStory::bodyText)
                .containsExactly("Heavy rain closed the road on Tuesday.", "The road reopened on Wednesday.");
    }

    @Test
    void anItemWithoutGuidGetsADerivedId() throws Exception {
        String xml = """
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">
                  <itemMeta><provider literal="WFA"/></itemMeta>
                  <contentMeta><headline>Harvest up ten percent</headline></contentMeta>
                  <contentSet><inlineData>The harvest rose ten percent.</inlineData></contentSet>
                </newsItem>""";
        assertThat(parse(xml).get(0).id()).startsWith("wfa:").isEqualTo(parse(xml).get(0).id());
    }

    @Test
    void refusesPictureItemsEmptyItemsAndEmptyMessages() {
        assertThatThrownBy(() -> parse("""
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="p1">
                  <itemMeta><itemClass qcode="ninat:picture"/></itemMeta>
                </newsItem>""")).isInstanceOf(UnreadableStoryException.class).hasMessageContaining("ninat:picture");
        assertThatThrownBy(() -> parse("""
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="e1"><contentMeta/></newsItem>"""))
                .isInstanceOf(UnreadableStoryException.class).hasMessageContaining("neither a headline nor a text body");
        assertThatThrownBy(() -> parse("""
                <newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet/></newsMessage>"""))
                .isInstanceOf(UnreadableStoryException.class).hasMessageContaining("no newsItem");
    }

    @Test
    void refusesADocumentThatIsNotNewsMLG2() {
        assertThatThrownBy(() -> parse("<newsItem guid=\"x\"/>")).isInstanceOf(UnreadableStoryException.class)
                .hasMessageContaining("<newsItem>").hasMessageContaining("no namespace");
    }
}
