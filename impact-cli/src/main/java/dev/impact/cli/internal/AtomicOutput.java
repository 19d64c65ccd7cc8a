package dev.impact.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A UTF-8 text file written under a temporary name in the target's folder and moved into place by
 * {@link #commit()}; {@link #close()} without a commit deletes the temporary file, so a failure never leaves a
 * half-written file nor touches an existing one. The command line's one output layer: every failure to write is an
 * {@link UncheckedIOException} saying {@code cannot write FILE: reason} with the file as the user named it (never the
 * temporary file) and the reason in words (no such folder, permission denied…).
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path named;
    private final Path target;
    private final Path tmp;
    private final Writer writer;
    private boolean committed;

    /** Opens the temporary file beside {@code target}; throws "cannot write target: reason" if it cannot. */
    public AtomicOutput(Path target) {
        this.named = target;
        this.target = target.toAbsolutePath();
        this.tmp = this.target.resolveSibling("." + this.target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** {@code cannot write FILE: reason}, for an I/O failure while writing or moving this output. */
    public UncheckedIOException failure(IOException e) {
        return new UncheckedIOException("cannot write " + named + ": " + reason(e), e);
    }

    /** An I/O failure in words, without the temporary file's name. */
    private String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            Path parent = named.getParent();
            return "no such folder" + (parent == null ? "" : " " + parent);
        } else if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The writer of the temporary file. */
    public Writer writer() {
        return writer;
    }

    /** Flushes, closes and moves the file into place. */
    public void commit() {
        try {
            writer.close();
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw failure(e);
        }
        committed = true;
    }

    /** Writes {@code text} to {@code target} atomically. */
    public static void write(Path target, String text) {
        try (AtomicOutput o = new AtomicOutput(target)) {
            try {
                o.writer().write(text);
            } catch (IOException e) {
                throw o.failure(e);
            }
            o.commit();
        }
    }

    /** Without a commit, deletes the temporary file (a failure to do so is left unsaid: the first error counts). */
    @Override
    public void close() {
        if (!committed) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // the error that stopped the writing is the one to report
            } finally {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // idem
                }
            }
        }
    }
}
