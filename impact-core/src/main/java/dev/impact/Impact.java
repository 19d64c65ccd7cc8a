package dev.impact;

import dev.impact.engine.Accounting;
import dev.impact.engine.AssessmentOptions;
import dev.impact.factor.FactorCatalog;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.ServerFleet;
import java.util.List;

/**
 * The door to the library: {@link #using(FactorCatalog)} gives an {@link Assessor} whose verbs assess, propagate
 * uncertainty, compare offers, play scenarios and stream; the other static methods are short names for JShell.
 * With {@code impact-factors} on the class path, {@code dev.impact.factors.Factors.builtIn()} is the bundled catalog;
 * any {@link FactorCatalog} will do.
 *
 * <pre>{@code
 * import static dev.impact.Impact.*;
 * var a = using(catalog).reportingYear(2024).assess(inventory("town hall", laptops(120).lifetimeYears(5)));
 * System.out.println(a);
 * }</pre>
 */
public final class Impact {
    private Impact() {
    }

    /**
     * The front door: an immutable, thread-safe {@link Assessor} reading factors from {@code catalog}, with
     * {@link AssessmentOptions#defaults()} until its settings say otherwise.
     *
     * <pre>{@code
     * Assessment a = Impact.using(catalog).reportingYear(2024).zone("FR").assess(inventory);
     * }</pre>
     */
    public static Assessor using(FactorCatalog catalog) {
        return Assessor.of(catalog);
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
        java.util.Objects.requireNonNull(lines, "lines");
        return Inventory.of(name, List.of(lines));
    }

    /** Default options (yearly accounting, current year, zone FR), for {@link Assessor#options(AssessmentOptions)}. */
    public static AssessmentOptions options() {
        return AssessmentOptions.defaults();
    }

    /** Default options reporting on {@code year}, e.g. {@code using(catalog).options(year(2024))}. */
    public static AssessmentOptions year(int year) {
        return AssessmentOptions.defaults().reportingYear(year);
    }

    /** Yearly accounting (ADEME straight-line). */
    public static final Accounting YEARLY = Accounting.YEARLY;
    /** Whole-life accounting. */
    public static final Accounting LIFECYCLE = Accounting.LIFECYCLE;
    /** Purchases-of-the-period accounting. */
    public static final Accounting FLOW = Accounting.FLOW;
}
