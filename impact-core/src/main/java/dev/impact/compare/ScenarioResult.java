package dev.impact.compare;

import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.Summary;
import dev.impact.uncertainty.UncertainAssessment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A scenario against its baseline: both assessments, and per indicator the delta (scenario − baseline) with its
 * uncertainty. Both are simulated with the same seed, so the quantities they share are drawn identically and the
 * delta's spread only reflects what the levers change.
 *
 * <pre>{@code
 * ScenarioResult r = Impact.using(catalog).reportingYear(2024)
 *         .scenario(inventory, Scenario.named("laptops 6 years").extendLifetime("laptop", 2));
 * r.relativeChange(Indicator.CLIMATE_CHANGE);   // e.g. -0.32
 * System.out.println(r);
 * }</pre>
 *
 * Immutable.
 */
public final class ScenarioResult {
    private final Scenario scenario;
    private final UncertainAssessment baseline;
    private final UncertainAssessment result;
    private final Map<Indicator, Summary> delta = new EnumMap<>(Indicator.class);
    private final Map<Indicator, Summary> relative = new EnumMap<>(Indicator.class);
    private final Map<Indicator, Double> lower = new EnumMap<>(Indicator.class);
    private final Map<Indicator, List<LeverSaving>> levers = new EnumMap<>(Indicator.class);

    /** The most levers split by {@link #levers(Indicator)}: the split assesses every subset of them (2^n runs). */
    public static final int MAX_LEVERS_SPLIT = 8;

    /**
     * One lever's part of a scenario's saving: its Shapley value over the scenario's levers (its saving averaged
     * over every order in which the levers could be applied), so that the levers' parts add up to the scenario's
     * whole saving, draw by draw, whatever their order.
     *
     * @param lever             the lever
     * @param saving            its central saving (baseline − scenario: positive when it lowers the indicator), in
     *                          the indicator's unit
     * @param uncertainty       statistics of its saving per draw, under the draws of the baseline and the scenario
     * @param probabilitySaving the probability that it lowers the indicator (a draw where it changes nothing counts
     *                          half)
     */
    public record LeverSaving(WhatIf lever, double saving, Summary uncertainty, double probabilitySaving) {
        public LeverSaving {
            Objects.requireNonNull(lever, "lever");
            Objects.requireNonNull(uncertainty, "uncertainty");
        }
    }

    private ScenarioResult(Scenario scenario, UncertainAssessment baseline, UncertainAssessment result,
                           MonteCarlo mc, java.util.function.Function<List<WhatIf>, UncertainAssessment> run) {
        this.scenario = scenario;
        this.baseline = baseline;
        this.result = result;
        for (Indicator i : Indicator.values()) {
            Optional<double[]> b = baseline.samples(i);
            Optional<double[]> s = result.samples(i);
            if (b.isEmpty() || s.isEmpty()) {
                continue;
            }
            double[] x = b.get();
            double[] y = s.get();
            double[] d = new double[x.length];
            List<Double> rel = new ArrayList<>(x.length);
            double below = 0;
            for (int k = 0; k < x.length; k++) {
                d[k] = y[k] - x[k];
                if (x[k] != 0) {
                    rel.add(y[k] / x[k] - 1);
                }
                if (y[k] == x[k]) {
                    below += 0.5;
                } else if (y[k] < x[k]) {
                    below++;
                }
            }
            delta.put(i, Summary.of(d, mc.percentiles()));
            if (rel.size() >= 2) {
                relative.put(i, Summary.of(rel.stream().mapToDouble(Double::doubleValue).toArray(),
                        mc.percentiles()));
            }
            lower.put(i, below / x.length);
        }
        splitLevers(mc, run);
    }

