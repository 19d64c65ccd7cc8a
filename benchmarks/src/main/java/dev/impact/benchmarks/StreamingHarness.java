package dev.impact.benchmarks;

import dev.impact.io.InventoryFiles;
import dev.impact.io.InventoryReader;
import dev.impact.io.ReadOptions;
import dev.impact.io.StreamingAssessor;
import dev.impact.io.StreamSummary;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factors.Factors;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * A timing harness for the streaming path of {@code impact assess --stream}, one run in a fresh JVM (what a user
 * sees, JIT warm-up included; {@link StreamingBenchmark} measures the warmed-up rate): generates a CSV of N lines
 * (default 10 000 000, into /tmp, never committed; kept between runs), reads and assesses it with
 * {@link StreamingAssessor}, and prints MB/s, lines/s, the CPU time per line and the peak heap used, then the rate
 * of each half of the file. Run it with a small heap to show memory is bounded:
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.impact.benchmarks.StreamingHarness \
 *     10000000 /tmp/impact-10M.csv
 * </pre>
 *
 * {@code -Dthreads=N} sets the number of worker threads; {@code -Dcurve=true} prints the rate every half second;
 * {@code -DparseOnly=true} only reads and decodes, on one thread.
 */
public final class StreamingHarness {
    private static final boolean CURVE = Boolean.getBoolean("curve");

    private StreamingHarness() {
    }

    public static void main(String[] args) throws IOException {
        long lines = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path file = Path.of(args.length > 1 ? args[1] : "/tmp/impact-" + lines + ".csv");
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            generate(file, lines);
            System.out.printf(Locale.ROOT, "generated %s: %d lines, %.0f MB in %.1f s%n", file, lines,
                    Files.size(file) / 1e6, (System.nanoTime() - t) / 1e9);
        }
        Engine engine = Engine.of(Factors.builtIn());
        AssessmentOptions options = AssessmentOptions.defaults().reportingYear(2024);
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        long[] secondHalf = null;
        StreamSummary s;
        if (Boolean.getBoolean("parseOnly")) {
            long n = 0;
            try (InventoryReader r = InventoryFiles.open(file, ReadOptions.defaults())) {
                while (r.next() != null) {
                    n++;
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "parse only: %d lines, %.0f MB/s%n", n, Files.size(file) / 1e6 / secs);
            return;
        }
        try (InventoryReader r = InventoryFiles.open(file, ReadOptions.defaults())) {
            long[] half = {0, 0}; // when the first half of the bytes was read, and the lines read then
            long curveStart = System.nanoTime();
            long[] curve = {curveStart, 0};
            s = StreamingAssessor.of(engine, options)
                    .threads(Integer.getInteger("threads", Runtime.getRuntime().availableProcessors()))
                    .progress((linesRead, bytesRead, size) -> {
                        long now = System.nanoTime();
                        if (CURVE && now - curve[0] >= 500_000_000L) { // -Dcurve=true: MB/s per half second
                            System.out.printf(Locale.ROOT, "  %5.1f s: %4.0f MB/s%n", (now - curveStart) / 1e9,
                                    (bytesRead - curve[1]) / 1e6 / ((now - curve[0]) / 1e9));
                            curve[0] = now;
                            curve[1] = bytesRead;
                        }
                        if (half[0] == 0 && bytesRead >= size / 2) {
                            half[0] = System.nanoTime();
                            half[1] = bytesRead;
                        }
                    })
                    .run(r).summary();
            secondHalf = half;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        double mb = Files.size(file) / 1e6;
        System.out.printf(Locale.ROOT, "%d lines (%d assessed, %d invalid), %.0f MB in %.1f s: %.0f MB/s, %.0f lines/s;"
                        + " CPU %.1f s (%.0f ns per line, all threads incl. GC and JIT); peak heap %.0f MB of max %.0f MB;"
                        + " total %.0f kgCO2e%n", s.linesRead(), s.linesAssessed(),
                s.linesInvalid(), mb, secs, mb / secs, s.linesRead() / secs, cpu, cpu * 1e9 / s.linesRead(), peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6,
                s.total().total(dev.impact.measure.Indicator.CLIMATE_CHANGE));
        long end = System.nanoTime();
        System.out.printf(Locale.ROOT, "first half of the file %.1f s (%.0f MB/s), second half %.1f s (%.0f MB/s)%n",
                (secondHalf[0] - t0) / 1e9, secondHalf[1] / 1e6 / ((secondHalf[0] - t0) / 1e9),
                (end - secondHalf[0]) / 1e9, (Files.size(file) - secondHalf[1]) / 1e6 / ((end - secondHalf[0]) / 1e9));
    }

    /** CPU time used by this process so far (all threads), in ns. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** A realistic mix: devices of 10 categories with varied options, servers, traffic and storage lines. */
    public static void generate(Path file, long lines) throws IOException {
        String[] cats = {"laptop", "monitor", "desktop-pro", "smartphone", "tablet", "printer-mfp", "ip-phone",
                "monitor-large", "thin-client", "wifi-access-point"};
        Random r = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("kind,label,category,quantity,zone,lifetime_years,purchase_year,condition,cpu_units,cpu_cores,"
                    + "ram_units,ram_gb,load,network_kind\n");
            StringBuilder sb = new StringBuilder(128);
            for (long i = 0; i < lines; i++) {
                sb.setLength(0);
                int k = r.nextInt(1000);
                if (k < 980) {
                    String c = cats[r.nextInt(cats.length)];
                    sb.append("device,site ").append(i % 5000).append(' ').append(c).append(',').append(c).append(',')
                            .append(1 + r.nextInt(40)).append(',').append(k % 7 == 0 ? "DE" : "FR").append(',')
                            .append(k % 3 == 0 ? Integer.toString(3 + r.nextInt(6)) : "").append(',')
                            .append(2016 + r.nextInt(9)).append(',')
                            .append(k % 11 == 0 && (c.equals("laptop") || c.equals("smartphone")) ? "refurbished" : "")
                            .append(",,,,,,");
                } else if (k < 990) {
                    sb.append("server,rack ").append(i % 300).append(",,").append(1 + r.nextInt(8)).append(",FR,6,")
                            .append(2017 + r.nextInt(8)).append(",,2,").append(8 << r.nextInt(3)).append(',')
                            .append(8 + 4 * r.nextInt(3)).append(",32,0.").append(1 + r.nextInt(6)).append(',');
                } else {
                    sb.append("network,traffic ").append(i % 5000).append(",,").append(100 + r.nextInt(50_000))
                            .append(",FR,,,,,,,,,").append(r.nextBoolean() ? "fixed" : "mobile");
                }
                w.write(sb.append('\n').toString());
            }
        }
    }
}
