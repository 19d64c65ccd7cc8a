package dev.impact.report;

import java.util.Locale;

/**
 * Turns a {@link Report} into text in one format. Implementations are stateless and thread-safe; get one from
 * {@link Format#renderer()}.
 */
public interface Renderer {

    /** The format this renderer writes. */
    Format format();

    /**
     * Renders {@code report} for readers of {@code locale}: labels in its language (English or French; other
     * languages get English labels) and numbers with its separators. Machine formats (CSV, JSON) keep their
     * locale-independent codes and numbers.
     */
    String render(Report report, Locale locale);
}
