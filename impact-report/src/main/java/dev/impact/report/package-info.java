/**
 * Reports people can act on, built from an {@code Assessment}: a self-contained HTML page with SVG charts, Markdown
 * for wikis and council notes, CSV for spreadsheets (one row per line × indicator × phase) and JSON with a
 * documented schema ({@value dev.impact.report.Report#SCHEMA_RESOURCE}), in English and French.
 *
 * <pre>{@code
 * Assessment a = Impact.using(catalog).reportingYear(2024).assess(inventory);
 * Report report = Report.of(a, catalog);
 * String html = report.render(Format.HTML, Locale.FRENCH);
 * report.write(Format.CSV, Locale.ROOT, Path.of("fleet.csv"));
 * }</pre>
 *
 * <p>{@link dev.impact.report.Report} is the model: headline figures per indicator, breakdowns by category, phase and
 * line, top contributors, defaults applied, factors used with their provenance, method notes and illustrative
 * equivalences, and optionally the uncertainty ({@link dev.impact.report.Report#withUncertainty}).
 * {@link dev.impact.report.ComparisonReport} compares offers under uncertainty and
 * {@link dev.impact.report.ScenarioReport} shows a scenario against its baseline.
 * {@link dev.impact.report.Format} names the output formats, each with its
 * {@link dev.impact.report.Renderer}. A value without data is rendered as "n/a" / "non disponible", never as 0; a
 * partial value (some contributions without data) as a lower bound "≥ x".
 *
 * <p>Null policy: no nulls in or out; absent things are empty lists or {@link java.util.Optional}s.
 */
package dev.impact.report;
