package io.wirefeed.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time per stage of a pipeline that runs in this JVM, from each thread's CPU time grouped by the thread's
 * name: Kafka names its client threads after the client id, which holds the Streams application id
 * ({@code wirefeed-enrich}, {@code wirefeed-sink}) or the producer's client id ({@code wirefeed-ingest}).
 * What no live thread accounts for (garbage collection, the JIT, threads that ended) is {@code jvm}.
 */
final class StageCpu {
    static final String INGEST = "ingest";
    static final String ENRICH = "enrich";
    static final String SINK = "sink";
    static final String PASS_THROUGH = "pass-through";
    static final String BROKER = "broker";
    static final String READER = "reader";
    static final String JVM = "jvm";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean brokerInThisJvm;
    private final Map<Long, Long> startByThread = new HashMap<>();
    private final long processStart;

    /** @param brokerInThisJvm the broker's threads are the ones no stage claims; else those count as {@code jvm} */
    StageCpu(boolean brokerInThisJvm) {
        this.brokerInThisJvm = brokerInThisJvm;
        for (long id : threads.getAllThreadIds()) {
            startByThread.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
        processStart = processCpuNanos();
    }

    /** CPU nanoseconds per stage since this was made, the stages in a fixed order. */
    Map<String, Long> nanosSinceStart() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String s : new String[] {INGEST, ENRICH, PASS_THROUGH, SINK, BROKER, READER, JVM}) {
            out.put(s, 0L);
        }
        long accounted = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long now = threads.getThreadCpuTime(info.getThreadId());
            if (now < 0) {
                continue;
            }
            long used = Math.max(0, now - startByThread.getOrDefault(info.getThreadId(), 0L));
            out.merge(stageOf(info.getThreadName()), used, Long::sum);
            accounted += used;
        }
        out.merge(JVM, Math.max(0, processCpuNanos() - processStart - accounted), Long::sum);
        out.values().removeIf(v -> v == 0);
        return out;
    }

    String stageOf(String thread) {
        if (thread.contains(Stages.ENRICH_APP_ID)) {
            return ENRICH;
        }
        if (thread.contains(Stages.SINK_APP_ID)) {
            return SINK;
        }
        if (thread.contains(PipelineBenchmark.PASS_THROUGH_APP_ID)) {
            return PASS_THROUGH;
        }
        if (thread.contains(PipelineBenchmark.INGEST_CLIENT_ID) || thread.equals("main")) {
            return INGEST; // the main thread publishes the stories
        }
        if (thread.equals(PipelineBenchmark.READER_THREAD)) {
            return READER;
        }
        return brokerInThisJvm ? BROKER : JVM;
    }

    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
