package io.wirefeed.app;

import java.io.PrintStream;

/** A one-line progress bar on stderr, redrawn at most ten times a second. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final String label;
    private final int total;
    private long lastDraw;

    ProgressBar(PrintStream out, String label, int total) {
        this.out = out;
        this.label = label;
        this.total = total;
    }

    synchronized void update(int done) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        out.printf("\r%-32s [%s%s] %3d%% %,d/%,d", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
                total == 0 ? 100 : done * 100L / total, done, total);
        if (done >= total) {
            out.println();
        }
        out.flush();
    }
}
