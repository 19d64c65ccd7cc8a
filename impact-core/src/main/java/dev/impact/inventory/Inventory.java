package dev.impact.inventory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable, ordered list of inventory lines with a name.
 *
 * <pre>{@code
 * Inventory inv = Inventory.of("town hall",
 *         DeviceFleet.of("laptop", 120).lifetimeYears(5),
 *         DeviceFleet.of("monitor", 150));
 * }</pre>
 */
public final class Inventory implements Iterable<InventoryLine> {
    private final String name;
    private final List<InventoryLine> lines;

    private Inventory(String name, List<InventoryLine> lines) {
        this.name = Checks.text(name, "name");
        this.lines = List.copyOf(lines);
    }

    /** An inventory of these lines (the list is copied; no null lines). */
    public static Inventory of(String name, List<? extends InventoryLine> lines) {
        Objects.requireNonNull(lines, "lines");
        return new Inventory(name, new ArrayList<>(lines));
    }

    /** An inventory of these lines. */
    public static Inventory of(String name, InventoryLine... lines) {
        java.util.Objects.requireNonNull(lines, "lines");
        return of(name, List.of(lines));
    }

    /** A copy with one more line at the end. */
    public Inventory with(InventoryLine line) {
        List<InventoryLine> l = new ArrayList<>(lines);
        l.add(Objects.requireNonNull(line, "line"));
        return new Inventory(name, l);
    }

    /** The inventory's name. */
    public String name() {
        return name;
    }

    /** The lines, unmodifiable, in order. */
    public List<InventoryLine> lines() {
        return lines;
    }

    /** Number of lines. */
    public int size() {
        return lines.size();
    }

    @Override
    public Iterator<InventoryLine> iterator() {
        return lines.iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Inventory && ((Inventory) o).name.equals(name) && ((Inventory) o).lines.equals(lines);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + lines.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Inventory ").append(name).append(" (").append(lines.size())
                .append(" lines)\n");
        int shown = 0;
        for (InventoryLine l : lines) {
            if (shown++ == 20) {
                sb.append("  … ").append(lines.size() - 20).append(" more\n");
                break;
            }
            sb.append("  ").append(l).append('\n');
        }
        return sb.toString();
    }
}
