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
        return document instanceof ComparisonReport || document instanceof ScenarioReport ? Set.copyOf(DECISIONS)
                : Set.copyOf(ALL);
    }

    static String render(ReportDocument document, Format format, Locale locale) {
        if (document instanceof Report r) {
            return switch (format) {
                case HTML -> HtmlRenderer.render(r, locale);
                case MARKDOWN -> MarkdownRenderer.render(r, locale);
                case CSV -> CsvRenderer.render(r, locale);
                case JSON -> JsonRenderer.render(r, locale);
            };
        }
        if (document instanceof TotalsReport t) {
            return switch (format) {
                case HTML -> Templates.render("totals.ftlh", TotalsView.of(t, Fmt.of(locale), true));
                case MARKDOWN -> Templates.render("totals.md.ftl", TotalsView.of(t, Fmt.of(locale), false));
                case CSV -> TotalsView.csv(t);
                case JSON -> Json.write(g -> TotalsView.json(t, g));
            };
        }
        if (document instanceof ComparisonReport c) {
            return switch (format) {
                case HTML -> Templates.render("comparison.ftlh", Decisions.comparisonView(c, Fmt.of(locale), true));
                case MARKDOWN -> Templates.render("comparison.md.ftl",
                        Decisions.comparisonView(c, Fmt.of(locale), false));
                case JSON -> Json.write(g -> Decisions.comparisonJson(c, g));
                case CSV -> throw new IllegalArgumentException("format must be HTML, MARKDOWN or JSON for a"
                        + " comparison report, was " + format);
            };
        }
        ScenarioReport s = (ScenarioReport) document;
        return switch (format) {
            case HTML -> Templates.render("scenario.ftlh", Decisions.scenarioView(s, Fmt.of(locale), true));
            case MARKDOWN -> Templates.render("scenario.md.ftl", Decisions.scenarioView(s, Fmt.of(locale), false));
            case JSON -> Json.write(g -> Decisions.scenarioJson(s, g));
            case CSV -> throw new IllegalArgumentException("format must be HTML, MARKDOWN or JSON for a scenario"
                    + " report, was " + format);
        };
    }
}
