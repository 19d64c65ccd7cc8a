package dev.impact.engine;

import dev.impact.measure.Footprint;
import java.util.List;

/**
 * An observer of the engine's linear decomposition, for uncertainty propagation: during
 * {@link Engine#assess(dev.impact.inventory.Inventory, AssessmentOptions, Trace)} each line's footprint is reported
 * as a sum of terms {@code values × Π multiplier^exponent}, every multiplier at its central value 1. The terms of a
 * line add up to its footprint exactly (the engine checks it).
 *
 * <p>What is decomposed: every factor (devices, grids, per-GB and per-TB-year factors, server components,
 * refurbishment), the archetype parameters that enter as a product (default lifetime, power, hours per day, annual
 * energy, mass, PUE, refurbishment ratio, storage power and lifetime, AI energy per request) and the line's own
 * lifetime, energy, mass and quantity. What stays constant (documented, not propagated): quantities that enter
 * non-multiplicatively — the server CPU power curve and {@code (1 + other-components ratio)}, the server component
 * counts and densities, the sums of OneByte / SWD model constants, cloud CPU min/max watts and utilisation, storage
 * densities and drive capacities. A line whose decomposition would not add up is reported by
 * {@link #notDecomposed(int)} and as one constant term.
 *
 * <p>Normal assessments pass no trace and pay nothing for this. Implementations need not be thread-safe: one
 * assessment calls them from one thread, in line order.
 */
public interface Trace {

    /**
     * One term of line {@code line} (0-based, inventory order).
     *
     * @param values      the term at central values, whole line (all units)
     * @param multipliers the uncertain quantities it is proportional (or inversely proportional) to
     */
    void term(int line, Footprint values, List<Multiplier> multipliers);

    /** Line {@code line} could not be decomposed: its footprint was reported as one constant term. */
    default void notDecomposed(int line) {
    }
}
