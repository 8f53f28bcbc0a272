package io.wirefeed.sink;

import io.wirefeed.model.EnrichedStory;
import io.wirefeed.model.RoutingHeaders;
import io.wirefeed.model.Topics;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each enriched record, its bytes untouched, to the topic of every region it is routed to: the regions
 * are read from the record's headers ({@link RoutingHeaders}), and only a record without them (written by an
 * enrich older than the headers) is parsed. Only regions whose topics exist are routed to: topics are created
 * before the sink starts, never from here.
 */
final class RegionRouter implements Processor<String, byte[], String, RegionRouter.Routed> {
    private static final Logger log = LoggerFactory.getLogger(RegionRouter.class);
    /** Logged once per slug and process: a slug the sink's knowledge base does not have. */
    private static final Set<String> UNKNOWN_LOGGED = ConcurrentHashMap.newKeySet();

    /** A story's bytes on their way to one region topic. */
    record Routed(String topic, byte[] story) {}

    private final Topics topics;
    private final RegionRouting routing;
    private final String header;
    private final SinkMetrics metrics;
    private ProcessorContext<String, Routed> context;

    RegionRouter(Topics topics, RegionRouting routing, SinkMetrics metrics) {
        this.topics = topics;
        this.routing = routing;
        this.metrics = metrics;
        this.header = routing.basis() == RegionRouting.Basis.FOCUS ? RoutingHeaders.FOCUS_REGIONS : RoutingHeaders.REGIONS;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        List<String> regions = RoutingHeaders.read(record.headers(), header);
        if (regions == null) {
            regions = fromStory(SlimStory.read(record.value()));
        }
        int routed = 0;
        for (String slug : regions) {
            if (routing.slugs().contains(slug)) {
                context.forward(record.withValue(new Routed(topics.regionPrefix() + slug, record.value())));
                routed++;
            } else if (!slug.isEmpty() && UNKNOWN_LOGGED.add(slug)) {
                log.warn("region '{}' has no topic here (it is not among the regions this sink fills, or enrich runs a newer "
                        + "knowledge base: restart the sink with it to create the topic); stories are not routed to it", slug);
            }
        }
        metrics.story(routed > 0);
    }

    private List<String> fromStory(EnrichedStory story) {
        if (routing.basis() == RegionRouting.Basis.MENTION) {
            return story.regions() == null ? List.of() : story.regions();
        }
        return story.focus() == null || story.focus().regions() == null ? List.of() : story.focus().regions();
    }
}
