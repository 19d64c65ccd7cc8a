package dev.impact.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, redrawn in place, shown only when standard error is a terminal
 * ({@code System.console() != null}), not {@code --quiet}, and the run has lasted more than a second.
 */
final class Progress implements dev.impact.io.StreamingAssessor.ProgressListener {
    private final PrintWriter err;
    private final String file;
    private final long start = System.nanoTime();
    private boolean shown;
    private long lastDraw;

    Progress(PrintWriter err, String file) {
        this.err = err;
        this.file = file;
    }

    static boolean wanted(boolean quiet) {
        return !quiet && System.console() != null;
    }

    @Override
    public void update(long lines, long bytesRead, long size) {
        long now = System.nanoTime();
        if (now - start < 1_000_000_000L || now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        double secs = (now - start) / 1e9;
        double frac = size > 0 ? Math.min(1, (double) bytesRead / size) : 0;
        int width = 30;
        int filled = (int) Math.round(frac * width);
        String bar = "#".repeat(filled) + " ".repeat(width - filled);
        err.print(String.format(Locale.ROOT, "\r%s [%s] %3.0f %% %,d lines %.0f MB/s ", file, bar, 100 * frac, lines,
                bytesRead / 1e6 / secs));
        err.flush();
        shown = true;
    }

    /** Clears the bar's line. */
    void done() {
        if (shown) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }
}
