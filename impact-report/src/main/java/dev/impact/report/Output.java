package dev.impact.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;

/** Writes rendered reports to files. */
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
        writeBytes(file, stream -> {
            java.io.Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream,
                    StandardCharsets.UTF_8));
            body.write(out);
            out.flush();
        });
    }

    /**
     * Writes into {@code file}, replacing it, what {@code body} writes as it goes: it goes to a temporary file in the
     * same folder, then is moved into place, so a failure never leaves a half-written report.
     *
     * @throws UncheckedIOException "cannot write report to FILE: reason" if the file cannot be written
     */
    static void writeBytes(Path file, Bytes body) {
        Objects.requireNonNull(file, "file");
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            // a new file with the umask's usual permissions (createTempFile would make it owner-only)
            tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                body.write(out);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original error is the one to report
                }
            }
            throw new UncheckedIOException("cannot write report to " + file + ": " + reason(file, e), e);
        }
    }

    /** An I/O failure in words, without the temporary file's name. */
    private static String reason(Path file, IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder" + (file.getParent() == null ? "" : " " + file.getParent());
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof java.nio.file.FileSystemException
                && ((java.nio.file.FileSystemException) e).getReason() != null) {
            return ((java.nio.file.FileSystemException) e).getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
