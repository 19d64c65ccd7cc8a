package dev.impact.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one dispatch of the module: which renderer writes which kind of report in which format. Adding a format or a
 * kind of report means adding its case here, and nowhere else.
 */
final class Renderers {
    private static final Set<Format> ALL = EnumSet.allOf(Format.class);
    private static final Set<Format> TOTALS = EnumSet.of(Format.HTML, Format.MARKDOWN, Format.CSV, Format.JSON);
    private static final Set<Format> DECISIONS = EnumSet.of(Format.HTML, Format.MARKDOWN, Format.JSON);

    private Renderers() {
    }

    static Set<Format> formats(ReportDocument document) {
        return document instanceof Report ? Set.copyOf(ALL) : document instanceof TotalsReport ? Set.copyOf(TOTALS)
                : Set.copyOf(DECISIONS); // comparisons, scenarios, trajectories
    }

    /** Refuses a format {@code document} is not offered in, naming those it is. */
    static void formatOffered(ReportDocument document, Format format) {
        if (!formats(document).contains(format)) {
            List<String> names = new java.util.ArrayList<>();
            for (Format f : Format.values()) {
                if (formats(document).contains(f)) {
                    names.add(f.name());
                }
            }
            String kind = document instanceof Report ? "report" : document instanceof TotalsReport ? "totals report"
                    : document instanceof ComparisonReport ? "comparison report"
                    : document instanceof TrajectoryReport ? "trajectory report" : "scenario report";
            throw new IllegalArgumentException("format must be " + String.join(", ", names.subList(0,
                    names.size() - 1)) + " or " + names.get(names.size() - 1) + " for a " + kind + ", was " + format);
        }
    }

    /** Refuses a binary format where text is asked for. */
    static void refuseBinary(Format format) {
        if (format.binary()) {
            throw new IllegalArgumentException(format + " is a binary format: write it to a file (write(format,"
                    + " locale, path)) or to a stream (render(format, locale, outputStream))");
        }
    }

    /** Renders into a stream: a binary format's bytes, or a text format's UTF-8 text. */
    static void render(ReportDocument document, Format format, Locale locale, java.io.OutputStream out) {
        formatOffered(document, format);
        if (format == Format.XLSX) {
            XlsxRenderer.render((Report) document, locale, out);
            return;
        }
        java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out,
                java.nio.charset.StandardCharsets.UTF_8));
        render(document, format, locale, w);
        try {
            w.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String render(ReportDocument document, Format format, Locale locale) {
        java.io.StringWriter out = new java.io.StringWriter(64 * 1024);
        render(document, format, locale, out);
        return out.toString();
    }

    /** Renders into {@code out} as the renderer goes: a report of many lines is never held whole as text. */
    static void render(ReportDocument document, Format format, Locale locale, java.io.Writer out) {
        formatOffered(document, format);
        refuseBinary(format);
        if (document instanceof Report r) {
            switch (format) {
                case HTML -> HtmlRenderer.render(r, locale, out);
                case MARKDOWN -> MarkdownRenderer.render(r, locale, out);
                case CSV -> CsvRenderer.render(r, Locale.ROOT, out);
                case CSV_FR -> CsvRenderer.renderFrench(r, out);
                case JSON -> JsonRenderer.render(r, locale, out);
                default -> throw new IllegalStateException("no text renderer for " + format);
            }
        } else if (document instanceof TotalsReport t) {
            switch (format) {
                case HTML -> Templates.render("totals.ftlh", TotalsView.of(t, Fmt.of(locale), true), out);
                case MARKDOWN -> Templates.render("totals.md.ftl", TotalsView.of(t, Fmt.of(locale), false), out);
                case CSV -> write(out, TotalsView.csv(t));
                case JSON -> Json.write(g -> TotalsView.json(t, g), out);
                default -> throw new IllegalStateException("no text renderer for " + format);
            }
        } else if (document instanceof ComparisonReport c) {
            switch (format) {
                case HTML -> {
                    if (c.award().isPresent()) {
                        Templates.render("annex.ftlh", Annex.view(c, Fmt.of(locale)), out);
                    } else {
                        Templates.render("comparison.ftlh", Decisions.comparisonView(c, Fmt.of(locale), true), out);
                    }
                }
                case MARKDOWN -> Templates.render("comparison.md.ftl",
                        Decisions.comparisonView(c, Fmt.of(locale), false), out);
                case JSON -> Json.write(g -> Decisions.comparisonJson(c, g), out);
                default -> throw new IllegalStateException("no text renderer for " + format);
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
                default -> throw new IllegalStateException("no text renderer for " + format);
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
