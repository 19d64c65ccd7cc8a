package dev.impact.io;

import dev.impact.inventory.InventoryLine;
import java.util.Arrays;
import java.util.List;

/**
 * Consecutive entries of an inventory file, decoded together (see {@link #next(InventoryReader)}): for each, its
 * line number and either the line or its problems. Lighter than a list of {@link InventoryEntry}: no object per
 * valid entry beyond the line itself. Not thread-safe; safely published by whoever hands it over.
 */
final class EntryBatch {
    private long[] lineNumbers;
    private InventoryLine[] lines;
    private List<?>[] problems;
    private int size;

    EntryBatch(int capacity) {
        int c = Math.max(capacity, 4);
        lineNumbers = new long[c];
        lines = new InventoryLine[c];
        problems = new List<?>[c];
    }

    /** Number of entries. */
    public int size() {
        return size;
    }

    /** 1-based line where entry {@code i} starts. */
    public long lineNumber(int i) {
        return lineNumbers[i];
    }

    /** The line of entry {@code i}, or null when it is invalid. */
    public InventoryLine line(int i) {
        return lines[i];
    }

    /** The problems of entry {@code i} (empty when it is valid). */
    @SuppressWarnings("unchecked")
    public List<Problem> problems(int i) {
        List<?> p = problems[i];
        return p == null ? List.of() : (List<Problem>) p;
    }

    void add(long lineNumber, InventoryLine line) {
        grow();
        lineNumbers[size] = lineNumber;
        lines[size++] = line;
    }

    void addInvalid(long lineNumber, List<Problem> ps) {
        grow();
        lineNumbers[size] = lineNumber;
        problems[size++] = List.copyOf(ps);
    }

    void add(InventoryEntry e) {
        if (e.isValid()) {
            add(e.lineNumber(), e.line().get());
        } else {
            addInvalid(e.lineNumber(), e.problems());
        }
    }

    private void grow() {
        if (size == lines.length) {
            int c = size * 2;
            lineNumbers = Arrays.copyOf(lineNumbers, c);
            lines = Arrays.copyOf(lines, c);
            problems = Arrays.copyOf(problems, c);
        }
    }

    /**
     * The next entries of {@code reader}, not yet decoded, or null at the end of the file: {@code get()} decodes them,
     * once, on any thread (reading stays on the caller's thread, in file order; decoding several batches at once is
     * safe). The readers of this package cut the text into blocks and decode on {@code get()}; any other reader gives
     * up to 4 096 entries read with {@link InventoryReader#next()}. Do not mix with {@code next()}.
     */
    static java.util.function.Supplier<EntryBatch> next(InventoryReader reader) {
        if (reader instanceof TextInputReader) {
            return ((TextInputReader) reader).nextBatch();
        }
        return readAhead(reader);
    }

    /** Up to 4 096 entries read with {@link InventoryReader#next()}, or null at the end. */
    static java.util.function.Supplier<EntryBatch> readAhead(InventoryReader reader) {
        EntryBatch b = new EntryBatch(256);
        for (InventoryEntry e = b.size() < 4096 ? reader.next() : null; e != null;
             e = b.size() < 4096 ? reader.next() : null) {
            b.add(e);
        }
        return b.size() == 0 ? null : () -> b;
    }
}
