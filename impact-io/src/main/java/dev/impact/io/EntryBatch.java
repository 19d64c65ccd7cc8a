package dev.impact.io;

import dev.impact.inventory.InventoryLine;
import java.util.Arrays;
import java.util.List;

/**
 * Consecutive entries of an inventory file, decoded together (see {@link InventoryReader#nextBatch()}): for each, its
 * line number and either the line or its problems. Lighter than a list of {@link InventoryEntry}: no object per
 * valid entry beyond the line itself. Not thread-safe; safely published by whoever hands it over.
 */
public final class EntryBatch {
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
}
