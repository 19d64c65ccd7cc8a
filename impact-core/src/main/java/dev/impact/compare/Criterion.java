package dev.impact.compare;

import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One award criterion: what is scored (the total cost of ownership per functional unit, or an indicator's footprint
 * per functional unit), with which {@link Scoring} formula, and its weight (the points the best offer gets).
 * Immutable.
 *
 * <pre>{@code
 * Criterion.cost(60, Scoring.PROPORTIONAL_TO_BEST)
 * Criterion.footprint(Indicator.CLIMATE_CHANGE, 40, Scoring.LINEAR_BEST_WORST)
 * }</pre>
 */
public final class Criterion {
    private final Indicator indicator; // null: cost
    private final double weight;
    private final Scoring scoring;

    private Criterion(Indicator indicator, double weight, Scoring scoring) {
        if (!Double.isFinite(weight) || weight <= 0) {
            throw new IllegalArgumentException("weight must be a finite number > 0 (points), was " + weight);
        }
        this.indicator = indicator;
        this.weight = weight;
        this.scoring = Objects.requireNonNull(scoring, "scoring");
    }

    /** The total cost of ownership per functional unit (purchase, electricity, end of life), scored with {@code s}. */
    public static Criterion cost(double weight, Scoring scoring) {
        return new Criterion(null, weight, scoring);
    }

    /** The footprint per functional unit on {@code indicator}, scored with {@code s}. */
    public static Criterion footprint(Indicator indicator, double weight, Scoring scoring) {
        return new Criterion(Objects.requireNonNull(indicator, "indicator"), weight, scoring);
    }

    /** The indicator scored, or empty for the cost criterion. */
    public Optional<Indicator> indicator() {
        return Optional.ofNullable(indicator);
    }

    /** Whether this is the cost criterion. */
    public boolean isCost() {
        return indicator == null;
    }

    /** The points of the best offer. */
    public double weight() {
        return weight;
    }

    /** The formula. */
    public Scoring scoring() {
        return scoring;
    }

    /** {@code cost} or the indicator's code, e.g. {@code climate_change}. */
    public String code() {
        return indicator == null ? "cost" : indicator.code();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Criterion && ((Criterion) o).indicator == indicator
                && Double.compare(((Criterion) o).weight, weight) == 0 && ((Criterion) o).scoring == scoring;
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, weight, scoring);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %s points, %s", indicator == null ? "total cost of ownership"
                : indicator.label(), Numbers.format(weight), scoring);
    }
}
