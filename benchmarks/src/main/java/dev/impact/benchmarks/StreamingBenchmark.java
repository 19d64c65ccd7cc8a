package dev.impact.benchmarks;

import dev.impact.io.InventoryFiles;
import dev.impact.io.InventoryReader;
import dev.impact.io.ReadOptions;
import dev.impact.io.StreamingAssessor;
import dev.impact.io.StreamSummary;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factors.Factors;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The streaming path of {@code impact assess --stream} once the JIT has warmed up: each operation reads and
 * assesses the whole generated CSV ({@link StreamingHarness#generate}, 98 % devices, 1 % servers, 1 % network;
 * written to {@code /tmp/impact-<lines>.csv} if missing, kept) with a 256 MB heap. MB/s = file size / time per
 * operation. {@link StreamingHarness} measures a single run in a fresh JVM instead.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@State(Scope.Benchmark)
public class StreamingBenchmark {
    @Param("10000000")
    public long lines;

    private Path file;
    private Engine engine;
    private AssessmentOptions options;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Path.of(System.getProperty("java.io.tmpdir"), "impact-" + lines + ".csv");
        if (!Files.exists(file)) {
            StreamingHarness.generate(file, lines);
        }
        System.out.printf("%n%s: %d bytes%n", file, Files.size(file));
        engine = Engine.of(Factors.builtIn());
        options = AssessmentOptions.defaults().reportingYear(2024);
    }

    @Setup(Level.Iteration)
    public void resetPeak() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    /** Prints the peak heap used during the iteration (the sum of the heap pools' peaks, an upper bound). */
    @TearDown(Level.Iteration)
    public void printPeak() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf(" [peak heap %.0f MB of max %.0f MB] ", peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }

    /** One whole file, read and assessed on all processors. */
    @Benchmark
    public StreamSummary stream() throws IOException {
        try (InventoryReader r = InventoryFiles.open(file, ReadOptions.defaults())) {
            StreamSummary s = StreamingAssessor.of(engine, options).run(r).summary();
            if (s.linesAssessed() != lines) {
                throw new IllegalStateException("assessed " + s.linesAssessed() + " of " + lines + " lines");
            }
            return s;
        }
    }
}
