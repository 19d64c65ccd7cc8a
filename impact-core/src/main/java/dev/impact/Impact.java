package dev.impact;

import dev.impact.engine.Accounting;
import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.FactorCatalog;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.ServerFleet;
import java.util.List;

/**
 * One door to the library, for JShell and quick use. With {@code impact-factors} on the class path, prefer
 * {@code dev.impact.factors.Factors}, which wires the bundled catalog in; this class works with any catalog.
 *
 * <pre>{@code
 * import static dev.impact.Impact.*;
 * Assessment a = assess(catalog, inventory("town hall", laptops(120).lifetimeYears(5).zone("FR")));
 * System.out.println(a);
 * }</pre>
 */
public final class Impact {
    private Impact() {
    }

    /** {@code count} devices of a catalog category, e.g. {@code devices("monitor", 150)}. */
    public static DeviceFleet devices(String category, double count) {
        return DeviceFleet.of(category, count);
    }

    /** {@code count} laptops. */
    public static DeviceFleet laptops(double count) {
        return DeviceFleet.of("laptop", count);
    }

    /** {@code count} servers described by components (see {@link ServerFleet}). */
    public static ServerFleet servers(double count) {
        return ServerFleet.of(count);
    }

    /** An inventory of these lines. */
    public static Inventory inventory(String name, InventoryLine... lines) {
        return Inventory.of(name, List.of(lines));
    }

    /** Default options (yearly accounting, current year, zone FR). */
    public static AssessmentOptions options() {
        return AssessmentOptions.defaults();
    }

    /** Default options reporting on {@code year}. */
    public static AssessmentOptions year(int year) {
        return AssessmentOptions.defaults().reportingYear(year);
    }

    /** Yearly accounting (ADEME straight-line). */
    public static final Accounting YEARLY = Accounting.YEARLY;
    /** Whole-life accounting. */
    public static final Accounting LIFECYCLE = Accounting.LIFECYCLE;
    /** Purchases-of-the-period accounting. */
    public static final Accounting FLOW = Accounting.FLOW;

    /** Assesses {@code inventory} against {@code catalog} with default options. */
    public static Assessment assess(FactorCatalog catalog, Inventory inventory) {
        return Engine.of(catalog).assess(inventory);
    }

    /** Assesses {@code inventory} against {@code catalog}. */
    public static Assessment assess(FactorCatalog catalog, Inventory inventory, AssessmentOptions options) {
        return Engine.of(catalog).assess(inventory, options);
    }
}