    /**
     * The Shapley split of the saving over the levers: every subset T of the n levers assessed under the same draws
     * (v(T), per draw and central), then lever i's part = Σ over T ∌ i of |T|! (n − |T| − 1)! / n! × (v(T) −
     * v(T ∪ {i})), which add up to v(∅) − v(all levers).
     */
    private void splitLevers(MonteCarlo mc, java.util.function.Function<List<WhatIf>, UncertainAssessment> run) {
        List<WhatIf> all = scenario.whatIfs();
        int n = all.size();
        if (n == 0 || n > MAX_LEVERS_SPLIT || run == null) {
            return;
        }
        double[] weight = new double[n]; // weight[s] = s! (n − s − 1)! / n!
        for (int size = 0; size < n; size++) {
            weight[size] = 1.0 / (n * binomial(n - 1, size));
        }
        Map<Indicator, double[][]> parts = new EnumMap<>(Indicator.class);
        Map<Indicator, double[]> central = new EnumMap<>(Indicator.class);
        for (Indicator i : delta.keySet()) {
            parts.put(i, new double[n][baseline.samples(i).orElseThrow().length]);
            central.put(i, new double[n]);
        }
        int full = (1 << n) - 1;
        for (int mask = 0; mask <= full; mask++) {
            UncertainAssessment v;
            if (mask == 0) {
                v = baseline;
            } else if (mask == full) {
                v = result;
            } else {
                List<WhatIf> subset = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    if ((mask & (1 << k)) != 0) {
                        subset.add(all.get(k));
                    }
                }
                v = run.apply(subset);
            }
            int size = Integer.bitCount(mask);
            for (Indicator i : parts.keySet()) {
                double[] samples = v.samples(i).orElse(null);
                double centre = v.assessment().total(i);
                double[][] p = parts.get(i);
                double[] c = central.get(i);
                for (int k = 0; k < n; k++) {
                    // saving = −(v(T ∪ i) − v(T)): in T, v(T) counts with T \ {i}'s weight; out of T, against it
                    boolean in = (mask & (1 << k)) != 0;
                    double w = in ? -weight[size - 1] : weight[size];
                    c[k] += w * centre;
                    if (samples != null) {
                        double[] pk = p[k];
                        for (int d = 0; d < pk.length; d++) {
                            pk[d] += w * samples[d];
                        }
                    }
                }
            }
        }
        for (Indicator i : parts.keySet()) {
            List<LeverSaving> l = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                double[] pk = parts.get(i)[k];
                double saves = 0;
                for (double x : pk) {
                    saves += x > 0 ? 1 : x == 0 ? 0.5 : 0;
                }
                l.add(new LeverSaving(all.get(k), central.get(i)[k], Summary.of(pk, mc.percentiles()),
                        saves / pk.length));
            }
            levers.put(i, List.copyOf(l));
        }
    }

    private static double binomial(int n, int k) {
        double b = 1;
        for (int j = 1; j <= k; j++) {
            b = b * (n - k + j) / j;
        }
        return b;
    }

    /**
     * Assesses {@code inventory} (the baseline) and the scenario applied to it, both with uncertainty. Implementation
     * entry used by {@code Impact.using(..)}: users write
     * {@code Impact.using(catalog).uncertainty(mc).scenario(inventory, scenario)} ({@code dev.impact.Assessor}); public
     * only because the door lives in another package.
     *
     * @throws IllegalArgumentException as the engine does, or if a lever makes a value invalid
     */
    public static ScenarioResult of(Engine engine, Inventory inventory, AssessmentOptions options, MonteCarlo mc,
                                    Scenario scenario) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(mc, "mc");
        Objects.requireNonNull(scenario, "scenario");
        UncertainAssessment base = mc.run(engine, inventory, options);
        java.util.function.Function<List<WhatIf>, UncertainAssessment> run = levers -> {
            Scenario s = Scenario.of(scenario.name(), levers);
            return mc.run(Engine.of(s.apply(engine.catalog())), s.apply(base.assessment()), options);
        };
        return new ScenarioResult(scenario, base, run.apply(scenario.whatIfs()), mc, run);
    }

    /** The scenario. */
    public Scenario scenario() {
        return scenario;
    }

    /** The baseline, with its uncertainty. */
    public UncertainAssessment baseline() {
        return baseline;
    }

    /** The scenario's assessment, with its uncertainty. */
    public UncertainAssessment result() {
        return result;
    }

    /** The indicators both have data for. */
    public Set<Indicator> indicators() {
        return delta.keySet();
    }

    /** Central change, scenario − baseline, in the indicator's unit (NaN if not available in both). */
    public double change(Indicator indicator) {
        return result.assessment().total(indicator) - baseline.assessment().total(indicator);
    }

    /** Central relative change, scenario / baseline − 1 (−0.33 for a third less; NaN if not available). */
    public double relativeChange(Indicator indicator) {
        return result.assessment().total(indicator) / baseline.assessment().total(indicator) - 1;
    }

    /** Statistics of the change per draw, scenario − baseline. */
    public Optional<Summary> changeUncertainty(Indicator indicator) {
        return Optional.ofNullable(delta.get(indicator));
    }

    /** Statistics of the relative change per draw, scenario / baseline − 1. */
    public Optional<Summary> relativeChangeUncertainty(Indicator indicator) {
        return Optional.ofNullable(relative.get(indicator));
    }

    /**
     * The probability that the scenario is below the baseline, a draw where both are equal counting half (0.5: the
     * levers do not change this indicator; NaN if not available).
     */
    public double probabilityLower(Indicator indicator) {
        return lower.getOrDefault(indicator, Double.NaN);
    }

    /**
     * Each lever's part of the saving on {@code indicator}, in the scenario's order (see {@link LeverSaving}): their
     * savings add up to the scenario's (−{@link #change}), draw by draw. Empty for a scenario of more than
     * {@value #MAX_LEVERS_SPLIT} levers, or an indicator without data.
     */
    public List<LeverSaving> levers(Indicator indicator) {
        return levers.getOrDefault(Objects.requireNonNull(indicator, "indicator"), List.of());
    }

    /** One line per indicator: baseline, scenario, change and its interval, P(lower). */
    @Override
    public String toString() {
        Assessment b = baseline.assessment();
        Assessment s = result.assessment();
        double[] ps = baseline.settings().percentiles();
        double lo = ps[0];
        double hi = ps[ps.length - 1];
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s%n(%s accounting, %d draws)%n", scenario,
                b.options().accounting().name().toLowerCase(Locale.ROOT), baseline.settings().draws()));
        sb.append(String.format(Locale.ROOT, "%-38s %12s %12s %10s %22s %9s  %s%n", "indicator", "baseline",
                "scenario", "change", "p" + Numbers.format(lo) + " .. p" + Numbers.format(hi), "P(lower)", "unit"));
        for (Indicator i : indicators()) {
            Optional<Summary> r = relativeChangeUncertainty(i);
            String interval = r.map(x -> String.format(Locale.ROOT, "%+.1f %% .. %+.1f %%", 100 * x.percentile(lo),
                    100 * x.percentile(hi))).orElse("n/a");
            sb.append(String.format(Locale.ROOT, "%-38s %12s %12s %+9.1f%% %22s %9.3f  %s%n", i.label(),
                    Numbers.format(b.total(i)), Numbers.format(s.total(i)), 100 * relativeChange(i), interval,
                    probabilityLower(i), i.unit()));
        }
        List<LeverSaving> split = levers(Indicator.CLIMATE_CHANGE);
        if (!split.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nSaving per lever (climate change, kgCO2e; Shapley split, adds up"
                    + " to the total):%n%-48s %12s %26s %10s%n", "lever", "saving", "p" + Numbers.format(lo) + " .. p"
                    + Numbers.format(hi), "P(saving)"));
            for (LeverSaving l : split) {
                sb.append(String.format(Locale.ROOT, "%-48s %12s %12s .. %12s %10.3f%n", l.lever().describe(),
                        Numbers.format(l.saving()), Numbers.format(l.uncertainty().percentile(lo)),
                        Numbers.format(l.uncertainty().percentile(hi)), l.probabilitySaving()));
            }
        }
        return sb.toString();
    }
}
