package dev.impact.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A report that can be rendered: on an assessment ({@link Report}), on streamed totals ({@link TotalsReport}), on a
 * comparison of offers ({@link ComparisonReport}) or on a scenario ({@link ScenarioReport}). Each kind has one
 * renderer per format and one JSON schema; all are rendered through one dispatch ({@link TrajectoryReport}: yearly
 * inventories, sites, e-waste ahead, target and levers). Implementations are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ReportDocument doc = Report.of(assessment, catalog);
 * String md = doc.render(Format.MARKDOWN, Locale.FRENCH);
 * doc.write(Format.HTML, Locale.ENGLISH, Path.of("fleet.html"));
 * }</pre>
 */
public sealed interface ReportDocument permits Report, TotalsReport, ComparisonReport, ScenarioReport,
        TrajectoryReport {

    /**
     * The formats this report is offered in: every one for {@link Report}; HTML, Markdown, CSV and JSON for
     * {@link TotalsReport}; HTML, Markdown and JSON for {@link ComparisonReport} and {@link ScenarioReport}.
     */
    default Set<Format> formats() {
        return Renderers.formats(this);
    }

    /**
     * Renders this report in {@code format} for readers of {@code locale}: labels in its language (English or
     * French; other languages get English labels) and numbers with its separators. Machine formats (CSV, JSON) keep
     * their locale-independent codes and numbers.
     *
     * @throws IllegalArgumentException for a format this report is not offered in (see {@link #formats()})
     */
    default String render(Format format, Locale locale) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(locale, "locale");
        Renderers.refuseBinary(format);
        return Renderers.render(this, format, locale);
    }

    /**
     * Renders this report into {@code out} as it is rendered, so that a report of many lines is never held whole as
     * text (the caller owns and closes {@code out}).
     *
     * @throws IllegalArgumentException for a format this report is not offered in
     * @throws java.io.UncheckedIOException if {@code out} fails
     */
    default void render(Format format, Locale locale, java.io.Writer out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(out, "out");
        Renderers.refuseBinary(format);
        Renderers.render(this, format, locale, out); // a format not offered is refused before anything is written
    }

    /**
     * Renders this report into {@code out}: the bytes of a binary format ({@link Format#XLSX}), the UTF-8 text of
     * the others (the caller owns and closes {@code out}).
     *
     * @throws IllegalArgumentException for a format this report is not offered in
     * @throws java.io.UncheckedIOException if {@code out} fails
     */
    default void render(Format format, Locale locale, java.io.OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(out, "out");
        Renderers.render(this, format, locale, out);
    }

    /**
     * Renders this report into {@code file} (UTF-8 text, or the bytes of a binary format), replacing it. The text is written to a temporary file in the
     * same folder and then moved into place, so a failure never leaves a half-written report.
     *
     * @throws IllegalArgumentException for a format this report is not offered in
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    default void write(Format format, Locale locale, Path file) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(locale, "locale");
        Renderers.formatOffered(this, format); // refused before a file is touched
        Output.writeBytes(file, out -> Renderers.render(this, format, locale, out));
    }
}
