package dev.impact.compare;

import dev.impact.inventory.Inventory;
import java.util.Objects;

/**
 * One offer in a procurement comparison: what would be bought and used, the functional unit it delivers and, for an
 * award on cost, what it costs line by line.
 *
 * <pre>{@code
 * Offer.of("new, 4 years", Inventory.of("a", DeviceFleet.of("laptop", 200).lifetimeYears(4)),
 *         FunctionalUnit.perDeviceYear())
 *     .withCosts(Costs.of(new double[] {1_050}, new double[] {12}))
 * }</pre>
 *
 * @param name      a unique name within the comparison
 * @param inventory what the offer consists of
 * @param unit      the functional unit its footprint is divided by
 * @param costs     unit prices and end-of-life costs per line, or {@link Costs#none()}
 */
public record Offer(String name, Inventory inventory, FunctionalUnit unit, Costs costs) {
    public Offer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, was "
                    + (name == null ? "null" : "'" + name + "'"));
        }
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(costs, "costs");
        if (costs.given() && costs.lines() != inventory.lines().size()) {
            throw new IllegalArgumentException("costs must have one price per inventory line: offer '" + name
                    + "' has " + inventory.lines().size() + " lines and " + costs.lines() + " prices");
        }
    }

    /** An offer without costs. */
    public Offer(String name, Inventory inventory, FunctionalUnit unit) {
        this(name, inventory, unit, Costs.none());
    }

    /** An offer without costs; see the record documentation. */
    public static Offer of(String name, Inventory inventory, FunctionalUnit unit) {
        return new Offer(name, inventory, unit, Costs.none());
    }

    /** A copy with these costs. */
    public Offer withCosts(Costs costs) {
        return new Offer(name, inventory, unit, costs);
    }
}
