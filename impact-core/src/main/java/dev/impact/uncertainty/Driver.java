package dev.impact.uncertainty;

import dev.impact.factor.Uncertainty;
import dev.impact.measure.Numbers;
import java.util.Locale;

/**
 * How much one uncertain quantity drives a total: its squared rank correlation with the total (Spearman), normalised
 * over all quantities to a share of the variance (the "contribution to variance" of common LCA tools), and the
 * one-at-a-time swing: the total with this quantity at the low and at the high end of its central 95 % interval,
 * every other quantity at its central value (a tornado chart's bar).
 *
 * @param variable        {@code factor:<id>}, {@code parameter:<id>} or {@code input:<target>:<field>}
 * @param uncertainty     its spread
 * @param rankCorrelation Spearman correlation with the total, in [−1, 1]
 * @param varianceShare   rankCorrelation² / Σ rankCorrelation², in [0, 1]
 * @param low             the total with this quantity at its 2.5 % quantile
 * @param high            the total with this quantity at its 97.5 % quantile
 */
public record Driver(String variable, Uncertainty uncertainty, double rankCorrelation, double varianceShare,
                     double low, double high) {

    /** |high − low|. */
    public double swing() {
        return Math.abs(high - low);
    }

    @Override
    public String toString() {
        return row(variable.length());
    }

    /** The text with the variable padded to {@code width}. */
    String row(int width) {
        return String.format(Locale.ROOT, "%-" + Math.max(1, width) + "s %6.1f %%  rho %+.2f  tornado %s .. %s  [%s]",
                variable, 100 * varianceShare, rankCorrelation, Numbers.format(low), Numbers.format(high),
                uncertainty);
    }
}
