package io.wirefeed.testkit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh registry in Micrometer's global registry for each test, where wirefeed's stages record: its
 * counters start at zero, whatever other tests counted. Use with {@code @RegisterExtension}.
 */
public final class GlobalMeters implements BeforeEachCallback, AfterEachCallback {
    private SimpleMeterRegistry registry;

    @Override
    public void beforeEach(ExtensionContext context) {
        registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Metrics.removeRegistry(registry);
        registry.close();
    }

    public SimpleMeterRegistry registry() {
        return registry;
    }

    /** The counter {@code name} with these tags (key, value, ...), 0 when nothing counted it. */
    public double count(String name, String... tags) {
        Counter c = registry.find(name).tags(tags).counter();
        return c == null ? 0 : c.count();
    }
}
