/**
 * Emission factors and parameters with their provenance and uncertainty, and the
 * {@link dev.impact.factor.FactorCatalog} service-provider interface the engine reads them through
 * ({@code impact-factors} implements it with the bundled public datasets; the compatibility kit
 * {@code FactorCatalogContract} is in impact-core's test jar).
 * <pre>{@code
 * FactorCatalog c = FactorCatalog.builder().add(factor).add(parameter).build();
 * Optional<Factor> grid = c.resolve("electricity.FR", 2024);   // grids: newest year not after 2024, then source preference
 * }</pre>
 * No nulls in or out: lookups return {@link java.util.Optional}.
 */
package dev.impact.factor;
