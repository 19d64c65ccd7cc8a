package dev.impact.spark.example;

import dev.impact.Impact;
import dev.impact.engine.Totals;
import dev.impact.factors.Factors;
import dev.impact.measure.Indicator;
import dev.impact.report.Format;
import dev.impact.report.TotalsReport;
import dev.impact.spark.SparkAssessment;
import dev.impact.spark.SparkAssessor;
import dev.impact.spark.SparkUncertainty;
import dev.impact.uncertainty.MonteCarlo;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The example job: assesses an inventory dataset (Parquet or CSV files, or a generated national-scale one) and
 * writes the per-line results, the problems and the totals by group as Parquet, and the totals as an HTML report.
 * Run with {@code spark-submit} (impact-spark/README.md); {@code --help} lists the options.
 */
public final class AssessJob {
    private static final String USAGE = String.join("\n",
            "usage: AssessJob --input <path.parquet|path.csv|generate:LINES> [options]",
            "  --output DIR          write DIR/lines, DIR/problems, DIR/totals-by-group (Parquet) and DIR/totals.html",
            "                        (without it: only the totals, printed, with the time taken)",
            "  --year YEAR           reporting year (default 2024)",
            "  --key COLUMN          the line key column (default: line_id when there is one, else generated)",
            "  --group COLUMNS       comma-separated group columns for the totals by group (default region)",
            "  --draws N             also Monte Carlo over the shared factors, N draws, seed 42",
            "  --seed N              seed of a generated inventory (default 1)",
            "  --write-input DIR     write a generated inventory to DIR as Parquet (DIR ending in .csv: one CSV file",
            "                        of the layout's columns in DIR) and stop",
            "  --lang fr|en          language of the HTML report (default fr)");

    private AssessJob() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        if (o.containsKey("help") || !o.containsKey("input")) {
            System.out.println(USAGE);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("impact assess").getOrCreate();
        try {
            run(spark, o);
        } finally {
            spark.stop();
        }
    }

    private static void run(SparkSession spark, Map<String, String> o) throws Exception {
        String input = o.get("input");
        Dataset<Row> inventory;
        if (input.startsWith("generate:")) {
            long lines = Long.parseLong(input.substring("generate:".length()).replace("_", ""));
            inventory = SyntheticInventory.generate(spark, lines, Long.parseLong(o.getOrDefault("seed", "1")));
            if (o.containsKey("write-input")) {
                String to = o.get("write-input");
                if (to.endsWith(".csv")) {
                    // the impact CSV layout, one file (part-*.csv in that directory): the layout's columns only,
                    // so that the single-machine reader (which refuses unknown columns) reads the same lines
                    java.util.Set<String> layout = java.util.Set.copyOf(dev.impact.io.InventoryRows.columns());
                    inventory.select(java.util.Arrays.stream(inventory.columns()).filter(layout::contains)
                                    .map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
                            .coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").csv(to);
                } else {
                    inventory.write().mode(SaveMode.Overwrite).parquet(to);
                }
                System.out.println("wrote " + lines + " lines to " + o.get("write-input"));
                return;
            }
        } else if (input.endsWith(".csv")) {
            inventory = spark.read().option("header", "true").csv(input);
        } else {
            inventory = spark.read().parquet(input);
        }
        int year = Integer.parseInt(o.getOrDefault("year", "2024"));
        SparkAssessor assessor = SparkAssessor.of(() -> Impact.using(Factors.builtIn()).reportingYear(year))
                .named(Path.of(input).getFileName().toString());
        String key = o.getOrDefault("key", java.util.List.of(inventory.columns()).contains("line_id") ? "line_id"
                : null);
        if (key != null) {
            assessor = assessor.lineKey(key);
        }
        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        SparkAssessment a = assessor.assess(inventory);
        String out = o.get("output");
        if (out != null) {
            a.persist();
            a.lines().write().mode(SaveMode.Overwrite).parquet(out + "/lines");
            a.problems().write().mode(SaveMode.Overwrite).parquet(out + "/problems");
            a.totalsBy(o.getOrDefault("group", "region").split(",")).write().mode(SaveMode.Overwrite)
                    .parquet(out + "/totals-by-group");
        }
        Totals totals = a.totals();
        long problems = out != null ? a.problems().select("line_key").distinct().count() : -1;
        double seconds = (System.nanoTime() - wall) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        System.out.println(totals);
        System.out.printf(Locale.ROOT, "%d lines assessed%s in %.1f s (%.0f lines/s), %.1f s of CPU (%.0f lines per"
                        + " CPU-second, driver and local executors), %d cores%n", totals.lines(),
                problems >= 0 ? ", " + problems + " refused" : "", seconds, totals.lines() / seconds, cpuSeconds,
                totals.lines() / cpuSeconds, spark.sparkContext().defaultParallelism());
        if (out != null) {
            Locale locale = o.getOrDefault("lang", "fr").equals("en") ? Locale.ENGLISH : Locale.FRENCH;
            Path html = Path.of(out, "totals.html");
            Files.createDirectories(html.getParent());
            try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
                TotalsReport.of(totals).render(Format.HTML, locale, w);
            }
            System.out.println("wrote " + out + "/{lines,problems,totals-by-group} and " + html);
        }
        if (o.containsKey("draws")) {
            MonteCarlo mc = MonteCarlo.builder().draws(Integer.parseInt(o.get("draws"))).seed(42).build();
            SparkUncertainty u = a.uncertainty(mc);
            System.out.println("Monte Carlo, " + u.variables().size() + " uncertain factors, " + u.terms()
                    + " terms: climate change " + u.total(Indicator.CLIMATE_CHANGE).orElseThrow());
        }
    }

    /** CPU time of this JVM (all threads), or 0 where the platform does not say. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'\n" + USAGE);
            }
            String name = args[i].substring(2);
            if (name.equals("help")) {
                o.put(name, "");
            } else if (i + 1 < args.length) {
                o.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("option --" + name + " needs a value\n" + USAGE);
            }
        }
        return o;
    }
}
