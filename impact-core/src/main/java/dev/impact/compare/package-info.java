/**
 * Decisions: offers compared per functional unit under the same Monte Carlo draws ({@link
 * dev.impact.compare.Comparison}), and scenarios of sobriety levers against a baseline ({@link
 * dev.impact.compare.Scenario}, {@link dev.impact.compare.ScenarioResult}).
 *
 * <pre>{@code
 * Comparison c = Comparison.of(engine, options, MonteCarlo.defaults(),
 *         Offer.of("new 4 y", inventory(laptops(200).lifetimeYears(4)), FunctionalUnit.perDeviceYear()),
 *         Offer.of("new 6 y", inventory(laptops(200).lifetimeYears(6)), FunctionalUnit.perDeviceYear()));
 * ScenarioResult r = ScenarioResult.of(engine, inventory, options, MonteCarlo.defaults(),
 *         Scenario.named("6 years").extendLifetime("laptop", 2));
 * }</pre>
 *
 * Null policy: no method accepts or returns null.
 */
package dev.impact.compare;
