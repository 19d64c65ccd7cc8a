package dev.impact.inventory;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Owned equipment: its embodied impacts are allocated over its lifetime by the assessment's accounting. */
public sealed interface Equipment extends InventoryLine permits DeviceFleet, ServerFleet {

    /** Lifetime in years, if the user gave one (otherwise the engine completes it from the catalog). */
    OptionalDouble lifetimeYears();

    /** Year of purchase, if known (needed for flow accounting). */
    OptionalInt purchaseYear();

    /**
     * Year taken out of service, if known: with the purchase year it gives the effective lifetime
     * ({@code retirementYear − purchaseYear}) when no lifetime is given.
     */
    OptionalInt retirementYear();
}
