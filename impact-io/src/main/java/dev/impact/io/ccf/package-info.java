/**
 * Cloud Carbon Footprint (CCF)'s own input files, read into impact's inventory lines: its on-premise CSV
 * ({@link dev.impact.io.ccf.OnPremiseCsv}: servers, laptops and desktops with their CPU, memory, uptimes, country,
 * utilisation and PUE), assessed to CCF's numbers under {@code Convention.CCF}. Formats and the CPU table come from
 * CCF's published source (Apache-2.0); the code is our own.
 *
 * <pre>{@code
 * OnPremiseCsv csv = OnPremiseCsv.read(Path.of("examples/ccf-on-premise/on-premise.csv"));
 * Assessment a = Impact.using(catalog).convention(Convention.CCF)
 *         .assess(csv.inventory(catalog, OnPremiseCsv.Uptime.ANNUAL));
 * }</pre>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@code Optional.empty()} or {@code NaN}.
 */
package dev.impact.io.ccf;
