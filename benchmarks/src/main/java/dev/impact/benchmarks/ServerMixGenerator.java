package dev.impact.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a CSV inventory (never committed; e.g. into /tmp) heavy in the kinds that
 * {@code dev.impact.benchmarks.StreamingHarness}'s file barely has: 40 % servers with most component columns, 20 %
 * devices with power and hours, and 10 % each of network, storage, cloud and AI lines, to time the decoding of those
 * kinds: the harness reads an existing file as it is ({@code -DparseOnly=true} for reading and decoding alone).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar \
 *     dev.impact.benchmarks.ServerMixGenerator 500000 /tmp/impact-mix-500k.csv
 * java -Xmx256m -DparseOnly=true -cp benchmarks/target/benchmarks.jar \
 *     dev.impact.benchmarks.StreamingHarness 500000 /tmp/impact-mix-500k.csv
 * </pre>
 */
public final class ServerMixGenerator {
    private ServerMixGenerator() {
    }

    public static void main(String[] args) throws IOException {
        long lines = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        String[] header = {"kind", "label", "category", "quantity", "zone", "lifetime_years", "purchase_year",
            "cpu_units", "cpu_cores", "cpu_die_per_core_mm2", "cpu_tdp_watts", "load", "ram_units", "ram_gb",
            "ssd_units", "ssd_gb", "hdd_units", "psu_units", "psu_mass_kg", "case_type", "pue", "power_watts",
            "hours_per_day", "network_kind", "network_model", "green_hosting", "medium", "replication", "provider",
            "utilisation", "memory_gb_hours", "ai_size"};
        Random r = new Random(7);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", header));
            w.write('\n');
            String[] v = new String[header.length];
            for (long i = 0; i < lines; i++) {
                java.util.Arrays.fill(v, "");
                int k = r.nextInt(10);
                v[4] = r.nextInt(5) == 0 ? "DE" : "FR";
                if (k < 4) {
                    v[0] = "server";
                    v[1] = "rack " + (i % 300);
                    v[3] = Integer.toString(1 + r.nextInt(8));
                    v[5] = "6";
                    v[6] = Integer.toString(2017 + r.nextInt(8));
                    v[7] = "2";
                    v[8] = Integer.toString(8 << r.nextInt(3));
                    v[9] = r.nextBoolean() ? "24.5" : "";
                    v[10] = r.nextBoolean() ? "150" : "";
                    v[11] = "0." + (1 + r.nextInt(6));
                    v[12] = Integer.toString(8 + 4 * r.nextInt(3));
                    v[13] = "32";
                    v[14] = Integer.toString(r.nextInt(3));
                    v[15] = "960";
                    v[16] = r.nextBoolean() ? "0" : "";
                    v[17] = "2";
                    v[18] = "2.99";
                    v[19] = r.nextBoolean() ? "rack" : "blade";
                    v[20] = r.nextBoolean() ? "1.4" : "";
                } else if (k < 6) {
                    v[0] = "device";
                    v[1] = "site " + (i % 5000);
                    v[2] = r.nextBoolean() ? "laptop" : "monitor";
                    v[3] = Integer.toString(1 + r.nextInt(40));
                    v[6] = Integer.toString(2016 + r.nextInt(9));
                    v[21] = Integer.toString(20 + r.nextInt(30));
                    v[22] = Integer.toString(4 + r.nextInt(8));
                } else if (k == 6) {
                    v[0] = "network";
                    v[1] = "traffic " + (i % 5000);
                    v[3] = Integer.toString(100 + r.nextInt(50_000));
                    v[23] = r.nextBoolean() ? "fixed" : "mobile";
                    if (r.nextBoolean()) {
                        v[24] = "swd_v4";
                        v[25] = "0.5";
                    }
                } else if (k == 7) {
                    v[0] = "storage";
                    v[1] = "backups " + (i % 100);
                    v[3] = Integer.toString(1 + r.nextInt(100));
                    v[26] = r.nextBoolean() ? "hdd" : "ssd";
                    v[27] = "3";
                    v[20] = "1.3";
                } else if (k == 8) {
                    v[0] = "cloud";
                    v[1] = "vms " + (i % 100);
                    v[3] = Integer.toString(100 + r.nextInt(10_000));
                    v[28] = r.nextBoolean() ? "aws" : "gcp";
                    v[29] = "0.35";
                    v[30] = "3500";
                } else {
                    v[0] = "ai";
                    v[1] = "chat " + (i % 100);
                    v[3] = Integer.toString(1000 + r.nextInt(100_000));
                    v[31] = r.nextBoolean() ? "small" : "large";
                    v[20] = "1.2";
                }
                w.write(String.join(",", v));
                w.write('\n');
            }
        }
    }
}
