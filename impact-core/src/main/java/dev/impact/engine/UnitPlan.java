package dev.impact.engine;

import dev.impact.measure.Footprint;
import java.util.List;

/**
 * What a model resolved for one kind of unit (a device category in a zone, a server configuration in a zone):
 * everything a line needs except its own inputs, so that lines are evaluated as plain arithmetic.
 *
 * @param embodied         embodied impacts of one unit (manufacture, distribution, end of life), no e-waste
 * @param usePerKWh        impacts of one kWh in the unit's zone (use phase)
 * @param lifetimeYears    default lifetime in years
 * @param lifetimeDefault  how the default lifetime was obtained
 * @param kWhPerYear       default electricity per unit per year
 * @param kWhDefault       how it was obtained, or null when the model computed it from inputs only
 * @param massKg           default mass per unit in kg, NaN when the catalog has none (e-waste then not available)
 * @param massDefault      how it was obtained, or null
 * @param factorIds        ids of every factor used
 * @param planDefaults     other completed inputs (server components…)
 */
record UnitPlan(Footprint embodied, Footprint usePerKWh, double lifetimeYears, AppliedDefault lifetimeDefault,
                double kWhPerYear, AppliedDefault kWhDefault, double massKg, AppliedDefault massDefault,
                List<String> factorIds, List<AppliedDefault> planDefaults) {
}
