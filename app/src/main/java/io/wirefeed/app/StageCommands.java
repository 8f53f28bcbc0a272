package io.wirefeed.app;

import java.util.concurrent.CountDownLatch;

/** Keeps a single-stage command running until Ctrl-C, then stops the stage cleanly. */
final class StageCommands {
    private StageCommands() {}

    static int runUntilStopped(Stages stages) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stages.close();
            stopped.countDown();
        }, "wirefeed-shutdown"));
        stopped.await();
        return ExitCodes.OK;
    }
}
