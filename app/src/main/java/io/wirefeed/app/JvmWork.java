package io.wirefeed.app;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the JVM itself did since this was made, to read the benchmark's {@code jvm} CPU share by: the garbage
 * collectors' pauses (count and milliseconds, all collectors) and the JIT's compilation time (milliseconds of the
 * compiler threads). Both are the JVM's own accounting, in elapsed time: close to CPU time for the JIT, a lower bound
 * for the collectors (their parallel threads and concurrent phases are not in it).
 */
final class JvmWork {
    private final long gcCount0;
    private final long gcMillis0;
    private final long jitMillis0;

    JvmWork() {
        gcCount0 = gcCount();
        gcMillis0 = gcMillis();
        jitMillis0 = jitMillis();
    }

    Map<String, Long> sinceStart() {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("gc_pauses", gcCount() - gcCount0);
        out.put("gc_pause_ms", gcMillis() - gcMillis0);
        out.put("jit_ms", jitMillis() - jitMillis0);
        return out;
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .filter(c -> c > 0).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(c -> c > 0).sum();
    }

    /** Milliseconds the JIT's threads have spent compiling since the JVM started (0 where the JVM does not count them). */
    static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }
}
