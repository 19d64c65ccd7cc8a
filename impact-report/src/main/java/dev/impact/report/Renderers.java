package dev.impact.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The one dispatch of the module: which renderer writes which kind of report in which format. Adding a format or a
 * kind of report means adding its case here, and nowhere else.
 */
final class Renderers {
    private static final Set<Format> ALL = EnumSet.allOf(Format.class);
    private static final Set<Format> DECISIONS = EnumSet.of(Format.HTML, Format.MARKDOWN, Format.JSON);

    private Renderers() {
    }

    static Set<Format> formats(ReportDocument document) {
        return document instanceof ComparisonReport || document instanceof ScenarioReport
                || document instanceof TrajectoryReport ? Set.copyOf(DECISIONS)
                : Set.copyOf(ALL);
    }

    static String render(ReportDocument document, Format format, Locale locale) {
        java.io.StringWriter out = new java.io.StringWriter(64 * 1024);
        render(document, format, locale, out);
        return out.toString();
    }

    /** Renders into {@code out} as the renderer goes: a report of many lines is never held whole as text. */
    static void render(ReportDocument document, Format format, Locale locale, java.io.Writer out) {
        if (document instanceof Report r) {
            switch (format) {
                case HTML -> HtmlRenderer.render(r, locale, out);
                case MARKDOWN -> MarkdownRenderer.render(r, locale, out);
                case CSV -> CsvRenderer.render(r, locale, out);
                case JSON -> JsonRenderer.render(r, locale, out);
            }
        } else if (document instanceof TotalsReport t) {
            switch (format) {
                case HTML -> Templates.render("totals.ftlh", TotalsView.of(t, Fmt.of(locale), true), out);
                case MARKDOWN -> Templates.render("totals.md.ftl", TotalsView.of(t, Fmt.of(locale), false), out);
                case CSV -> write(out, TotalsView.csv(t));
                case JSON -> Json.write(g -> TotalsView.json(t, g), out);
            }
        } else if (document instanceof ComparisonReport c) {
            switch (format) {
                case HTML -> Templates.render("comparison.ftlh", Decisions.comparisonView(c, Fmt.of(locale), true),
                        out);
                case MARKDOWN -> Templates.render("comparison.md.ftl",
                        Decisions.comparisonView(c, Fmt.of(locale), false), out);
                case JSON -> Json.write(g -> Decisions.comparisonJson(c, g), out);
                case CSV -> throw new IllegalArgumentException("format must be HTML, MARKDOWN or JSON for a"
                        + " comparison report, was " + format);
            }
        } else if (document instanceof TrajectoryReport tr) {
            switch (format) {
                case HTML -> Templates.render("trajectory.ftlh", TrajectoryView.of(tr, Fmt.of(locale)), out);
                case MARKDOWN -> Templates.render("trajectory.md.ftl", TrajectoryView.of(tr, Fmt.of(locale)), out);
                case JSON -> Json.write(g -> TrajectoryView.json(tr, g), out);
                case CSV -> throw new IllegalArgumentException("format must be HTML, MARKDOWN or JSON for a"
                        + " trajectory report, was " + format);
            }
        } else {
            ScenarioReport s = (ScenarioReport) document;
            switch (format) {
                case HTML -> Templates.render("scenario.ftlh", Decisions.scenarioView(s, Fmt.of(locale), true), out);
                case MARKDOWN -> Templates.render("scenario.md.ftl", Decisions.scenarioView(s, Fmt.of(locale), false),
                        out);
                case JSON -> Json.write(g -> Decisions.scenarioJson(s, g), out);
                case CSV -> throw new IllegalArgumentException("format must be HTML, MARKDOWN or JSON for a scenario"
                        + " report, was " + format);
            }
        }
    }

    private static void write(java.io.Writer out, String text) {
        try {
            out.write(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
