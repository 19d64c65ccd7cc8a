package dev.impact.io;

import java.io.Closeable;

/**
 * Reads an inventory file one line at a time, with bounded memory whatever the file's size. Obtain one with
 * {@link InventoryFiles#open}. Not thread-safe.
 *
 * <pre>{@code
 * try (InventoryReader r = InventoryFiles.open(Path.of("fleet.csv"), ReadOptions.defaults())) {
 *     for (InventoryEntry e = r.next(); e != null; e = r.next()) { ... }
 * }
 * }</pre>
 */
public interface InventoryReader extends Closeable {

    /**
     * The next entry, or null at the end of the file (an iterator-like pull API with no per-line wrapper
     * allocation beyond the entry).
     *
     * @throws InvalidFileException when the file cannot be read further (I/O error, broken encoding, broken JSON)
     */
    InventoryEntry next();

    /** The inventory's name: the JSON {@code name}, else the file name without its extension. */
    String name();

    /** The file as the user named it (used in problems). */
    String file();

    /** Notices for the user about how the file was read (encoding guessed, separator…), possibly empty. */
    java.util.List<String> notices();

    /** Bytes read so far, for progress. */
    long bytesRead();

    /** Size of the file in bytes (0 if unknown). */
    long size();
}
