package org.mizan.cli.simulate;

import java.io.PrintStream;

/** A one-line progress bar on a terminal's standard error, redrawn at most once per percent. */
final class ProgressBar {

    private static final int WIDTH = 40;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private int shown = -1;

    ProgressBar(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
    }

    /** Redraws at 100 % with the final count, which the estimate only approached. */
    void finish(long done) {
        shown = -1;
        out.printf("\r%s [%s] 100%% %,d in %.1f s%n", label, "#".repeat(WIDTH), done, (System.nanoTime() - started) / 1e9);
        out.flush();
    }

    void update(long done) {
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent == shown) {
            return;
        }
        shown = percent;
        int filled = percent * WIDTH / 100;
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("\r%s [%s%s] %3d%% %,d/%,d  %,.0f/s", label, "#".repeat(filled), ".".repeat(WIDTH - filled), percent, done, total,
                seconds > 0 ? done / seconds : 0.0);
        if (percent == 100) {
            out.println();
        }
        out.flush();
    }
}
