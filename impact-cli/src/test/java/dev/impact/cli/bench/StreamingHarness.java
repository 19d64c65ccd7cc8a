package dev.impact.cli.bench;

import dev.impact.cli.inventory.InventoryFiles;
import dev.impact.cli.inventory.InventoryReader;
import dev.impact.cli.inventory.ReadOptions;
import dev.impact.cli.streaming.StreamingAssessor;
import dev.impact.cli.streaming.Summary;
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
 * A timing harness (not JMH: one long streaming run is what is measured) for the streaming path of
 * {@code impact assess --stream}: generates a CSV of N lines (default 10 000 000, into /tmp, never committed; kept
 * between runs), then reads and assesses it with {@link StreamingAssessor} in chunks of 10 000 lines, and prints
 * MB/s, lines/s and the peak heap used. Run it with a small heap to show memory is bounded:
 *
 * <pre>
 * java -Xmx256m -cp impact-cli/target/test-classes:impact-cli/target/impact.jar \
 *     dev.impact.cli.bench.StreamingHarness 10000000 /tmp/impact-10M.csv
 * </pre>
 */
public final class StreamingHarness {
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
        Summary s;
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
            s = StreamingAssessor.of(engine, options).run(r).summary();
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
    }

    /** CPU time used by this process so far (all threads), in ns. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** A realistic mix: devices of 10 categories with varied options, servers, traffic and storage lines. */
    static void generate(Path file, long lines) throws IOException {
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
