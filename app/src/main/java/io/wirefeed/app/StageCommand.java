package io.wirefeed.app;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * A command that runs one stage against any Kafka until Ctrl-C, then stops it cleanly; with {@code metrics.port}
 * set, it serves {@code /metrics} meanwhile.
 */
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
        String name = getClass().getAnnotation(Command.class).name();
        BrokerWait.await(config, message -> System.err.println("wirefeed " + name + ": " + message));
        Stages stages = new Stages(config);
        // before the stage: a port in use stops the command before anything runs
        MetricsEndpoint metrics = config.metricsPort() > 0
                ? MetricsEndpoint.start(stages.telemetry(), config.monitorBind(), config.metricsPort()) : null;
        try {
            start(stages, config);
        } catch (RuntimeException e) {
            if (metrics != null) {
                metrics.close();
            }
            stages.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (metrics != null) {
                metrics.close();
            }
            stages.close();
            stopped.countDown();
        }, "wirefeed-shutdown"));
        stopped.await();
        return ExitCodes.OK;
    }
}
