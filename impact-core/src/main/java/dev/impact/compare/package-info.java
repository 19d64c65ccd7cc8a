/**
 * Decisions: offers compared per functional unit under the same Monte Carlo draws ({@link
 * dev.impact.compare.Comparison}), and scenarios of sobriety levers against a baseline ({@link
 * dev.impact.compare.Scenario}, {@link dev.impact.compare.ScenarioResult}).
 *
 * <pre>{@code
 * Assessor door = Impact.using(catalog).reportingYear(2024);      // Monte Carlo: MonteCarlo.defaults()
 * Comparison c = door.compare(
 *         Offer.of("new 4 y", inventory("a", laptops(200).lifetimeYears(4)), FunctionalUnit.perDeviceYear()),
 *         Offer.of("new 6 y", inventory("b", laptops(200).lifetimeYears(6)), FunctionalUnit.perDeviceYear()));
 * ScenarioResult r = door.scenario(inventory, Scenario.named("6 years").extendLifetime("laptop", 2));
 * }</pre>
 *
 * Null policy: no method accepts or returns null.
 */
package dev.impact.compare;
