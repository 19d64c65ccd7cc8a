package dev.impact.report;

import java.util.Locale;
import java.util.Objects;

/** Markdown with tables (template {@code report.md.ftl}, every value escaped by {@link MarkdownOutputFormat}). */
final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    static void render(Report report, Locale locale, java.io.Writer out) {
        Objects.requireNonNull(report, "report");
        Templates.render("report.md.ftl", View.of(report, Fmt.of(Objects.requireNonNull(locale, "locale"))), out);
    }
}
