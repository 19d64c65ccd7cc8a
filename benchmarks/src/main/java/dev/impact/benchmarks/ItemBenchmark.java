package dev.impact.benchmarks;

import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Batch;
import dev.impact.engine.Engine;
import dev.impact.engine.LineResult;
import dev.impact.factors.Factors;
import dev.impact.inventory.Activity;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.StorageMedium;
import dev.impact.inventory.StorageModel;
import dev.impact.measure.Indicator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One activity item of the peers' work (see {@code benchmarks/peers/}): the per-line API on one pre-built line
 * ({@link Engine.Session#add} into two sums; {@link Engine.Session#assess} building its result) and the batch API
 * over 1 000 amounts (time per item). {@code -prof gc} gives the bytes allocated per line.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ItemBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ItemBenchmark {
    @Param({"swd-v4", "onebyte", "cloud-compute", "ssd-storage"})
    String work;

    Engine.Session session;
    Activity line;
    Engine.Sum total;
    Engine.Sum kind;
    Batch batch;
    double[] amounts = new double[1000];
    double[] out = new double[1000];

    @Setup
    public void setUp() {
        session = Engine.of(Factors.builtIn()).session(AssessmentOptions.defaults().reportingYear(2024));
        line = line(work, 1.25);
        total = new Engine.Sum();
        kind = new Engine.Sum();
        batch = session.batch(line);
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = 1 + i * 1e-3;
        }
    }

    static Activity line(String work, double amount) {
        switch (work) {
            case "swd-v4":
                return NetworkTransfer.ofGb(amount).model(NetworkModel.SWD_V4).modelGridIntensity();
            case "onebyte":
                return NetworkTransfer.ofGb(amount).model(NetworkModel.ONEBYTE).modelGridIntensity();
            case "cloud-compute":
                return CloudCompute.of("aws", amount).utilisation(0.5).pue(1.135).zone("FR");
            case "ssd-storage":
                return DataStorage.ofTbYears(amount).medium(StorageMedium.SSD).model(StorageModel.HARDWARE)
                        .pue(1.135).zone("FR");
            default:
                throw new IllegalArgumentException(work);
        }
    }

    @Benchmark
    public Engine.LineOutcome add() {
        return session.add(line, total, kind);
    }

    @Benchmark
    public LineResult assess() {
        return session.assess(line);
    }

    @Benchmark
    @OperationsPerInvocation(1000)
    public double[] batchTotals() {
        return batch.totals(amounts, Indicator.CLIMATE_CHANGE, out);
    }

    @Benchmark
    @OperationsPerInvocation(1000)
    public Engine.Sum batchAddAll() {
        return batch.addAll(amounts, total);
    }
}
