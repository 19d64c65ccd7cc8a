package dev.impact.cli.inventory;

import dev.impact.inventory.InventoryLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A timing harness (not a test) for {@link LineCodec#decode} alone: loads the first N records of a simple CSV
 * (comma-separated, no quotes, as {@code dev.impact.benchmarks.StreamingHarness} and
 * {@code dev.impact.cli.bench.ServerMixGenerator} write them) into memory, then decodes them again and again
 * through a {@link LineCodec.Fields} that works as {@code CsvInventory}'s decoder does (values read in place, short
 * strings shared, plain numbers parsed from the chars), and prints ns per line for each round. Tokenizing is not
 * included.
 *
 * <pre>
 * java -cp impact-cli/target/test-classes:impact-cli/target/impact.jar \
 *     dev.impact.cli.inventory.DecodeBench /tmp/impact-2M.csv 200000 15
 * </pre>
 */
public final class DecodeBench {
    private DecodeBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Column[] byIndex;
        List<char[]> lines = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String[] header = r.readLine().split(",", -1);
            byIndex = new Column[header.length];
            for (int i = 0; i < header.length; i++) {
                byIndex[i] = Column.ofHeader(header[i]);
            }
            String l;
            while (lines.size() < n && (l = r.readLine()) != null) {
                lines.add(l.toCharArray());
            }
        }
        Set<Column> seen = EnumSet.noneOf(Column.class);
        for (Column c : byIndex) {
            if (c != null) {
                seen.add(c);
            }
        }
        List<Column> present = List.copyOf(seen);
        Fields f = new Fields();
        LineCodec codec = new LineCodec();
        long invalid = 0;
        long sink = 0;
        double best = Double.MAX_VALUE;
        double[] all = new double[rounds];
        com.sun.management.ThreadMXBean mx =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long bytes = 0;
        double[] cpu = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long a0 = mx.getThreadAllocatedBytes(tid);
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (char[] line : lines) {
                f.load(line, byIndex);
                InventoryLine d = codec.decode(f, present);
                if (d == null) {
                    invalid++;
                } else {
                    sink += d.label().length();
                }
            }
            double ns = (System.nanoTime() - t0) / (double) lines.size();
            bytes = mx.getThreadAllocatedBytes(tid) - a0;
            cpu[round] = (mx.getCurrentThreadCpuTime() - c0) / (double) lines.size();
            all[round] = ns;
            best = Math.min(best, ns);
        }
        double[] last = Arrays.copyOfRange(all, rounds / 2, rounds);
        Arrays.sort(last);
        double[] lastCpu = Arrays.copyOfRange(cpu, rounds / 2, rounds);
        Arrays.sort(lastCpu);
        System.out.printf(Locale.ROOT, "decode: %d lines × %d rounds; wall ns/line per round %s%n", lines.size(),
                rounds, Arrays.toString(Arrays.stream(all).mapToLong(Math::round).toArray()));
        System.out.printf(Locale.ROOT, "wall ns/line best %.0f, median of second half %.0f; thread CPU ns/line best"
                        + " %.0f, median of second half %.0f; %.0f bytes allocated per line (invalid %d, sink %d)%n",
                best, last[last.length / 2], Arrays.stream(cpu).min().orElse(0), lastCpu[lastCpu.length / 2],
                bytes / (double) lines.size(), invalid, sink);
    }

    /** The fields of one record, as CsvInventory's decoder serves them. */
    private static final class Fields implements LineCodec.Fields {
        private static final int CACHE = 1024;
        private final int[] from = new int[Column.count()];
        private final int[] to = new int[Column.count()];
        private final int[] set = new int[Column.count()];
        private final String[] text = new String[Column.count()];
        private final int[] made = new int[Column.count()];
        private final int[] parsed = new int[Column.count()];
        private final double[] number = new double[Column.count()];
        private final String[] cache = new String[CACHE];
        private final char[][] cacheChars = new char[CACHE][];
        private int now;
        private char[] chars;

        void load(char[] c, Column[] byIndex) {
            now++;
            chars = c;
            int i = 0;
            int s = 0;
            for (int p = 0; p <= c.length; p++) {
                if (p == c.length || c[p] == ',') {
                    Column col = i < byIndex.length ? byIndex[i] : null;
                    if (col != null) {
                        int k = col.ordinal();
                        from[k] = s;
                        to[k] = p;
                        set[k] = now;
                    }
                    i++;
                    s = p + 1;
                }
            }
        }

        @Override
        public boolean has(Column c) {
            int k = c.ordinal();
            return set[k] == now && from[k] < to[k];
        }

        @Override
        public String get(Column c) {
            int k = c.ordinal();
            if (set[k] != now || from[k] == to[k]) {
                return "";
            }
            if (made[k] != now) {
                text[k] = c == Column.LABEL ? new String(chars, from[k], to[k] - from[k]) : shared(from[k], to[k]);
                made[k] = now;
            }
            return text[k];
        }

        private String shared(int s, int e) {
            int h = 0;
            for (int i = s; i < e; i++) {
                h = 31 * h + chars[i];
            }
            int slot = (h ^ (h >>> 16)) & (CACHE - 1);
            char[] k = cacheChars[slot];
            if (k != null && Arrays.equals(k, 0, k.length, chars, s, e)) {
                return cache[slot];
            }
            String t = new String(chars, s, e - s);
            cache[slot] = t;
            cacheChars[slot] = Arrays.copyOfRange(chars, s, e);
            return t;
        }

        @Override
        public double plainNumber(Column c) {
            int k = c.ordinal();
            if (set[k] != now) {
                return Double.NaN;
            }
            if (parsed[k] != now) {
                number[k] = CsvInventory.Reader.plain(chars, from[k], to[k]);
                parsed[k] = now;
            }
            return number[k];
        }
    }
}
