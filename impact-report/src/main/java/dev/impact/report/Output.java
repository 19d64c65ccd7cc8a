package dev.impact.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/** Writes rendered reports to files, through the one output layer ({@link AtomicOutput}). */
final class Output {
    private Output() {
    }

    /** What writes the report's text into the temporary file. */
    interface Body {
        void write(java.io.Writer out) throws IOException;
    }

    /** What writes the report's bytes (a binary format) into the temporary file. */
    interface Bytes {
        void write(java.io.OutputStream out) throws IOException;
    }

    /** Writes the text {@code body} writes into {@code file} (UTF-8), as {@link #writeBytes} does. */
    static void write(Path file, Body body) {
        into(file, o -> body.write(o.writer()));
    }

    /**
     * Writes into {@code file}, replacing it, what {@code body} writes as it goes: it goes to a temporary file in the
     * same folder, then is moved into place, so a failure never leaves a half-written report.
     *
     * @throws UncheckedIOException "cannot write FILE: reason" if the file cannot be written
     */
    static void writeBytes(Path file, Bytes body) {
        into(file, o -> body.write(o.stream()));
    }

    private interface Filler {
        void fill(AtomicOutput o) throws IOException;
    }

    private static void into(Path file, Filler filler) {
        Objects.requireNonNull(file, "file");
        try (AtomicOutput o = new AtomicOutput(file)) {
            try {
                filler.fill(o);
            } catch (IOException e) {
                throw o.failure(e);
            } catch (UncheckedIOException e) {
                throw o.failure(e.getCause());
            }
            o.commit();
        }
    }
}
