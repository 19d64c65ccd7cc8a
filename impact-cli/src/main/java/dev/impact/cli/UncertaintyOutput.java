package dev.impact.cli;

import dev.impact.engine.Assessment;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import dev.impact.uncertainty.Driver;
import dev.impact.uncertainty.Summary;
import dev.impact.uncertainty.UncertainAssessment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The uncertainty section of {@code impact assess --uncertainty N}: per indicator the central value, the Monte Carlo
 * mean, median, standard deviation and percentiles, and the main drivers (sensitivity), as text or as the JSON
 * {@code uncertainty} object documented in the README.
 */
final class UncertaintyOutput {
    private UncertaintyOutput() {
    }

    /** The drivers worth showing: the first {@code top} that move this total at all. */
    static List<Driver> drivers(UncertainAssessment u, Indicator i, int top) {
        List<Driver> out = new ArrayList<>();
        for (Driver d : u.sensitivity(i)) {
            if (out.size() == top) {
                break;
            }
            if (d.swing() > 0) { // a variable absent from this indicator has no swing (only a spurious rho)
                out.add(d);
            }
        }
        return out;
    }

    static String text(UncertainAssessment u, int top) {
        Assessment a = u.assessment();
        double[] ps = u.settings().percentiles();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%nUncertainty (Monte Carlo): %d draws, seed %d, %d random variables"
                        + " (factor, parameter and input spreads)%n", u.settings().draws(), u.settings().seed(),
                u.variables().size()));
        sb.append(String.format(Locale.ROOT, "%-38s %12s %12s %12s %12s", "indicator", "central", "mean", "median",
                "sd"));
        for (double p : ps) {
            sb.append(String.format(Locale.ROOT, " %12s", "p" + Numbers.format(p)));
        }
        sb.append("  unit\n");
        for (Indicator i : Indicator.values()) {
            Optional<Summary> s = u.total(i);
            if (s.isEmpty()) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "%-38s %12s %12s %12s %12s", i.label(), Numbers.format(a.total(i)),
                    Numbers.format(s.get().mean()), Numbers.format(s.get().median()),
                    Numbers.format(s.get().standardDeviation())));
            for (double p : ps) {
                sb.append(String.format(Locale.ROOT, " %12s", Numbers.format(s.get().percentile(p))));
            }
            sb.append("  ").append(i.unit()).append('\n');
        }
        if (top > 0) {
            sb.append(String.format(Locale.ROOT, "%nMain drivers per indicator: share of variance, Spearman rank"
                    + " correlation, total with the variable at its 2.5 %% and 97.5 %% quantiles, spread%n"));
            for (Indicator i : Indicator.values()) {
                List<Driver> d = drivers(u, i, top);
                if (u.total(i).isEmpty()) {
                    continue;
                }
                sb.append(String.format(Locale.ROOT, "%s (%s)%n", i.label(), i.unit()));
                if (d.isEmpty()) {
                    sb.append("  (no uncertain quantity moves it)\n");
                    continue;
                }
                int width = d.stream().mapToInt(x -> x.variable().length()).max().orElse(1);
                for (Driver x : d) {
                    sb.append(String.format(Locale.ROOT, "  %-" + width + "s %6.1f %%  rho %+.2f  %s .. %s  [%s]%n",
                            x.variable(), 100 * x.varianceShare(), x.rankCorrelation(), Numbers.format(x.low()),
                            Numbers.format(x.high()), x.uncertainty()));
                }
            }
        }
        if (!u.constantLines().isEmpty()) {
            sb.append("\nHeld constant (could not be decomposed): line indices ").append(u.constantLines())
                    .append('\n');
        }
        return sb.toString();
    }
}
