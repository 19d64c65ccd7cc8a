package dev.impact.report;

import java.util.Locale;
import java.util.Objects;

/** Markdown with tables (template {@code report.md.ftl}, every value escaped by {@link MarkdownOutputFormat}). */
final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    static String render(Report report, Locale locale) {
        java.io.StringWriter out = new java.io.StringWriter(64 * 1024);
        render(report, locale, out);
        return out.toString();
    }

    static void render(Report report, Locale locale, java.io.Writer out) {
        Objects.requireNonNull(report, "report");
        Templates.render("report.md.ftl", View.of(report, Fmt.of(Objects.requireNonNull(locale, "locale"))), out);
    }
}
