/**
 * impact: the environmental footprint of digital systems from public emission factors.
 *
 * <p>{@link dev.impact.Impact} is the one door for JShell and quick use:
 * <pre>{@code
 * import static dev.impact.Impact.*;
 * var a = assess(catalog, inventory("town hall", laptops(120).lifetimeYears(5)), year(2024));
 * System.out.println(a);
 * }</pre>
 * Packages: {@code measure} (indicators, phases, footprints), {@code factor} (factors, parameters, provenance, the
 * {@code FactorCatalog} SPI), {@code inventory} (the line kinds), {@code engine} (assessment).
 *
 * <p>Null policy, in every package of this library: no {@code null} in or out of the public API; absent values are
 * {@link java.util.Optional}s, or {@link Double#NaN} for a footprint value that is not available.
 */
package dev.impact;
