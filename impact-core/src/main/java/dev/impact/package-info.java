/**
 * impact: the environmental footprint of digital systems from public emission factors.
 *
 * <p>{@link dev.impact.Impact#using} is the one door: it gives an immutable {@link dev.impact.Assessor} holding the
 * catalog, the options and, optionally, the Monte Carlo settings, whose verbs are {@code assess},
 * {@code assessWithUncertainty}, {@code compare}, {@code scenario} and {@code session}; the other statics of
 * {@code Impact} are short names for JShell:
 * <pre>{@code
 * import static dev.impact.Impact.*;
 * var door = using(catalog).reportingYear(2024).zone("FR");
 * var a = door.assess(inventory("town hall", laptops(120).lifetimeYears(5)));
 * System.out.println(a);
 * }</pre>
 * Packages: {@code measure} (indicators, phases, footprints), {@code factor} (factors, parameters, provenance, the
 * {@code FactorCatalog} SPI), {@code inventory} (the line kinds), {@code engine} (the assessment and its
 * implementation), {@code uncertainty} (Monte Carlo settings and results), {@code compare} (offers, scenarios and
 * their results).
 *
 * <p>Null policy, in every package of this library: no {@code null} in or out of the public API; absent values are
 * {@link java.util.Optional}s, or {@link Double#NaN} for a footprint value that is not available.
 */
package dev.impact;
