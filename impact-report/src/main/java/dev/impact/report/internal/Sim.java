package dev.impact.report.internal;

import dev.impact.compare.Comparison;
import dev.impact.measure.Indicator;
import dev.impact.uncertainty.InputUncertainty;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.Summary;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a report says of a simulation's settings. A {@link Comparison} does not expose its {@link MonteCarlo}: its
 * draws and percentiles are read from its statistics, and its seed and input spreads are unknown.
 *
 * @param draws       number of draws
 * @param seed        the seed, if known
 * @param percentiles the percentiles reported, ascending
 * @param inputs      the input spreads, if known
 */
record Sim(int draws, OptionalLong seed, double[] percentiles, Optional<List<InputUncertainty>> inputs) {

    static Sim of(MonteCarlo mc) {
        return new Sim(mc.draws(), OptionalLong.of(mc.seed()), mc.percentiles(), Optional.of(mc.inputs()));
    }

    static Sim of(Comparison c) {
        Indicator i = c.indicators().iterator().next();
        Summary s = c.summary(c.offers().get(0).name(), i);
        double[] ps = s.percentiles().keySet().stream().mapToDouble(Double::doubleValue).toArray();
        return new Sim(s.draws(), OptionalLong.empty(), ps, Optional.empty());
    }

    double low() {
        return percentiles[0];
    }

    double high() {
        return percentiles[percentiles.length - 1];
    }

    /** "p5–p95". */
    String rangeLabel() {
        return "p" + Json.percentileKey(low()) + "–p" + Json.percentileKey(high());
    }

    /** The share of values inside [low, high], e.g. 0.9. */
    double coverage() {
        return (high() - low()) / 100;
    }
}
