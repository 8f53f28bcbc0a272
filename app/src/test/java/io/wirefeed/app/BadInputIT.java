package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.model.DeadLetter;
import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.Topics;
import io.wirefeed.model.WireHeaders;
import io.wirefeed.testkit.Await;
import io.wirefeed.testkit.KafkaFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad and extreme inputs dropped into the inbox of a running pipeline: each one lands in
 * wire.dlq with its reason, except the legal but huge story, which is tagged; the pipeline keeps running
 * (a good story sent afterwards comes through) and the file an XXE payload points at is never read.
 */
class BadInputIT {
    @TempDir
    Path dir;

    @Test
    void everyBadInputIsDeadLetteredWithAReasonAndThePipelineGoesOn() throws Exception {
        String bootstrap = KafkaFixture.shared().bootstrapServers();
        String prefix = "bad-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        WirefeedConfig config = WirefeedConfig.resolve(null, Map.of(), Map.of("bootstrap.servers", bootstrap,
                "topic.prefix", prefix, "topic.partitions", "2", "state.dir", dir.resolve("state").toString(),
                "inbox", inbox.toString(), "inbox.poll.ms", "200", "http.port", "0"));
        Topics topics = new Topics(prefix);
        String secret = "SECRET-" + UUID.randomUUID();
        Path secretFile = dir.resolve("secret.txt");
        Files.writeString(secretFile, secret);

        Map<String, byte[]> corpus = new HashMap<>();
        corpus.put("empty.txt", new byte[0]);
        byte[] noise = new byte[4096];
        new java.util.Random(1).nextBytes(noise);
        corpus.put("noise.bin", noise);
        corpus.put("latin1.txt", "Headline\n\nBody with a byte \u00e9 in Latin-1".getBytes(StandardCharsets.ISO_8859_1));
        corpus.put("huge-20mb.txt", ("Headline\n\n" + "word ".repeat(4_000_000)).getBytes(StandardCharsets.UTF_8));
        corpus.put("broken.json", "{\"headline\": \"Talks\", \"body_text\": ".getBytes(StandardCharsets.UTF_8));
        corpus.put("broken.xml", "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><contentMeta>".getBytes(StandardCharsets.UTF_8));
        corpus.put("bomb.xml", ("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><rss><channel><item>"
                + "<title>&lol3;</title></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
        corpus.put("xxe.xml", ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://" + secretFile + "\">]>"
                + "<rss version=\"2.0\"><channel><title>T</title><item><title>&xxe;</title><description>&xxe;</description>"
                + "</item></channel></rss>").getBytes(StandardCharsets.UTF_8));
        corpus.put("nesting.json", ("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8));
        StringBuilder legal = new StringBuilder("Long review of the Western Balkans\n\n");
        while (legal.length() < 600_000) {
            legal.append("Officials in Belgrade and Pristina met again in Brussels to discuss energy and trade. ");
        }
        corpus.put("legal-100k-tokens.txt", legal.toString().getBytes(StandardCharsets.UTF_8));
        int deadLetters = corpus.size() - 1;

        try (Stages stages = new Stages(config)) {
            stages.startEnrich(Stages.tagger(config));
            stages.startIngest();
            long dropped = System.nanoTime();
            for (var e : corpus.entrySet()) {
                Path tmp = inbox.resolve(e.getKey() + ".part");
                Files.write(tmp, e.getValue());
                Files.move(tmp, inbox.resolve(e.getKey()));
            }
            var dlq = Await.records(bootstrap, topics.dlq().name(), Duration.ofSeconds(120), r -> r.size() >= deadLetters);
            Map<String, String> reasons = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : dlq) {
                reasons.put(WireHeaders.text(r.headers(), DeadLetter.SOURCE), WireHeaders.text(r.headers(), DeadLetter.REASON));
            }
            assertThat(reasons).containsOnlyKeys(corpus.keySet().stream().filter(k -> !k.startsWith("legal")).toArray(String[]::new));
            assertThat(reasons.get("empty.txt")).contains("empty");
            assertThat(reasons.get("noise.bin")).containsAnyOf("UTF-8", "binary");
            assertThat(reasons.get("latin1.txt")).contains("UTF-8");
            assertThat(reasons.get("huge-20mb.txt")).contains("too large");
            assertThat(reasons.get("broken.json")).contains("JSON");
            assertThat(reasons.get("broken.xml")).contains("XML");
            assertThat(reasons.get("bomb.xml")).contains("DTD");
            assertThat(reasons.get("xxe.xml")).contains("DTD");
            assertThat(reasons.get("nesting.json")).contains("nesting");

            var enriched = Await.records(bootstrap, topics.enriched().name(), Duration.ofSeconds(120), r -> !r.isEmpty());
            long tagged = System.nanoTime();
            EnrichedStory huge = Topics.ENRICHED_STORY.deserializer().deserialize("t", enriched.get(0).value());
            assertThat(huge.countries()).contains("RS", "XK");
            System.out.printf("BadInputIT: %d dead letters; the 100,000-token story (%d chars) tagged and on wire.enriched %d ms after the drop%n",
                    dlq.size(), huge.bodyText().length(), (tagged - dropped) / 1_000_000);

            // the pipeline goes on: a good story after all of that still comes through
            Files.writeString(inbox.resolve("good.txt"), "Kurti meets envoys\n\nPRISTINA - Albin Kurti met EU envoys on Monday.");
            var after = Await.records(bootstrap, topics.enriched().name(), Duration.ofSeconds(60), r -> r.size() >= 2);
            assertThat(after).hasSize(2);

            // the XXE target was never read: its content is on no topic
            for (String topic : new String[] {topics.raw().name(), topics.enriched().name(), topics.dlq().name()}) {
                for (var r : Await.all(bootstrap, topic, Duration.ofSeconds(30))) {
                    assertThat(r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8)).doesNotContain(secret);
                }
            }
        }
    }
}
