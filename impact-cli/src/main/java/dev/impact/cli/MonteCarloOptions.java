package dev.impact.cli;

import dev.impact.uncertainty.MonteCarlo;
import java.math.BigDecimal;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Monte Carlo settings given on the command line, checked here so that a bad value is a usage error (exit 2) naming
 * the option and the value. Seed 42 by default, so that runs repeat exactly.
 */
final class MonteCarloOptions {
    /** Above this many draws, memory (draws × random variables × 8 bytes) becomes the limit. */
    static final int MAX_DRAWS = 1_000_000;
    static final long DEFAULT_SEED = 42;

    private MonteCarloOptions() {
    }

    /** {@code --seed} and {@code --percentiles}, shared by assess, compare and scenario. */
    static class Settings {
        @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
                description = "Seed of the random draws (default: ${DEFAULT-VALUE}); the same seed gives the same"
                        + " figures.")
        long seed = DEFAULT_SEED;

        @Option(names = "--percentiles", paramLabel = "P,P,…", defaultValue = "5,50,95",
                description = "Percentiles to report, in %%, each in (0, 100) (default: ${DEFAULT-VALUE}).")
        String percentiles = "5,50,95";

        MonteCarlo build(int draws, String drawsOption) {
            return MonteCarlo.builder().draws(checkDraws(draws, drawsOption)).seed(seed)
                    .percentiles(parsePercentiles(percentiles))
                    .threads(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())))
                    .build();
        }
    }

    /** {@code --draws} with {@code --seed} and {@code --percentiles}: the simulations of compare and scenario. */
    static final class Simulation extends Settings {
        @Option(names = "--draws", paramLabel = "N", defaultValue = "10000", description = "Monte Carlo draws"
                + " (default: ${DEFAULT-VALUE}).")
        int draws = 10_000;

        /** The simulation these options describe. */
        MonteCarlo build() {
            return build(draws, "--draws");
        }
    }

    static int checkDraws(int draws, String option) {
        if (draws < 2 || draws > MAX_DRAWS) {
            throw new Main.UsageException(String.format(Locale.ROOT, "%s must be a number of draws between 2 and %d,"
                    + " was %d", option, MAX_DRAWS, draws));
        }
        return draws;
    }

    /**
     * "5,50,95" → {5, 50, 95}.
     *
     * @throws Main.UsageException naming the first value that is not a number in (0, 100)
     */
    static double[] parsePercentiles(String text) {
        String[] parts = text.split(",", -1);
        double[] out = new double[parts.length];
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k].trim();
            double v;
            try {
                v = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (!(v > 0 && v < 100)) {
                throw new Main.UsageException("--percentiles must be numbers in (0, 100) separated by commas, e.g."
                        + " 5,50,95; '" + p + "' in '" + text + "' is not");
            }
            out[k] = v;
        }
        return out;
    }

    /** A percentile's JSON key: 5 → "p5", 97.5 → "p97.5". */
    static String key(double percentile) {
        return "p" + BigDecimal.valueOf(percentile).stripTrailingZeros().toPlainString();
    }
}
