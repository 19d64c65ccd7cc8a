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

    private ScenarioResult(Scenario scenario, UncertainAssessment baseline, UncertainAssessment result,
                           MonteCarlo mc) {
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
        Inventory changed = scenario.apply(base.assessment());
        Engine e = Engine.of(scenario.apply(engine.catalog()));
        return new ScenarioResult(scenario, base, mc.run(e, changed, options), mc);
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
        return sb.toString();
    }
}
