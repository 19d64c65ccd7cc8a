package dev.impact.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one way impact writes a file (reports here; per-line results and converted inventories in the command line,
 * which uses this class; the core does no I/O): the text goes to a temporary
 * file in the target's folder and {@link #commit()} moves it into place, so a failure never leaves a half-written
 * file nor touches an existing one. Every failure is an {@link UncheckedIOException} saying
 * {@code cannot write FILE: reason}, with the file as the user named it (never the temporary file) and the reason in
 * words (no such folder, permission denied, file name too long…).
 * <ul>
 *   <li>A symbolic link stays a link: the file it points to is replaced.</li>
 *   <li>A replaced file keeps its permissions.</li>
 *   <li>The temporary name is short ({@code .impact-<16 hex>.tmp}), so any name the file system accepts can be
 *       written; the temporary file is removed if the JVM exits (Ctrl-C) before the commit.</li>
 *   <li>A target that is not a regular file ({@code /dev/null}, {@code /dev/stdout}, a named pipe) is written
 *       directly: it cannot be replaced, and must not be.</li>
 * </ul>
 * Not thread-safe.
 */
public final class AtomicOutput implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path named;
    /** Where the bytes end up: the target, or what its link points to. */
    private final Path real;
    /** The temporary file, or null when writing directly to a device or a pipe. */
    private final Path tmp;
    private final OutputStream stream;
    private Writer writer;
    private boolean committed;

    /** Opens the temporary file beside {@code target}; throws "cannot write target: reason" if it cannot. */
    public AtomicOutput(Path target) {
        this.named = java.util.Objects.requireNonNull(target, "target");
        try {
            this.real = resolveLinks(target.toAbsolutePath());
            boolean special = Files.exists(real) && !Files.isRegularFile(real) && !Files.isDirectory(real);
            if (special) {
                this.tmp = null;
                this.stream = new BufferedOutputStream(Files.newOutputStream(real, StandardOpenOption.WRITE), 1 << 16);
            } else {
                byte[] id = new byte[8];
                RANDOM.nextBytes(id);
                this.tmp = real.resolveSibling(".impact-" + HexFormat.of().formatHex(id) + ".tmp");
                this.stream = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE), 1 << 16);
                tmp.toFile().deleteOnExit(); // an interrupted run leaves nothing behind
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** The end of a chain of symbolic links (a dangling link: where it points). */
    private static Path resolveLinks(Path p) throws IOException {
        Path at = p;
        for (int hops = 0; Files.isSymbolicLink(at); hops++) {
            if (hops == 40) {
                throw new FileSystemException(p.toString(), null, "too many levels of symbolic links");
            }
            at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
        }
        return at;
    }

    /** {@code cannot write FILE: reason}, for an I/O failure while writing or moving this output. */
    public UncheckedIOException failure(IOException e) {
        return new UncheckedIOException("cannot write " + named + ": " + reason(e), e);
    }

    /** An I/O failure in words, without the temporary file's name. */
    private String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            Path parent = named.toAbsolutePath().getParent();
            return "no such folder" + (parent == null ? "" : " " + parent);
        } else if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The bytes of the file (for binary formats); use either this or {@link #writer()}. */
    public OutputStream stream() {
        return stream;
    }

    /** The text of the file, in UTF-8. */
    public Writer writer() {
        if (writer == null) {
            writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        }
        return writer;
    }

    /** Flushes, closes and moves the file into place (keeping a replaced file's permissions). */
    public void commit() {
        try {
            if (writer != null) {
                writer.close();
            } else {
                stream.close();
            }
            if (tmp != null) {
                keepPermissions();
                try {
                    Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw failure(e);
        }
        committed = true;
    }

    private void keepPermissions() throws IOException {
        if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            PosixFileAttributeView was = Files.getFileAttributeView(real, PosixFileAttributeView.class);
            PosixFileAttributeView now = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
            if (was != null && now != null) {
                now.setPermissions(was.readAttributes().permissions());
            }
        }
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
                if (writer != null) {
                    writer.close();
                } else {
                    stream.close();
                }
            } catch (IOException ignored) {
                // the error that stopped the writing is the one to report
            } finally {
                if (tmp != null) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // idem
                    }
                }
            }
        }
    }
}
