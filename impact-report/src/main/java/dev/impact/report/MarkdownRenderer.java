package dev.impact.report;

import java.util.Locale;
import java.util.Objects;

/** Markdown with tables (template {@code report.md.ftl}, every value escaped by {@link MarkdownOutputFormat}). */
final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    static String render(Report report, Locale locale) {
        Objects.requireNonNull(report, "report");
        return Templates.render("report.md.ftl", View.of(report, Fmt.of(Objects.requireNonNull(locale, "locale"))));
    }
}
