package dev.impact.benchmarks;

import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Batch;
import dev.impact.engine.Engine;
import dev.impact.factors.Factors;
import dev.impact.inventory.Activity;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.StorageMedium;
import dev.impact.inventory.StorageModel;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * impact's side of {@code benchmarks/peers/run.sh}: the same per-item work as the JavaScript peers' calls timed by
 * {@code peers.cjs}, through the per-line API ({@link Engine.Session#add}, and {@link Engine.Session#assess} which
 * builds each line's result) and the batch API ({@link Batch}), timed the same way (each call on its own amount,
 * results summed, {@code calls} calls per round after warm-up, median of the rounds in ns per call); then, given the
 * peers' output, prints each pair and its ratio (peer ns ÷ impact ns: above 1, impact is faster).
 *
 * <pre>
 * java -cp benchmarks.jar dev.impact.benchmarks.PeerHarness grid                     # FR grid, kgCO2e/kWh
 * java -cp benchmarks.jar dev.impact.benchmarks.PeerHarness CALLS ROUNDS PEERS.jsonl # the table
 * </pre>
 *
 * The check columns give each side's result for one reference input (1 GB; 1 000 vCPU-hours; one TB-year), kg CO2e;
 * for the cloud rows impact's use phase (CCF's estimators are operational only; impact adds embodied).
 * The grid of the cloud rows is impact's for zone FR, given to CCF for its region, so both compute the same thing.
 */
public final class PeerHarness {
    private PeerHarness() {
    }

    /** One row: the work, its template line (amount 1 of the kind's unit) and how a peer's call amount maps to it. */
    private record Work(String name, DoubleFunction<Activity> line, Activity template, double checkAmount) {
    }

