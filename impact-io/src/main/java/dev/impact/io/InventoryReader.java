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

    /**
     * The next entries, not yet decoded, or null at the end of the file: {@code get()} decodes them, once, on any
     * thread (reading stays on the caller's thread, in file order; decoding several batches at once is safe). For
     * readers that decode in parallel; do not mix with {@link #next()}. By default, up to 4 096 entries read with
     * {@link #next()}.
     *
     * @throws InvalidFileException when the file cannot be read further
     */
    default java.util.function.Supplier<EntryBatch> nextBatch() {
        EntryBatch b = new EntryBatch(256);
        for (InventoryEntry e = b.size() < 4096 ? next() : null; e != null; e = b.size() < 4096 ? next() : null) {
            b.add(e);
        }
        return b.size() == 0 ? null : () -> b;
    }

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
