package dev.impact.report;

import dev.impact.compare.Comparison;
import dev.impact.uncertainty.InputUncertainty;
import dev.impact.uncertainty.MonteCarlo;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a report says of a simulation's settings.
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
        return of(c.settings());
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
