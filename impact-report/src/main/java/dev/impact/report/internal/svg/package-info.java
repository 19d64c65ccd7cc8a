/**
 * A small SVG layer for the HTML report: an element builder that escapes every text and attribute and writes
 * coordinates with {@link java.util.Locale#ROOT} (never a decimal comma), and horizontal stacked bar charts built on
 * it. No script, no external resource: the output is inlined in the page and prints as vector graphics.
 *
 * <pre>{@code
 * String svg = BarChart.stacked("Climate change by category",
 *         List.of(new BarChart.Series("Manufacture", "#0072B2"), new BarChart.Series("Use", "#009E73")),
 *         List.of(new BarChart.Row("laptop", new double[] {6000, 364}, "6,364")),
 *         v -> String.format(Locale.ROOT, "%.0f", v));
 * }</pre>
 *
 * <p>Null policy: no nulls in or out.
 */
package dev.impact.report.internal.svg;
