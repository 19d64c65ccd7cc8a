package dev.impact.spark;

import dev.impact.measure.Indicator;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.Summary;
import java.util.List;
import java.util.Optional;

/**
 * Monte Carlo totals of a dataset assessed on Spark ({@link SparkAssessment#uncertainty}): the draws of the total
 * per indicator, summarised with the settings' percentiles. Immutable.
 */
public final class SparkUncertainty {
    private final MonteCarlo settings;
    private final List<String> variables;
    private final int terms;
    private final double[][] totals;
    private final boolean[] available;

    SparkUncertainty(MonteCarlo settings, List<String> variables, int terms, double[][] totals, boolean[] available) {
        this.settings = settings;
        this.variables = List.copyOf(variables);
        this.terms = terms;
        this.totals = totals;
        this.available = available.clone();
    }

    /** The distribution of the total of one indicator over all lines and phases, if any line has data for it. */
    public Optional<Summary> total(Indicator indicator) {
        return available[indicator.ordinal()]
                ? Optional.of(Summary.of(totals[indicator.ordinal()], settings.percentiles())) : Optional.empty();
    }

    /** The draws of the total of one indicator (a copy), if any line has data for it. */
    public Optional<double[]> samples(Indicator indicator) {
        return available[indicator.ordinal()] ? Optional.of(totals[indicator.ordinal()].clone()) : Optional.empty();
    }

    /** The uncertain factors and parameters drawn ({@code factor:<id>}, {@code parameter:<id>}), sorted. */
    public List<String> variables() {
        return variables;
    }

    /** Number of distinct terms (products of variables) the lines reduced to. */
    public int terms() {
        return terms;
    }

    /** The settings. */
    public MonteCarlo settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "SparkUncertainty[" + settings.draws() + " draws, " + variables.size() + " variables, " + terms
                + " terms, climate change " + total(Indicator.CLIMATE_CHANGE).map(Summary::toString).orElse("n/a")
                + "]";
    }
}
