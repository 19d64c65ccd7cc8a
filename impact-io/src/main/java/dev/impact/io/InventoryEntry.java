package dev.impact.io;

import dev.impact.inventory.InventoryLine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line read from an inventory file: the line when it is valid, else the problems found in it (all of them).
 *
 * @param lineNumber 1-based line in the file where the record starts (the CSV header is line 1)
 * @param line       the inventory line, empty when invalid
 * @param problems   what is wrong (empty when valid)
 */
public record InventoryEntry(long lineNumber, Optional<InventoryLine> line, List<Problem> problems) {
    public InventoryEntry {
        Objects.requireNonNull(line, "line");
        problems = List.copyOf(problems);
        if (line.isPresent() != problems.isEmpty()) {
            throw new IllegalArgumentException("an entry has either a line or problems, not both nor neither");
        }
    }

    static InventoryEntry valid(long lineNumber, InventoryLine line) {
        return new InventoryEntry(lineNumber, Optional.of(line), List.of());
    }

    /** Whether the line is valid. */
    public boolean isValid() {
        return line.isPresent();
    }
}
