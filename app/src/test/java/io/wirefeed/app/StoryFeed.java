package io.wirefeed.app;

import io.wirefeed.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Drops short wire stories (ninjs, one per file, ids {@code cluster:<phase>-<n>}) into ingest inboxes at a steady
 * rate on a thread of its own, as an agency feed would deliver them: each story to the next inbox in turn, or
 * the same story to every inbox (two sites receiving one feed). Written under a {@code .part} name, then renamed.
 */
final class StoryFeed implements AutoCloseable {
    private static final String[][] EVENTS = {
        {"Vučić and Kurti meet in Brussels", "BRUSSELS - Serbian President Aleksandar Vučić and Kosovo Prime Minister "
                + "Albin Kurti met in Brussels on Monday for talks hosted by the European Union, officials said."},
        {"Albanian government approves budget", "TIRANA - The government of Prime Minister Edi Rama approved the draft "
                + "budget for next year on Tuesday and sent it to the Albanian parliament."},
        {"North Macedonia and Bulgaria resume talks", "SKOPJE - Foreign ministers of North Macedonia and Bulgaria "
                + "met in Skopje on Wednesday to resume talks on the country's path to the European Union."},
        {"Montenegro parliament elects speaker", "PODGORICA - The parliament of Montenegro elected a new speaker on "
                + "Thursday after weeks of talks between the parties of the ruling coalition."},
        {"Bosnia's presidency meets in Sarajevo", "SARAJEVO - The three members of the presidency of Bosnia and "
                + "Herzegovina met in Sarajevo on Friday to discuss the reform agenda with the European Commission."},
    };

    private final List<Path> inboxes;
    private final boolean everyInbox;
    private final String phase;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "story-feed");
        t.setDaemon(true);
        return t;
    });
    private final List<String> ids = new ArrayList<>();
    private int next;

    /**
     * Starts dropping one story every {@code everyMillis}.
     *
     * @param everyInbox true: each story to every inbox; false: to one inbox after the other
     * @param limit      stop after this many stories (0: until {@link #close()})
     */
    private StoryFeed(String phase, List<Path> inboxes, boolean everyInbox, long everyMillis, int limit) {
        this.phase = phase;
        this.inboxes = inboxes;
        this.everyInbox = everyInbox;
        timer.scheduleAtFixedRate(() -> {
            if (limit == 0 || next < limit) {
                drop();
            }
        }, 0, everyMillis, TimeUnit.MILLISECONDS);
    }

    static StoryFeed roundRobin(String phase, List<Path> inboxes, long everyMillis, int limit) {
        return new StoryFeed(phase, inboxes, false, everyMillis, limit);
    }

    static StoryFeed toEveryInbox(String phase, List<Path> inboxes, long everyMillis, int limit) {
        return new StoryFeed(phase, inboxes, true, everyMillis, limit);
    }

    private void drop() {
        int n = next++;
        String id = "cluster:" + phase + "-" + n;
        String[] event = EVENTS[n % EVENTS.length];
        Map<String, Object> ninjs = new LinkedHashMap<>();
        ninjs.put("uri", id);
        ninjs.put("version", 1);
        ninjs.put("language", "en");
        ninjs.put("provider", "clusterwire");
        ninjs.put("headline", event[0]);
        ninjs.put("body_text", event[1] + " Story " + n + " of the " + phase + " phase.");
        try {
            byte[] bytes = Json.MAPPER.writeValueAsBytes(ninjs);
            List<Path> to = everyInbox ? inboxes : List.of(inboxes.get(n % inboxes.size()));
            for (Path inbox : to) {
                String name = phase + "-" + n + ".json";
                Path part = inbox.resolve(name + ".part");
                Files.write(part, bytes);
                Files.move(part, inbox.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (ids) {
            ids.add(id);
        }
    }

    /** The ids dropped so far. */
    List<String> ids() {
        synchronized (ids) {
            return List.copyOf(ids);
        }
    }

    /** Stops dropping; returns every id dropped. */
    List<String> stop() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(10, TimeUnit.SECONDS);
        return ids();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
