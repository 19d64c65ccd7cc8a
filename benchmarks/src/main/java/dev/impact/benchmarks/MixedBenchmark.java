package dev.impact.benchmarks;

import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factors.Factors;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.measure.Footprint;
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
 * The issue-14 inventory: 95 % device fleets over 8 categories and 7 zones, 5 % Sustainable Web Design network lines,
 * assessed with per-line results kept ({@link Engine#assess}: an {@link Assessment} holding every line's result) and
 * without ({@link Engine.Session#add} into a total and the line's category sum). One thread (one processor's work).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MixedBenchmark -p lines=1000000
 * java -jar benchmarks/target/benchmarks.jar MixedBenchmark -prof gc      # bytes allocated per operation
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class MixedBenchmark {
    @Param({"1000", "100000", "1000000"})
    int lines;

    Engine engine;
    AssessmentOptions options;
    Inventory inventory;
    InventoryLine[] lineArray;
    Engine.Sum[] categoryOf;
    Engine.Sum[] categories;

    @Setup
    public void setUp() {
        engine = Engine.of(Factors.builtIn());
        options = AssessmentOptions.defaults().reportingYear(2024);
        inventory = generate(lines, 14);
        lineArray = inventory.lines().toArray(new InventoryLine[0]);
        java.util.Map<String, Engine.Sum> byCategory = new java.util.HashMap<>();
        categoryOf = new Engine.Sum[lineArray.length];
        for (int i = 0; i < lineArray.length; i++) {
            categoryOf[i] = byCategory.computeIfAbsent(lineArray[i].category(), k -> new Engine.Sum());
        }
        categories = byCategory.values().toArray(new Engine.Sum[0]);
    }

    /** A reproducible mixed inventory of {@code n} lines (seeded). */
    static Inventory generate(int n, long seed) {
        String[] categories = {"laptop", "desktop-pro", "monitor", "smartphone", "tablet", "printer-laser",
            "wifi-access-point", "ip-phone"};
        String[] zones = {"FR", "DE", "BE", "ES", "IT", "NL", "PL"};
        SplittableRandom r = new SplittableRandom(seed);
        List<InventoryLine> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(20) == 0) {
                out.add(NetworkTransfer.ofGb(1 + r.nextInt(10_000)).model(NetworkModel.SWD_V4)
                        .zone(zones[r.nextInt(zones.length)]).label("traffic " + i));
            } else {
                DeviceFleet d = DeviceFleet.of(categories[r.nextInt(categories.length)], 1 + r.nextInt(200))
                        .label("line " + i).zone(zones[r.nextInt(zones.length)]);
                if (r.nextBoolean()) {
                    d = d.lifetimeYears(2 + r.nextInt(7));
                }
                out.add(d);
            }
        }
        return Inventory.of("mixed", out);
    }

    /** Every line's result kept (the {@link Assessment}). */
    @Benchmark
    public Assessment assess() {
        return engine.assess(inventory, options);
    }

    /** No per-line result: each line added into the total and its category's sum. */
    @Benchmark
    public Footprint sessionAdd() {
        Engine.Session s = engine.session(options);
        Engine.Sum total = new Engine.Sum();
        for (Engine.Sum c : categories) {
            c.reset();
        }
        for (int i = 0; i < lineArray.length; i++) {
            s.add(lineArray[i], total, categoryOf[i]);
        }
        return total.toFootprint();
    }
}
