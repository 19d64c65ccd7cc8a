package dev.impact.inventory;

import java.util.Optional;

/**
 * One line of an inventory, with a user-given label and a quantity. The family is sealed: owned
 * {@link Equipment} (device fleets, servers) whose embodied impacts are allocated over a lifetime, and
 * {@link Activity} (data transfer, storage, cloud compute, AI inference) whose quantity is the period's usage.
 * Every kind has a computation model in the engine.
 */
public sealed interface InventoryLine permits Equipment, Activity {

    /** The user's label, shown in reports (free text, never interpreted). */
    String label();

    /**
     * The group the line belongs to, if the user gave one: a site, a service or an entity (free text, never
     * interpreted), by which an assessment also sums its lines ({@code Assessment.byGroup()}).
     */
    Optional<String> group();

    /** How much: units of equipment, GB transferred, TB-years stored, vCPU-hours, requests (> 0). */
    double quantity();

    /** The category used in breakdowns, e.g. {@code laptop}, {@code server}, {@code network}. */
    String category();

    /** Electricity zone, if the user gave one (otherwise the assessment's default zone). */
    Optional<String> zone();

    /**
     * The peer convention this line is assessed with, if the line sets its own (it then wins over the assessment's,
     * {@code AssessmentOptions.convention()}). Empty for the line kinds that do not take one.
     */
    default Optional<Convention> convention() {
        return Optional.empty();
    }
}
