package dev.impact.inventory;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One activity of an inventory, with a user-given label and a quantity. The family is sealed: every kind has a
 * computation model in the engine. Network transfer, data storage, cloud compute and AI inference lines join it
 * with the usage-models work.
 */
public sealed interface InventoryLine permits DeviceFleet, ServerFleet {

    /** The user's label, shown in reports (free text, never interpreted). */
    String label();

    /** How many units (devices, servers), > 0. */
    double quantity();

    /** The category used in breakdowns, e.g. {@code laptop} or {@code server}. */
    String category();

    /** Lifetime in years, if the user gave one (otherwise the engine completes it from the catalog). */
    OptionalDouble lifetimeYears();

    /** Electricity zone, if the user gave one (otherwise the assessment's default zone). */
    Optional<String> zone();

    /** Year of purchase, if known (needed for flow accounting). */
    OptionalInt purchaseYear();
}
