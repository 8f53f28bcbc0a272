package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.model.WireStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final FeedParser parser = new FeedParser();

    private List<WireStory> parse(String xml) throws UnreadableStoryException {
        return parser.parse(xml, NOW);
    }

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Balkan Test Wire</title>
                <link>https://wire.example.test/</link>
                <language>en</language>
                <item>
                  <title>Port of Bar expands container terminal</title>
                  <link>https://wire.example.test/bar-port</link>
                  <guid isPermaLink="false">btw-2026-1127-001</guid>
                  <pubDate>Fri, 27 Nov 2026 09:30:00 GMT</pubDate>
                  <dc:creator>Milica Jovanović</dc:creator>
                  <description>Short teaser that content:encoded replaces.</description>
                  <content:encoded><![CDATA[<p>PODGORICA, Nov 27 (BTW) - The port of Bar will expand its
                    container terminal, the government said on Friday.</p>
                    <ul><li>Work starts in March</li><li>Cost: 40 million euros</li></ul>
                    <p>The expansion doubles capacity &amp; adds two cranes.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Rail line to reopen in spring</title>
                  <link>https://wire.example.test/rail</link>
                  <pubDate>Fri, 27 Nov 2026 11:15:00 +0100</pubDate>
                  <description>&lt;p&gt;The rail line &lt;b&gt;will reopen&lt;/b&gt; in April.&lt;/p&gt;&lt;p&gt;Tickets go on sale in March.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>Tourism figures rise</title>
                  <description>Arrivals rose eight percent in October.</description>
                </item>
              </channel>
            </rss>""";

    @Test
    void readsOneStoryPerRssItemWithEveryField() throws Exception {
        List<WireStory> stories = parse(RSS);
        assertThat(stories).hasSize(3);
        WireStory first = stories.get(0);
        assertThat(first.id()).isEqualTo("btw-2026-1127-001");
        assertThat(first.headline()).isEqualTo("Port of Bar expands container terminal");
        assertThat(first.bodyText()).isEqualTo("""
                The port of Bar will expand its container terminal, the government said on Friday.

                Work starts in March

                Cost: 40 million euros

                The expansion doubles capacity & adds two cranes.""");
        assertThat(first.versionCreated()).isEqualTo(Instant.parse("2026-11-27T09:30:00Z"));
        assertThat(first.provider()).isEqualTo("balkan-test-wire");
        assertThat(first.dateline()).isEqualTo("PODGORICA");
        assertThat(first.byline()).isEqualTo("Milica Jovanović");
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.format()).isEqualTo("rss");
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.receivedAt()).isEqualTo(NOW);

        WireStory second = stories.get(1);
        assertThat(second.id()).as("no guid: the link").isEqualTo("https://wire.example.test/rail");
        assertThat(second.bodyText()).as("escaped HTML description, stripped")
                .isEqualTo("The rail line will reopen in April.\n\nTickets go on sale in March.");
        assertThat(second.versionCreated()).isEqualTo(Instant.parse("2026-11-27T10:15:00Z"));

        WireStory third = stories.get(2);
        assertThat(third.id()).as("neither guid nor link: derived").startsWith("balkan-test-wire:");
        assertThat(third.bodyText()).isEqualTo("Arrivals rose eight percent in October.");
        assertThat(third.versionCreated()).isNull();
    }

    @Test
    void readsAnAtomFeed() throws Exception {
        List<WireStory> stories = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="hr">
                  <title type="text">Adriatic Test Service</title>
                  <id>urn:test:ats</id>
                  <updated>2026-11-27T12:00:00Z</updated>
                  <entry>
                    <title>Vlada usvojila proračun</title>
                    <id>urn:test:ats:101</id>
                    <link rel="alternate" href="https://ats.example.test/101"/>
                    <published>2026-11-27T08:00:00+01:00</published>
                    <updated>2026-11-27T09:00:00+01:00</updated>
                    <author><name>Ivana Horvat</name></author>
                    <summary>Kratki sažetak.</summary>
                    <content type="html">&lt;p&gt;Zagreb, 27. studenoga - Vlada je usvojila proračun.&lt;/p&gt;&lt;p&gt;Sabor glasa idući tjedan.&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title type="html">Luka &lt;em&gt;Rijeka&lt;/em&gt; raste</title>
                    <link href="https://ats.example.test/102"/>
                    <published>2026-11-27T10:00:00Z</published>
                    <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Promet je porastao.</p><p>Luka zapošljava nove radnike.</p></div></summary>
                  </entry>
                </feed>""");
        assertThat(stories).hasSize(2);
        WireStory first = stories.get(0);
        assertThat(first.id()).isEqualTo("urn:test:ats:101");
        assertThat(first.headline()).isEqualTo("Vlada usvojila proračun");
        assertThat(first.bodyText()).as("content wins over summary; HTML stripped; dateline out")
                .isEqualTo("Vlada je usvojila proračun.\n\nSabor glasa idući tjedan.");
        assertThat(first.dateline()).isEqualTo("Zagreb");
        assertThat(first.versionCreated()).as("updated wins over published").isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
        assertThat(first.provider()).isEqualTo("adriatic-test-service");
        assertThat(first.byline()).isEqualTo("Ivana Horvat");
        assertThat(first.language()).isEqualTo("hr");
        assertThat(first.format()).isEqualTo("atom");

        WireStory second = stories.get(1);
        assertThat(second.id()).as("no id: the link").isEqualTo("https://ats.example.test/102");
        assertThat(second.headline()).isEqualTo("Luka Rijeka raste");
        assertThat(second.bodyText()).isEqualTo("Promet je porastao.\n\nLuka zapošljava nove radnike.");
        assertThat(second.versionCreated()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
    }

    @Test
    void readsALoneAtomEntry() throws Exception {
        List<WireStory> stories = parse("""
                <entry xmlns="http://www.w3.org/2005/Atom">
                  <id>tag:wire.example.test,2026:entry-9</id>
                  <title>Airport opens new terminal</title>
                  <updated>2026-11-28T07:45:00Z</updated>
                  <source><title>Test Airport News</title></source>
                  <content>The new terminal opened on Saturday.

                Flights to twelve cities start next month. (Reuters)</content>
                </entry>""");
        assertThat(stories).hasSize(1);
        WireStory s = stories.get(0);
        assertThat(s.id()).isEqualTo("tag:wire.example.test,2026:entry-9");
        assertThat(s.headline()).isEqualTo("Airport opens new terminal");
        assertThat(s.bodyText()).isEqualTo("The new terminal opened on Saturday.\n\nFlights to twelve cities start next month.");
        assertThat(s.provider()).isEqualTo("test-airport-news");
        assertThat(s.versionCreated()).isEqualTo(Instant.parse("2026-11-28T07:45:00Z"));
        assertThat(s.format()).isEqualTo("atom");
    }

    @Test
    void takesTheCreditAsProviderWhenAnEntryNamesNoFeed() throws Exception {
        WireStory s = parse("""
                <entry xmlns="http://www.w3.org/2005/Atom">
                  <title>Talks end</title>
                  <content type="html">&lt;p&gt;The talks ended late on Friday. /ibna&lt;/p&gt;</content>
                </entry>""").get(0);
        assertThat(s.provider()).isEqualTo("ibna");
        assertThat(s.bodyText()).isEqualTo("The talks ended late on Friday.");
        assertThat(s.id()).startsWith("ibna:");
    }

    @Test
    void refusesFeedsWithoutStories() {
        assertThatThrownBy(() -> parse("<rss version=\"2.0\"><channel><title>T</title></channel></rss>"))
                .isInstanceOf(UnreadableStoryException.class).hasMessageContaining("no item");
        assertThatThrownBy(() -> parse("<rss version=\"2.0\"/>"))
                .isInstanceOf(UnreadableStoryException.class).hasMessageContaining("no channel");
        assertThatThrownBy(() -> parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title></feed>"))
                .isInstanceOf(UnreadableStoryException.class).hasMessageContaining("no entry");
        assertThatThrownBy(() -> parse("<feed><entry><title>T</title></entry></feed>"))
                .as("feed without the Atom namespace").isInstanceOf(UnreadableStoryException.class)
                .hasMessageContaining("<feed>");
    }
}
