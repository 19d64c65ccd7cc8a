package dev.impact.uncertainty;

import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.inventory.Inventory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Monte Carlo propagation of the uncertainty of factors, parameters and user inputs to an assessment.
 *
 * <pre>{@code
 * MonteCarlo mc = MonteCarlo.builder().draws(10_000).seed(42)
 *         .input(InputUncertainty.of("laptop", Input.LIFETIME, Uncertainty.uniform(0.8, 1.2)))
 *         .build();
 * UncertainAssessment u = Impact.using(catalog).reportingYear(2024).uncertainty(mc)
 *         .assessWithUncertainty(inventory);
 * u.total(Indicator.CLIMATE_CHANGE).orElseThrow().percentile(95);
 * }</pre>
 *
 * <h2>How</h2>
 * The engine assesses the inventory once, reporting every line as a sum of terms "constant × product of the
 * uncertain quantities it involves" ({@link dev.impact.engine.Trace}, which also says what is not propagated). Each
 * uncertain quantity — a factor id, a parameter id, an input rule — is one random variable, drawn once per
 * iteration: a factor shared by many lines (a grid, a device's manufacture) moves all of them together. Its draws
 * come from its own random stream seeded from (seed, variable id), so the same seed gives the same bits whatever
 * the number of threads, and two inventories simulated with the same seed see the same draws of their shared
 * quantities (which is what makes offer comparisons and scenario deltas sharp). Totals are evaluated from terms
 * merged by variables, as array arithmetic; per-line statistics are computed on request, one line at a time.
 *
 * <p>A quantity in a denominator (lifetime in yearly accounting) whose distribution reaches 0 gives infinite draws:
 * give lifetimes spreads with a low bound above 0.
 *
 * <p>Immutable and thread-safe; the builder is not.
 */
public final class MonteCarlo {
    private final int draws;
    private final long seed;
    private final int threads;
    private final double[] percentiles;
    private final List<InputUncertainty> inputs;

    private MonteCarlo(Builder b) {
        this.draws = b.draws;
        this.seed = b.seed;
        this.threads = b.threads;
        this.percentiles = b.percentiles.clone();
        this.inputs = List.copyOf(b.inputs);
    }

    /** A builder: 10 000 draws, seed 1, one thread, percentiles 5, 50 and 95, no input spreads. */
    public static Builder builder() {
        return new Builder();
    }

    /** Default settings, see {@link #builder()}. */
    public static MonteCarlo defaults() {
        return builder().build();
    }

    /** Number of draws. */
    public int draws() {
        return draws;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** Threads used. */
    public int threads() {
        return threads;
    }

    /** The percentiles reported, in %. */
    public double[] percentiles() {
        return percentiles.clone();
    }

    /** The input spreads. */
    public List<InputUncertainty> inputs() {
        return inputs;
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder b = new Builder().draws(draws).seed(seed).threads(threads).percentiles(percentiles);
        b.inputs.addAll(inputs);
        return b;
    }

    /**
     * Assesses {@code inventory} and propagates the uncertainty. Implementation entry used by
     * {@code Impact.using(..)}: users write
     * {@code Impact.using(catalog).uncertainty(mc).assessWithUncertainty(inventory)} ({@code dev.impact.Assessor});
     * public only because the door lives in another package.
     *
     * @throws IllegalArgumentException as {@link Engine#assess(Inventory, AssessmentOptions)} does
     */
    public UncertainAssessment run(Engine engine, Inventory inventory, AssessmentOptions options) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(options, "options");
        LinearModel model = new LinearModel(inventory.lines(), inputs);
        Assessment a = engine.assess(inventory, options, model);
        List<LinearModel.Term> merged = LinearModel.merge(model.lineTerms);
        double[][] d = new double[model.variables.size()][];
        double[][] totals = new double[LinearModel.IND][draws];
        if (threads == 1) {
            for (int v = 0; v < d.length; v++) {
                d[v] = drawVariable(model, v);
            }
            LinearModel.evaluate(merged, d, totals, 0, draws);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "impact-monte-carlo");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (int v = 0; v < d.length; v++) {
                    int vv = v;
                    fs.add(pool.submit(() -> {
                        d[vv] = drawVariable(model, vv);
                    }));
                }
                await(fs);
                fs.clear();
                int chunk = Math.max(1024, (draws + threads - 1) / threads);
                for (int from = 0; from < draws; from += chunk) {
                    int f = from;
                    int to = Math.min(draws, from + chunk);
                    fs.add(pool.submit(() -> LinearModel.evaluate(merged, d, totals, f, to)));
                }
                await(fs);
            } finally {
                pool.shutdownNow();
            }
        }
        return new UncertainAssessment(this, a, model, merged, d, totals);
    }

    private double[] drawVariable(LinearModel model, int v) {
        LinearModel.Variable var = model.variables.get(v);
        return Sampler.draw(var.uncertainty(), seed, var.id(), draws);
    }

    private static void await(List<Future<?>> fs) {
        try {
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MonteCarlo[%d draws, seed %d, %d thread(s), percentiles %s, inputs %s]",
                draws, seed, threads, Arrays.toString(percentiles), inputs);
    }

    /** Builds a {@link MonteCarlo}; every argument is checked when given. Not thread-safe. */
    public static final class Builder {
        private int draws = 10_000;
        private long seed = 1;
        private int threads = 1;
        private double[] percentiles = {5, 50, 95};
        private final List<InputUncertainty> inputs = new ArrayList<>();

        private Builder() {
        }

        /**
         * Number of draws (≥ 2).
         *
         * @throws IllegalArgumentException if less than 2
         */
        public Builder draws(int draws) {
            if (draws < 2) {
                throw new IllegalArgumentException("draws must be >= 2, was " + draws);
            }
            this.draws = draws;
            return this;
        }

        /** The seed: the same seed gives the same bits. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Threads (≥ 1); results do not depend on it.
         *
         * @throws IllegalArgumentException if less than 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * The percentiles to report, each in (0, 100).
         *
         * @throws IllegalArgumentException naming the first percentile out of range, or if none is given
         */
        public Builder percentiles(double... percentiles) {
            Objects.requireNonNull(percentiles, "percentiles");
            if (percentiles.length == 0) {
                throw new IllegalArgumentException("percentiles must not be empty");
            }
            for (double p : percentiles) {
                if (!(p > 0 && p < 100)) {
                    throw new IllegalArgumentException("percentiles must be in (0, 100) (%), was " + p);
                }
            }
            double[] sorted = percentiles.clone();
            Arrays.sort(sorted);
            this.percentiles = sorted;
            return this;
        }

        /** Adds the spread of a user input. */
        public Builder input(InputUncertainty input) {
            inputs.add(Objects.requireNonNull(input, "input"));
            return this;
        }

        /** The Monte Carlo settings. */
        public MonteCarlo build() {
            return new MonteCarlo(this);
        }
    }
}
