package dev.impact.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A UTF-8 text file written under a temporary name in the target's folder and moved into place by
 * {@link #commit()}; {@link #close()} without a commit deletes the temporary file, so a failure never leaves a
 * half-written file nor touches an existing one.
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final Writer writer;
    private boolean committed;

    public AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        this.tmp = this.target.resolveSibling("." + this.target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16);
    }

    /** The writer of the temporary file. */
    public Writer writer() {
        return writer;
    }

    /** Flushes, closes and moves the file into place. */
    public void commit() throws IOException {
        writer.close();
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Writes {@code text} to {@code target} atomically. */
    public static void write(Path target, String text) throws IOException {
        try (AtomicOutput o = new AtomicOutput(target)) {
            o.writer().write(text);
            o.commit();
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
