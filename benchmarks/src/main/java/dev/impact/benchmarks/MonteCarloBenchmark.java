package dev.impact.benchmarks;

import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.Factor;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.Parameter;
import dev.impact.factor.Provenance;
import dev.impact.factor.ReferenceUnit;
import dev.impact.factor.SimpleFactorCatalog;
import dev.impact.factor.Source;
import dev.impact.factor.Uncertainty;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import dev.impact.uncertainty.Driver;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.Summary;
import dev.impact.uncertainty.UncertainAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monte Carlo propagation over a generated inventory of device fleets in a synthetic catalog of 40 device categories
 * and 10 grid zones: 50 distinct uncertain factors (lognormal, triangular, uniform and truncated-normal spreads),
 * exact parameters. {@link #assessOnly} is the deterministic baseline; {@link #totals} the propagation to totals
 * (assessment with trace + draws + evaluation + summaries); {@link #totalsAndLines} adds the statistics of every
 * line; {@link #totalsAndSensitivity} adds the ranking of the drivers of climate change.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonteCarloBenchmark {
    @Param({"1000"})
    int lines;

    @Param({"10000"})
    int draws;

    @Param({"1"})
    int threads;

    Engine engine;
    Inventory inventory;
    AssessmentOptions options;
    MonteCarlo monteCarlo;

    @Setup
    public void setUp() {
        engine = Engine.of(catalog(40, 10));
        options = AssessmentOptions.defaults().reportingYear(2024);
        inventory = generate(lines, 40, 10, 42);
        monteCarlo = MonteCarlo.builder().draws(draws).seed(42).threads(threads).build();
        int variables = monteCarlo.run(engine, inventory, options).variables().size();
        if (variables != 50) {
            throw new IllegalStateException("expected 50 uncertain factors, got " + variables);
        }
    }

    static FactorCatalog catalog(int categories, int zones) {
        Source s = new Source("bench", "synthetic", "bench", 2024, "none", "none");
        Provenance p = new Provenance(s, "WORLD", 2024, true, "synthetic");
        Uncertainty[] spreads = {Uncertainty.lognormal(1.3), Uncertainty.triangular(0.7, 1.5),
            Uncertainty.uniform(0.8, 1.2), Uncertainty.normal(0.15)};
        SimpleFactorCatalog.Builder b = FactorCatalog.builder().name("bench").version("1");
        for (int c = 0; c < categories; c++) {
            Footprint f = Footprint.builder().set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 50 + 10 * c)
                    .set(Phase.DISTRIBUTION, Indicator.CLIMATE_CHANGE, 5 + c)
                    .set(Phase.END_OF_LIFE, Indicator.CLIMATE_CHANGE, 1 + 0.1 * c)
                    .set(Phase.MANUFACTURE, Indicator.ABIOTIC_DEPLETION, 1e-3 * (1 + c))
                    .set(Phase.MANUFACTURE, Indicator.FOSSIL_RESOURCE_USE, 500 + 50 * c).build();
            b.add(new Factor("device.cat" + c + ".bench", "device.cat" + c, "cat" + c, ReferenceUnit.UNIT, f, p,
                    spreads[c % spreads.length]));
            b.add(new Parameter("device.cat" + c + ".lifetime", 3 + c % 5, "year", p, Uncertainty.exact()));
            b.add(new Parameter("device.cat" + c + ".energy", 20 + c, "kWh/year", p, Uncertainty.exact()));
            b.add(new Parameter("device.cat" + c + ".mass", 1 + 0.1 * c, "kg", p, Uncertainty.exact()));
        }
        for (int z = 0; z < zones; z++) {
            Footprint f = Footprint.builder().set(Phase.USE, Indicator.CLIMATE_CHANGE, 0.05 + 0.05 * z)
                    .set(Phase.USE, Indicator.FOSSIL_RESOURCE_USE, 9 + z).build();
            b.add(new Factor("electricity.z" + z + ".bench", "electricity.Z" + z, "zone " + z, ReferenceUnit.KWH, f,
                    p, spreads[z % spreads.length]));
        }
        return b.build();
    }

    static Inventory generate(int n, int categories, int zones, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<InventoryLine> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // every category and zone appears at least once
            int c = i < categories ? i : r.nextInt(categories);
            int z = i < zones ? i : r.nextInt(zones);
            DeviceFleet d = DeviceFleet.of("cat" + c, 1 + r.nextInt(200)).label("line " + i).zone("Z" + z);
            if (r.nextBoolean()) {
                d = d.lifetimeYears(2 + r.nextInt(7));
            }
            out.add(d);
        }
        return Inventory.of("generated", out);
    }

    /** Baseline: the deterministic assessment alone. */
    @Benchmark
    public Assessment assessOnly() {
        return engine.assess(inventory, options);
    }

    /** Propagation to the totals of every indicator. */
    @Benchmark
    public UncertainAssessment totals() {
        return monteCarlo.run(engine, inventory, options);
    }

    /** Propagation, then statistics of every line's climate change. */
    @Benchmark
    public Summary totalsAndLines() {
        UncertainAssessment u = monteCarlo.run(engine, inventory, options);
        Summary last = null;
        for (int i = 0; i < lines; i++) {
            last = u.line(i, Indicator.CLIMATE_CHANGE).orElseThrow();
        }
        return last;
    }

    /** Propagation, then the drivers of climate change (rank correlations and tornado swings). */
    @Benchmark
    public List<Driver> totalsAndSensitivity() {
        return monteCarlo.run(engine, inventory, options).sensitivity(Indicator.CLIMATE_CHANGE);
    }
}
