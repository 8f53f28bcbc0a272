package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.model.WireStory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NewsML 1.x, read minimally: headline, dateline, byline, language, dates, ids and the body's text. */
class NewsML1ParserTest {
    private final NewsML1Parser parser = new NewsML1Parser();

    @Test
    void readsANewsItemsLinesMetadataAndBody() throws Exception {
        List<WireStory> stories = parser.parse("""
                <NewsML Version="1.2">
                  <NewsEnvelope>
                    <SentFrom><Party FormalName="Wirefeed Test Agency"/></SentFrom>
                    <DateAndTime>20261127T120000+0000</DateAndTime>
                  </NewsEnvelope>
                  <NewsItem>
                    <Identification>
                      <NewsIdentifier>
                        <ProviderId>wirefeed.test</ProviderId>
                        <DateId>20261127</DateId>
                        <NewsItemId>0042</NewsItemId>
                        <RevisionId PreviousRevision="1" Update="N">2</RevisionId>
                        <PublicIdentifier>urn:newsml:wirefeed.test:20261127:0042:2</PublicIdentifier>
                      </NewsIdentifier>
                    </Identification>
                    <NewsManagement>
                      <FirstCreated>20261127T090000+0100</FirstCreated>
                      <ThisRevisionCreated>20261127T101500+0100</ThisRevisionCreated>
                    </NewsManagement>
                    <NewsComponent>
                      <NewsLines>
                        <HeadLine>Lake Ohrid water level falls</HeadLine>
                        <ByLine>Elena Stojanovska</ByLine>
                        <DateLine>OHRID</DateLine>
                      </NewsLines>
                      <DescriptiveMetadata><Language FormalName="en"/></DescriptiveMetadata>
                      <NewsComponent>
                        <Role FormalName="Photo"/>
                        <NewsLines><HeadLine>The shore at dawn (caption, not the headline)</HeadLine></NewsLines>
                        <ContentItem Href="lake.jpg"><MimeType FormalName="image/jpeg"/></ContentItem>
                      </NewsComponent>
                      <NewsComponent>
                        <Role FormalName="Body"/>
                        <ContentItem>
                          <MimeType FormalName="text/xhtml"/>
                          <DataContent>
                            <html xmlns="http://www.w3.org/1999/xhtml"><body>
                              <p>The water level of the lake fell by ten centimetres in November.</p>
                              <p>Experts blame the dry autumn.</p>
                            </body></html>
                          </DataContent>
                        </ContentItem>
                      </NewsComponent>
                    </NewsComponent>
                  </NewsItem>
                </NewsML>""", Instant.EPOCH);
        assertThat(stories).hasSize(1);
        WireStory s = stories.get(0);
        assertThat(s.id()).as("the revision is left out of the id").isEqualTo("urn:newsml:wirefeed.test:20261127:0042");
        assertThat(s.version()).isEqualTo(2);
        assertThat(s.headline()).isEqualTo("Lake Ohrid water level falls");
        assertThat(s.byline()).isEqualTo("Elena Stojanovska");
        assertThat(s.dateline()).isEqualTo("OHRID");
        assertThat(s.language()).isEqualTo("en");
        assertThat(s.provider()).isEqualTo("wirefeed-test-agency");
        assertThat(s.versionCreated()).isEqualTo(Instant.parse("2026-11-27T09:15:00Z"));
        assertThat(s.bodyText()).isEqualTo(
                "The water level of the lake fell by ten centimetres in November.\n\nExperts blame the dry autumn.");
        assertThat(s.format()).isEqualTo("newsml-1");
    }

    @Test
    void readsAPlainTextBodyAndRefusesAnItemWithoutText() throws Exception {
        WireStory s = parser.parse("""
                <NewsML><NewsItem><NewsComponent>
                  <NewsLines><HeadLine>Snow closes pass</HeadLine></NewsLines>
                  <ContentItem><MimeType FormalName="text/plain"/>
                    <DataContent>Snow closed the pass on Monday.

                Ploughs are out. (MIA)</DataContent></ContentItem>
                </NewsComponent></NewsItem></NewsML>""", Instant.EPOCH).get(0);
        assertThat(s.bodyText()).isEqualTo("Snow closed the pass on Monday.\n\nPloughs are out.");
        assertThat(s.provider()).isEqualTo("mia");
        assertThat(s.id()).startsWith("mia:");
        assertThatThrownBy(() -> parser.parse("<NewsML><NewsEnvelope/></NewsML>", Instant.EPOCH))
                .isInstanceOf(UnreadableStoryException.class).hasMessageContaining("no NewsItem");
    }

    /** Every NewsML 1.2 document of the fixtures and, when present, of the shared real ones yields one story. */
    @Test
    void readsEveryNewsML1DocumentWithItsBodyAloneAndItsMetadata() throws Exception {
        List<Path> docs = SharedFiles.documents("newsml1-");
        assertThat(docs).isNotEmpty();
        StoryReader reader = new StoryReader(1_000_000);
        for (Path doc : docs) {
            List<WireStory> stories = reader.read(Files.readAllBytes(doc), Instant.EPOCH);
            assertThat(stories).as(doc.toString()).hasSize(1);
            WireStory s = stories.get(0);
            assertThat(s.format()).isEqualTo("newsml-1");
            assertThat(s.id()).as(doc + " id").startsWith("urn:newsml:");
            assertThat(s.headline()).as(doc + " headline").isNotBlank();
            assertThat(s.bodyText()).as(doc + " body").hasSizeGreaterThan(500).doesNotContain("<p>", "</", "{margin");
            assertThat(s.bodyText()).as(doc + " photo captions and contacts are not the body")
                    .doesNotContain("mailto", ".jpg");
            assertThat(s.language()).as(doc + " language").isNotBlank();
            assertThat(s.versionCreated()).as(doc + " date").isNotNull();
            assertThat(s.dateline()).as(doc + " dateline").isNotBlank();
        }
    }
}
