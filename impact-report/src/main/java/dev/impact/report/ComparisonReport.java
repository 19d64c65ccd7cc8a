package dev.impact.report;

import dev.impact.compare.Award;
import dev.impact.compare.BidNotice;
import dev.impact.compare.Comparison;
import dev.impact.factor.FactorCatalog;
import java.util.List;
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
    public static final String SCHEMA_VERSION = "1.2";
    /** Class-path resource of the JSON Schema (draft 2020-12) of {@link Format#JSON} output. */
    public static final String SCHEMA_RESOURCE = "/dev/impact/report/comparison.schema.json";

    private final Comparison comparison;
    private final String title; // null: the localised default
    private final Award award; // null: a plain comparison
    private final FactorCatalog catalog; // with the award: where the sources are looked up
    private final List<BidNotice> notes;

    private ComparisonReport(Comparison comparison, String title, Award award, FactorCatalog catalog,
                             List<BidNotice> notes) {
        this.comparison = comparison;
        this.title = title;
        this.award = award;
        this.catalog = catalog;
        this.notes = List.copyOf(notes);
    }

    /** The report on {@code comparison}, titled "Comparison of offers" in the reader's language. */
    public static ComparisonReport of(Comparison comparison) {
        return new ComparisonReport(Objects.requireNonNull(comparison, "comparison"), null, null, null, List.of());
    }

    /**
     * A copy that is the consultation's <b>tender annex</b>: the bids, the method, the award scores with the cost of
     * ownership beside each indicator, the robustness of the ranking, the sources of every factor used (looked up in
     * {@code catalog}) and a sentence for the award report. HTML (printable to PDF) and JSON carry the annex;
     * Markdown stays the plain comparison.
     *
     * <pre>{@code
     * Award award = comparison.award(tender);
     * ComparisonReport.of(comparison).withAward(award, catalog).write(Format.HTML, Locale.FRENCH, Path.of("annex.html"));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code award} scores another comparison
     */
    public ComparisonReport withAward(Award award, FactorCatalog catalog) {
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(catalog, "catalog");
        if (award.comparison() != comparison) {
            throw new IllegalArgumentException("award must score this report's comparison, but scores another one");
        }
        return new ComparisonReport(comparison, title, award, catalog, notes);
    }

    /**
     * A copy with these notes: what the bid reader noticed ({@link Bid#notices()}: a warranty shorter than the
     * lifetime, a partly refurbished item), worded in the report's language.
     */
    public ComparisonReport withNotes(List<BidNotice> notes) {
        return new ComparisonReport(comparison, title, award, catalog, Objects.requireNonNull(notes, "notes"));
    }

    /** The award, when this report is a tender annex. */
    public Optional<Award> award() {
        return Optional.ofNullable(award);
    }

    /** The catalog the annex's sources are looked up in (with the award). */
    Optional<FactorCatalog> catalog() {
        return Optional.ofNullable(catalog);
    }

    /** The notes. */
    public List<BidNotice> notes() {
        return notes;
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
        return new ComparisonReport(comparison, title.trim(), award, catalog, notes);
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
