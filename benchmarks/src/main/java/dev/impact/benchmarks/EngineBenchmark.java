package dev.impact.benchmarks;

import dev.impact.engine.Accounting;
import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factors.Factors;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.ServerFleet;
import dev.impact.engine.AppliedDefault;
import dev.impact.measure.Footprint;
import java.util.HashMap;
import java.util.Map;
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
 * Assessing a generated inventory of device fleets (95 %) and component-described servers (5 %) against the
 * bundled catalog. Lines vary in category, zone, lifetime and count; servers come in 50 configurations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
    @Param({"100000"})
    int lines;

    @Param({"YEARLY", "LIFECYCLE"})
    Accounting accounting;

    Engine engine;
    Inventory inventory;
    AssessmentOptions options;
    /** The lines, and the category accumulator of each (as the CLI's streaming path keeps one per category). */
    InventoryLine[] lineArray;
    Engine.Sum[] categoryOf;
    Engine.Sum[] categories;

    @Setup
    public void setUp() {
        engine = Engine.of(Factors.builtIn());
        options = AssessmentOptions.defaults().reportingYear(2024).accounting(accounting);
        inventory = generate(lines, 42);
        lineArray = inventory.lines().toArray(new InventoryLine[0]);
        Map<String, Engine.Sum> byCategory = new HashMap<>();
        categoryOf = new Engine.Sum[lineArray.length];
        for (int i = 0; i < lineArray.length; i++) {
            categoryOf[i] = byCategory.computeIfAbsent(lineArray[i].category(), k -> new Engine.Sum());
        }
        categories = byCategory.values().toArray(new Engine.Sum[0]);
    }

    /** A reproducible inventory of {@code n} lines. */
    static Inventory generate(int n, long seed) {
        String[] categories = {"laptop", "desktop-pro", "monitor", "smartphone", "tablet", "printer-laser",
            "internet-box", "wifi-access-point", "ip-phone", "thin-client"};
        String[] zones = {"FR", "FR", "FR", "DE", "BE", "ES", "IT"};
        SplittableRandom r = new SplittableRandom(seed);
        List<InventoryLine> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(20) == 0) {
                int config = r.nextInt(50);
                out.add(ServerFleet.of(1 + r.nextInt(10)).label("server " + i).cpu(1 + config % 2, 8 + config % 25)
                        .ram(4 + config % 13, 32).load((config % 10) / 10.0).zone(zones[config % zones.length]));
            } else {
                DeviceFleet d = DeviceFleet.of(categories[r.nextInt(categories.length)], 1 + r.nextInt(200))
                        .label("line " + i).zone(zones[r.nextInt(zones.length)]);
                if (r.nextBoolean()) {
                    d = d.lifetimeYears(2 + r.nextInt(7));
                }
                out.add(d);
            }
        }
        return Inventory.of("generated", out);
    }

    @Benchmark
    public Assessment assess() {
        return engine.assess(inventory, options);
    }

    /**
     * The streaming path: a session per run, each line's footprint added into the total and its category's sum
     * (no footprint built per line), its defaults looked at as the streaming assessor does.
     */
    @Benchmark
    public Footprint sessionAdd() {
        Engine.Session s = engine.session(options);
        Engine.Sum total = new Engine.Sum();
        for (Engine.Sum c : categories) {
            c.reset();
        }
        List<AppliedDefault> last = null;
        int distinct = 0;
        for (int i = 0; i < lineArray.length; i++) {
            List<AppliedDefault> d = s.add(lineArray[i], total, categoryOf[i]).defaults();
            if (d != last) {
                distinct++;
                last = d;
            }
        }
        return distinct < 0 ? null : total.toFootprint();
    }
}
