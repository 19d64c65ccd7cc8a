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
 * @param parameterIds     ids of the parameters every line of the plan uses
 * @param planDefaults     other completed inputs (server components…) and vintage notices (a factor applied to a
 *                         reporting year before its data year)
 * @param lifetimeParams   parameter ids behind the default lifetime (used by lines that take it)
 * @param kWhParams        parameter ids behind the default energy
 * @param massParams       parameter ids behind the default mass
 * @param embodiedTerms    {@code embodied} split into terms proportional to their factors (for {@link Trace})
 * @param useTerms         {@code usePerKWh} split likewise
 * @param kWhMultipliers   what the default energy is proportional to (parameters; the user's power for servers)
 * @param lifetimeMultiplier the parameter behind the default lifetime (exponent +1)
 * @param massMultiplier   the parameter behind the default mass (exponent +1), or null
 */
record UnitPlan(Footprint embodied, Footprint usePerKWh, double lifetimeYears, AppliedDefault lifetimeDefault,
                double kWhPerYear, AppliedDefault kWhDefault, double massKg, AppliedDefault massDefault,
                List<String> factorIds, List<String> parameterIds, List<AppliedDefault> planDefaults,
                List<String> lifetimeParams, List<String> kWhParams, List<String> massParams,
                List<LineTrace.Term> embodiedTerms, List<LineTrace.Term> useTerms, List<Multiplier> kWhMultipliers,
                Multiplier lifetimeMultiplier, Multiplier massMultiplier) {

    /** This plan with one more notice for its lines. */
    UnitPlan withNotice(AppliedDefault notice) {
        List<AppliedDefault> d = new java.util.ArrayList<>(planDefaults);
        d.add(notice);
        return new UnitPlan(embodied, usePerKWh, lifetimeYears, lifetimeDefault, kWhPerYear, kWhDefault, massKg,
                massDefault, factorIds, parameterIds, List.copyOf(d), lifetimeParams, kWhParams, massParams,
                embodiedTerms, useTerms, kWhMultipliers, lifetimeMultiplier, massMultiplier);
    }
}
