package dev.impact.report;

import dev.impact.compare.Comparison;
import dev.impact.measure.Indicator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A report comparing offers per functional unit, for a procurement decision: per indicator, each offer's central
 * value with its p5–p95 interval (a chart with uncertainty whiskers), the ranking, the probability that each offer
 * is the lowest and the matrix of P(row &lt; column). Immutable and thread-safe.
 *
 * <pre>{@code
 * Comparison c = Impact.using(catalog).uncertainty(MonteCarlo.builder().seed(42).build()).compare(offerA, offerB);
 * ComparisonReport.of(c).withTitle("Laptops tender 2025").write(Format.HTML, Locale.FRENCH, Path.of("offers.html"));
 * }</pre>
 *
 * <p>Formats: {@link Format#HTML} (self-contained, same look and escaping as {@link Report}), {@link Format#MARKDOWN}
 * and {@link Format#JSON} (schema {@value #SCHEMA_RESOURCE}); CSV is not offered.
 */
public final class ComparisonReport implements ReportDocument {
    /** Version of the JSON output's schema. */
    public static final String SCHEMA_VERSION = "1.1";
    /** Class-path resource of the JSON Schema (draft 2020-12) of {@link Format#JSON} output. */
    public static final String SCHEMA_RESOURCE = "/dev/impact/report/comparison.schema.json";

    private final Comparison comparison;
    private final String title; // null: the localised default

    private ComparisonReport(Comparison comparison, String title) {
        this.comparison = comparison;
        this.title = title;
    }

    /** The report on {@code comparison}, titled "Comparison of offers" in the reader's language. */
    public static ComparisonReport of(Comparison comparison) {
        return new ComparisonReport(Objects.requireNonNull(comparison, "comparison"), null);
    }

    /**
     * A copy with this title (free text: renderers escape it).
     *
     * @throws IllegalArgumentException if blank
     */
    public ComparisonReport withTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank, was "
                    + (title == null ? "null" : "'" + title + "'"));
        }
        return new ComparisonReport(comparison, title.trim());
    }

    /** The comparison reported on. */
    public Comparison comparison() {
        return comparison;
    }

    /** The title given, if any. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** The title and the ranking on climate change (or the first indicator compared). */
    @Override
    public String toString() {
        Indicator i = comparison.indicators().contains(Indicator.CLIMATE_CHANGE) ? Indicator.CLIMATE_CHANGE
                : comparison.indicators().stream().findFirst().orElse(Indicator.CLIMATE_CHANGE);
        return "ComparisonReport[" + (title == null ? "Comparison of offers" : title) + ", "
                + comparison.offers().size() + " offers, ranking on " + i.label() + ": "
                + (comparison.indicators().contains(i) ? comparison.ranking(i) : "n/a") + "]";
    }
}
