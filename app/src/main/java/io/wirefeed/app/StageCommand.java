package io.wirefeed.app;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Mixin;

/** A command that runs one stage against any Kafka until Ctrl-C, then stops it cleanly. */
abstract class StageCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    /** Settings this command's own options add to the configuration. */
    Map<String, String> overrides() {
        return Map.of();
    }

    abstract void start(Stages stages, WirefeedConfig config);

    @Override
    public Integer call() throws Exception {
        WirefeedConfig config = options.resolve(overrides());
        Stages stages = new Stages(config);
        start(stages, config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stages.close();
            stopped.countDown();
        }, "wirefeed-shutdown"));
        stopped.await();
        return ExitCodes.OK;
    }
}