    private static final Engine ENGINE = Engine.of(Factors.builtIn());
    private static final AssessmentOptions OPTIONS = AssessmentOptions.defaults().reportingYear(2024);

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("grid")) {
            // the use-phase climate factor of zone FR, as one kWh through a cloud line with PUE 1, 1 W per vCPU
            System.out.println(frGridKgPerKWh());
            return;
        }
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Map<String, double[]> peers = args.length > 2 ? readPeers(Path.of(args[2])) : Map.of();
        Map<String, String> peerNames = args.length > 2 ? readPeerNames(Path.of(args[2])) : Map.of();

        List<Work> works = List.of(
                // co2.js perByte(bytes): impact's amount is GB (bytes / 1e9, as NetworkTransfer.ofBytes)
                new Work("swd-v4", gb -> NetworkTransfer.ofGb(gb).model(NetworkModel.SWD_V4).modelGridIntensity(),
                        NetworkTransfer.ofGb(1).model(NetworkModel.SWD_V4).modelGridIntensity(), 1),
                new Work("onebyte", gb -> NetworkTransfer.ofGb(gb).model(NetworkModel.ONEBYTE).modelGridIntensity(),
                        NetworkTransfer.ofGb(1).model(NetworkModel.ONEBYTE).modelGridIntensity(), 1),
                new Work("ccf-compute",
                        h -> CloudCompute.of("aws", h).utilisation(0.5).pue(1.135).zone("FR"),
                        CloudCompute.of("aws", 1).utilisation(0.5).pue(1.135).zone("FR"), 1000),
                new Work("ccf-storage",
                        tb -> DataStorage.ofTbYears(tb).medium(StorageMedium.SSD).model(StorageModel.HARDWARE)
                                .pue(1.135).zone("FR"),
                        DataStorage.ofTbYears(1).medium(StorageMedium.SSD).model(StorageModel.HARDWARE).pue(1.135)
                                .zone("FR"), 1));
        // the peers' per-call amounts: bytes 1e6 + i (GB: (1e6 + i) / 1e9), vCPU-hours 1 + i·1e-6, TB-hours 1 + i·1e-6
        Map<String, DoubleFunction<Double>> amountOf = Map.of(
                "swd-v4", i -> (1e6 + i) / 1e9, "onebyte", i -> (1e6 + i) / 1e9,
                "ccf-compute", i -> 1 + i * 1e-6, "ccf-storage", i -> (1 + i * 1e-6) / 8760);

        System.out.printf(Locale.ROOT, "impact per-item timings: %d calls per round, median of %d rounds, ns per call;"
                + " ratio = peer ns / impact ns (above 1: impact faster)%n", calls, rounds);
        System.out.printf(Locale.ROOT, "%-12s %-60s %9s | %-24s %9s %7s | %-9s %-9s%n", "work", "peer call", "peer ns",
                "impact call", "ns", "ratio", "check", "peer");
        for (Work w : works) {
            double[] amounts = new double[calls];
            Activity[] lines = new Activity[calls];
            for (int i = 0; i < calls; i++) {
                amounts[i] = amountOf.get(w.name).apply(i);
                lines[i] = w.line.apply(amounts[i]);
            }
            double[] peer = peers.get(w.name);
            String peerName = peerNames.getOrDefault(w.name, "(peer not run)");
            double peerNs = peer == null ? Double.NaN : peer[0];
            double check = check(w);
            Map<String, Double> impact = new LinkedHashMap<>();
            impact.put("Session.add (per line)", timeAdd(lines, calls, rounds));
            impact.put("Session.assess (result)", timeAssess(lines, calls, rounds));
            impact.put("Batch.totals (per item)", timeBatchTotals(w.template, amounts, rounds));
            impact.put("Batch.addAll (into a sum)", timeBatchAdd(w.template, amounts, rounds));
            boolean first = true;
            for (Map.Entry<String, Double> e : impact.entrySet()) {
                System.out.printf(Locale.ROOT, "%-12s %-60s %9s | %-24s %9.1f %7s | %-9s %-9s%n",
                        first ? w.name : "", first ? peerName : "", first ? fmt(peerNs) : "", e.getKey(), e.getValue(),
                        Double.isNaN(peerNs) ? "" : String.format(Locale.ROOT, "%.1f×", peerNs / e.getValue()),
                        first ? String.format(Locale.ROOT, "%.6g", check) : "",
                        first && peer != null ? String.format(Locale.ROOT, "%.6g", peer[1]) : "");
                first = false;
            }
        }
    }

    /** impact's climate change for the work's reference amount, kg (cloud rows: the use phase, as CCF's estimators). */
    private static double check(Work w) {
        Engine.Session s = ENGINE.session(OPTIONS);
        Batch b = s.batch(w.template);
        double[] out = new double[1];
        if (w.name.startsWith("ccf-")) {
            return b.values(new double[] {w.checkAmount}, Phase.USE, Indicator.CLIMATE_CHANGE, out)[0];
        }
        return b.totals(new double[] {w.checkAmount}, Indicator.CLIMATE_CHANGE, out)[0];
    }

    private static double frGridKgPerKWh() {
        // the factor a line in zone FR takes for the reporting year (the catalog's time-valid lookup)
        return ENGINE.catalog().resolve("electricity.FR", OPTIONS.reportingYear()).orElseThrow().values()
                .value(Phase.USE, Indicator.CLIMATE_CHANGE);
    }

    private static double timeAdd(Activity[] lines, int calls, int rounds) {
        return median(rounds, calls, () -> {
            Engine.Session s = ENGINE.session(OPTIONS);
            Engine.Sum total = new Engine.Sum();
            Engine.Sum kind = new Engine.Sum();
            for (Activity l : lines) {
                s.add(l, total, kind);
            }
            return total.toFootprint().total(Indicator.CLIMATE_CHANGE);
        });
    }

    private static double timeAssess(Activity[] lines, int calls, int rounds) {
        return median(rounds, calls, () -> {
            Engine.Session s = ENGINE.session(OPTIONS);
            double sum = 0;
            for (Activity l : lines) {
                sum += s.assess(l).footprint().total(Indicator.CLIMATE_CHANGE);
            }
            return sum;
        });
    }

    private static double timeBatchTotals(Activity template, double[] amounts, int rounds) {
        double[] out = new double[amounts.length];
        return median(rounds, amounts.length, () -> {
            Batch b = ENGINE.session(OPTIONS).batch(template);
            b.totals(amounts, Indicator.CLIMATE_CHANGE, out);
            return out[out.length - 1];
        });
    }

    private static double timeBatchAdd(Activity template, double[] amounts, int rounds) {
        return median(rounds, amounts.length, () -> {
            Batch b = ENGINE.session(OPTIONS).batch(template);
            return b.addAll(amounts, new Engine.Sum()).toFootprint().total(Indicator.CLIMATE_CHANGE);
        });
    }

    private interface Run {
        double run();
    }

    private static double sink;

    /** Median ns per call over {@code rounds} rounds, after three warm-up rounds. */
    private static double median(int rounds, int calls, Run r) {
        for (int i = 0; i < 3; i++) {
            sink += r.run();
        }
        double[] ns = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            sink += r.run();
            ns[i] = (System.nanoTime() - t0) / (double) calls;
        }
        if (!Double.isFinite(sink)) {
            throw new AssertionError("non-finite results");
        }
        Arrays.sort(ns);
        return ns[rounds / 2];
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static final Pattern WORK = Pattern.compile("\"work\":\"([^\"]+)\"");
    private static final Pattern PEER = Pattern.compile("\"peer\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NS = Pattern.compile("\"nsPerCall\":([0-9.eE+-]+)");
    private static final Pattern CHECK = Pattern.compile("\"check\":([0-9.eE+-]+)");

    /** The peers' lines: work → {ns per call, check}. */
    private static Map<String, double[]> readPeers(Path p) throws IOException {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String l : lines(p)) {
            out.put(find(WORK, l), new double[] {Double.parseDouble(find(NS, l)), Double.parseDouble(find(CHECK, l))});
        }
        return out;
    }

    private static Map<String, String> readPeerNames(Path p) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : lines(p)) {
            out.put(find(WORK, l), find(PEER, l).replace("\\\"", "\""));
        }
        return out;
    }

    private static List<String> lines(Path p) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(p)) {
            if (l.startsWith("{")) {
                out.add(l);
            }
        }
        return out;
    }

    private static String find(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        if (!m.find()) {
            throw new IllegalArgumentException("peer output line without " + pattern + ": " + line);
        }
        return m.group(1);
    }
}
