package dev.impact.measure;

import java.util.Arrays;
import java.util.Objects;

/**
 * Many footprints stored as one dense column (their cells side by side in one array, their availability as bit
 * masks), for result sets of millions of lines: no object per footprint is kept, so a large set costs its numbers and
 * nothing for the garbage collector to trace or copy. {@link #get} gives back a footprint equal to the one added.
 * Grows as needed. Not thread-safe while written; safe to read from many threads once written and published.
 */
public final class FootprintColumn {
    private double[] values;
    private int[] known;
    private int[] partial;
    private int size;

    /** An empty column with room for {@code capacity} footprints. */
    public FootprintColumn(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
        values = new double[Math.multiplyExact(capacity, Footprint.CELLS)];
        known = new int[capacity];
        partial = new int[capacity];
    }

    /** Appends {@code footprint}. */
    public void add(Footprint footprint) {
        Objects.requireNonNull(footprint, "footprint");
        if (size == known.length) {
            int grown = Math.max(16, size + (size >> 1));
            values = Arrays.copyOf(values, Math.multiplyExact(grown, Footprint.CELLS));
            known = Arrays.copyOf(known, grown);
            partial = Arrays.copyOf(partial, grown);
        }
        System.arraycopy(footprint.values, 0, values, size * Footprint.CELLS, Footprint.CELLS);
        known[size] = footprint.known;
        partial[size] = footprint.partial;
        size++;
    }

    /** The number of footprints added. */
    public int size() {
        return size;
    }

    /** The {@code index}-th footprint added (a new instance, equal to it). */
    public Footprint get(int index) {
        Objects.checkIndex(index, size);
        return Footprint.ofCells(Arrays.copyOfRange(values, index * Footprint.CELLS, (index + 1) * Footprint.CELLS),
                known[index], partial[index]);
    }
}
