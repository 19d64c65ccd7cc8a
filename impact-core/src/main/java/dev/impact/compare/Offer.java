package dev.impact.compare;

import dev.impact.inventory.Inventory;
import java.util.Objects;

/**
 * One offer in a procurement comparison: what would be bought and used, and the functional unit it delivers.
 *
 * <pre>{@code
 * Offer.of("new, 4 years", Inventory.of("a", DeviceFleet.of("laptop", 200).lifetimeYears(4)),
 *         FunctionalUnit.perDeviceYear())
 * }</pre>
 *
 * @param name      a unique name within the comparison
 * @param inventory what the offer consists of
 * @param unit      the functional unit its footprint is divided by
 */
public record Offer(String name, Inventory inventory, FunctionalUnit unit) {
    public Offer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, was "
                    + (name == null ? "null" : "'" + name + "'"));
        }
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(unit, "unit");
    }

    /** An offer; see the record documentation. */
    public static Offer of(String name, Inventory inventory, FunctionalUnit unit) {
        return new Offer(name, inventory, unit);
    }
}
