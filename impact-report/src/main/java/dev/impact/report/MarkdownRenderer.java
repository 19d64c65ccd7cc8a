package dev.impact.report.internal;

import dev.impact.report.Format;
import dev.impact.report.Renderer;
import dev.impact.report.Report;
import java.util.Locale;
import java.util.Objects;

/** Markdown with tables (template {@code report.md.ftl}, every value escaped by {@link MarkdownOutputFormat}). */
public final class MarkdownRenderer implements Renderer {
    /** The instance. */
    public static final MarkdownRenderer INSTANCE = new MarkdownRenderer();

    private MarkdownRenderer() {
    }

    @Override
    public Format format() {
        return Format.MARKDOWN;
    }

    @Override
    public String render(Report report, Locale locale) {
        Objects.requireNonNull(report, "report");
        return Templates.render("report.md.ftl", View.of(report, Fmt.of(Objects.requireNonNull(locale, "locale"))));
    }
}
