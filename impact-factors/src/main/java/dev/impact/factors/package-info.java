/**
 * The bundled, versioned, cited public factor datasets: {@link dev.impact.factors.Factors} loads them (validated,
 * checksummed) into an immutable {@link dev.impact.factors.Catalog}, which implements the core's
 * {@code FactorCatalog}, searches and shows factors with their provenance, and takes a user's overlay file.
 * <pre>{@code
 * Catalog c = Factors.builtIn();
 * System.out.println(c.search("laptop"));
 * Catalog mine = c.withOverlay(Path.of("my-electricity-contract.csv"));
 * }</pre>
 * A malformed data file raises {@link dev.impact.factors.DataFileException} naming the file, the line and the field.
 * No nulls in or out.
 */
package dev.impact.factors;
