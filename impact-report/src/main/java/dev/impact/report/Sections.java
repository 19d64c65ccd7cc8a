package dev.impact.report;

/**
 * Which parts of an assessment's {@link Report} the HTML and Markdown formats show: the summary a council reads (key
 * figures, categories, groups, phases, main lines, defaults counted per category, method in a few lines, about four
 * A4 pages), the annex that backs it (every line, every default with its lines, every factor and parameter with its
 * full provenance), or both, the annex starting on a new page. CSV and JSON always hold everything.
 *
 * <pre>{@code
 * report.withSections(Sections.SUMMARY).write(Format.HTML, Locale.FRENCH, Path.of("rapport.html"));
 * report.withSections(Sections.ANNEX).write(Format.HTML, Locale.FRENCH, Path.of("rapport-annexe.html"));
 * }</pre>
 */
public enum Sections {
    /** The summary, then the annex on a new page (the default). */
    ALL,
    /** The summary only. */
    SUMMARY,
    /** The annex only, under the report's title. */
    ANNEX;

    /** Whether the summary is shown. */
    public boolean summary() {
        return this != ANNEX;
    }

    /** Whether the annex is shown. */
    public boolean annex() {
        return this != SUMMARY;
    }
}
