/**
 * Reports people can act on: a self-contained HTML page with SVG charts, Markdown for wikis and council notes, CSV
 * for spreadsheets and JSON with a documented schema, in English and French. One kind of report per result, each
 * a {@link dev.impact.report.ReportDocument} rendered through one dispatch:
 * {@link dev.impact.report.Report} (an {@code Assessment}, line by line, schema
 * {@value dev.impact.report.Report#SCHEMA_RESOURCE}), {@link dev.impact.report.TotalsReport} (the {@code Totals} of a
 * streamed run of any length, no per-line tables), {@link dev.impact.report.ComparisonReport} (offers compared under
 * uncertainty) and {@link dev.impact.report.ScenarioReport} (a scenario against its baseline).
 *
 * <pre>{@code
 * Assessment a = Impact.using(catalog).reportingYear(2024).assess(inventory);
 * Report report = Report.of(a, catalog);
 * String html = report.render(Format.HTML, Locale.FRENCH);
 * report.write(Format.CSV, Locale.ROOT, Path.of("fleet.csv"));
 * TotalsReport.of(a.totals()).write(Format.HTML, Locale.FRENCH, Path.of("totals.html"));
 * }</pre>
 *
 * <p>{@link dev.impact.report.Format} is pure data (extension, media type, {@code Format.of("md")}). Everything else
 * in the package — renderers, view models, templates, the SVG charts, localised texts and number formats — is
 * package-private. A value without data is rendered as "n/a" / "non disponible", never as 0; a partial value (some
 * contributions without data) as a lower bound "≥ x".
 *
 * <p>Null policy: no nulls in or out; absent things are empty lists or {@link java.util.Optional}s.
 */
package dev.impact.report;
