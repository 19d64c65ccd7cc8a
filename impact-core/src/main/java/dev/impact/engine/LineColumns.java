package dev.impact.engine;

import dev.impact.inventory.InventoryLine;
import dev.impact.measure.FootprintColumn;
import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The per-line results of a large assessment, kept as columns: the lines as given, their footprints in one
 * {@link FootprintColumn} and their outcomes (shared by the lines of one kind). A {@link LineResult} is made when
 * asked for (equal each time), so a million results keep no million objects alive for the garbage collector to
 * copy. Immutable once built; a read-only {@code List}.
 */
final class LineColumns extends AbstractList<LineResult> implements RandomAccess {
    private final InventoryLine[] lines;
    private final FootprintColumn footprints;
    private final Engine.LineOutcome[] outcomes;
    private int size;

    LineColumns(int capacity) {
        lines = new InventoryLine[capacity];
        footprints = new FootprintColumn(capacity);
        outcomes = new Engine.LineOutcome[capacity];
    }

    /** Appends a line's result (while the assessment is built; capacity is the inventory's size). */
    void add(InventoryLine line, dev.impact.measure.Footprint footprint, Engine.LineOutcome outcome) {
        lines[size] = line;
        outcomes[size] = outcome;
        footprints.add(footprint);
        size++;
    }

    /** The {@code index}-th line as given (without making its result). */
    InventoryLine line(int index) {
        Objects.checkIndex(index, size);
        return lines[index];
    }

    @Override
    public LineResult get(int index) {
        Objects.checkIndex(index, size);
        Engine.LineOutcome o = outcomes[index];
        return new LineResult(lines[index], footprints.get(index), o.factorIds(), o.parameterIds(), o.defaults());
    }

    @Override
    public int size() {
        return size;
    }
}
