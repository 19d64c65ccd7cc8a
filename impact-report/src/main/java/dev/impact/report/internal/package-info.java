/**
 * Implementation of the renderers: localised texts and number formats, the view model shared by the HTML and
 * Markdown templates (FreeMarker, auto-escaping), the CSV writer and the JSON writer. Not an API: use
 * {@link dev.impact.report.Report#render} or {@link dev.impact.report.Format#renderer()}.
 *
 * <pre>{@code
 * Fmt fmt = Fmt.of(Locale.FRENCH);
 * fmt.number(12345.6);                          // "12 346" (narrow no-break space)
 * fmt.value(3.2, Availability.PARTIAL);         // "≥ 3,20"
 * }</pre>
 *
 * <p>Null policy: no nulls in or out.
 */
package dev.impact.report.internal;
