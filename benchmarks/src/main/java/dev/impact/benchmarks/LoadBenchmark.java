package dev.impact.benchmarks;

import dev.impact.factors.Catalog;
import dev.impact.factors.Factors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Loading and validating the whole bundled dataset (checksums, parsing, validation, indexing). */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class LoadBenchmark {
    /** First load in a fresh JVM: what a CLI run or an application start pays. */
    @Benchmark
    public Catalog coldLoad() {
        return Factors.load("2026.3");
    }
}
