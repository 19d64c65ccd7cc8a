package dev.impact.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import dev.impact.Assessor;
import dev.impact.engine.AppliedDefault;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Totals;
import dev.impact.factor.FactorCatalog;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import dev.impact.uncertainty.MonteCarlo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The assessment of a dataset of inventory lines ({@link SparkAssessor#assess}): lazy Spark results, each computed
 * where the data lives; only aggregates (one row per category or group, one per distinct default) reach the driver.
 *
 * <p>Totals are exact sums ({@link ExactSum}, through {@link ImpactFunctions#exactSum}): the same bits whatever the
 * partitioning and the order of the rows. The single-machine assessment adds the lines one after another in
 * doubles; the two agree within that sequential sum's rounding, at most {@code (n − 1) · 2⁻⁵³ · Σ|xᵢ|} for a cell
 * summed over n lines, and are usually identical.
 */
public final class SparkAssessment {
    private final Dataset<Row> outcomes;
    private final Dataset<Row> input;
    private final TracePartition trace;
    private final String key;
    private final String name;
    private final AssessmentOptions options;
    private final String catalogName;
    private final String catalogVersion;
    private final String catalogChecksum;

    SparkAssessment(Dataset<Row> outcomes, Dataset<Row> input, TracePartition trace, String key, String name,
                    Assessor assessor) {
        this.outcomes = outcomes;
        this.input = input;
        this.trace = trace;
        this.key = key;
        this.name = name;
        this.options = assessor.options();
        FactorCatalog c = assessor.catalog();
        this.catalogName = c.name();
        this.catalogVersion = c.version();
        this.catalogChecksum = c.checksum();
    }

    /**
     * One row per assessed line: the input row's columns, then {@code line_category}, {@code line_quantity}, one
     * double column per indicator and phase ({@code gwp_manufacture} … {@code ewaste_end_of_life}, in the
     * indicator's unit, null where the catalog has no data), {@code partial_cells}, {@code factor_ids},
     * {@code parameter_ids} and {@code defaults} (the inputs the engine completed: field, value, text, unit, status,
     * basis, source).
     */
    public Dataset<Row> lines() {
        List<Column> columns = new ArrayList<>();
        for (String c : outcomes.columns()) {
            if (!c.equals(ResultColumns.PROBLEMS)) {
                columns.add(ResultColumns.withUnit(c));
            }
        }
        return outcomes.where(col(ResultColumns.PROBLEMS).isNull()).select(columns.toArray(new Column[0]));
    }

    /**
     * One row per problem of a refused line ({@code line_key}, {@code field}: the layout column, empty for the whole
     * line, {@code value} as given, {@code reason}); a line with several problems has several rows. Every input line
     * is either in {@link #lines()} or here.
     */
    public Dataset<Row> problems() {
        return outcomes.where(col(ResultColumns.PROBLEMS).isNotNull())
                .select(col(key).cast("string").as(SparkAssessor.LINE_KEY),
                        explode(col(ResultColumns.PROBLEMS)).as("p"))
                .select(col(SparkAssessor.LINE_KEY), col("p.field"), col("p.value"), col("p.reason"));
    }

    /**
     * Exact totals per group of the user's columns (for example region, site): the group's columns, {@code lines},
     * then one column per indicator and phase (null where no line of the group has data) and one per indicator
     * over all phases ({@code gwp}, {@code adpe}…).
     */
    public Dataset<Row> totalsBy(String... columns) {
        Column[] groups = new Column[columns.length];
        for (int i = 0; i < columns.length; i++) {
            groups[i] = col(columns[i]);
        }
        List<Column> aggs = new ArrayList<>();
        for (String c : ResultColumns.cells()) {
            aggs.add(ImpactFunctions.exactSum(col(c)).as(c));
        }
        Dataset<Row> sums = lines().groupBy(groups).agg(count(lit(1)).as("lines"), aggs.toArray(new Column[0]));
        for (Indicator i : Indicator.values()) {
            Column all = null;
            Column any = null;
            for (Phase p : Phase.values()) {
                Column v = col(ResultColumns.cell(i, p));
                all = all == null ? functions.coalesce(v, lit(0.0)) : all.plus(functions.coalesce(v, lit(0.0)));
                any = any == null ? v.isNotNull() : any.or(v.isNotNull());
            }
            sums = sums.withColumn(i.code(), functions.when(any, all).otherwise(lit(null).cast("double")),
                    ResultColumns.unit(i));
        }
        return sums;
    }

    /**
     * The totals as the single-machine assessment gives them ({@code Assessment.totals()}): the total footprint,
     * per category its lines, quantity and footprint (categories in alphabetical order), and each default with the
     * number of lines that took it. One pass over the lines; what reaches the driver is one row per category and
     * distinct list of defaults (hundreds, not lines).
     */
    public Totals totals() {
        // one pass: lines grouped by category and the defaults they took (few distinct groups: lines of one kind of
        // plan share their defaults), each group's sums kept as exact parts; the driver merges the groups exactly
        List<Column> aggs = new ArrayList<>();
        aggs.add(ImpactFunctions.exactParts(col(ResultColumns.QUANTITY)).as("quantity"));
        for (String c : ResultColumns.cells()) {
            aggs.add(ImpactFunctions.exactParts(col(c)).as(c));
            aggs.add(count(col(c)).as(c + "__n"));
            aggs.add(functions.max(functions.array_contains(col(ResultColumns.PARTIAL), c)).as(c + "__p"));
        }
        List<Row> rows = lines().groupBy(col(ResultColumns.CATEGORY), col(ResultColumns.DEFAULTS))
                .agg(count(lit(1)).as("lines"), aggs.toArray(new Column[0])).collectAsList();
        Group all = new Group();
        Map<String, Group> byCategory = new TreeMap<>();
        Map<AppliedDefault, Long> counts = new HashMap<>();
        for (Row r : rows) {
            all.add(r);
            byCategory.computeIfAbsent(r.getAs(ResultColumns.CATEGORY), k -> new Group()).add(r);
            long n = r.getAs("lines");
            for (Row d : r.<Row>getList(r.fieldIndex(ResultColumns.DEFAULTS))) {
                counts.merge(ResultColumns.appliedDefault(d), n, Long::sum);
            }
        }
        Map<String, Totals.CategoryTotal> categories = new LinkedHashMap<>();
        byCategory.forEach((c, g) -> categories.put(c, new Totals.CategoryTotal(g.lines, g.quantity.value(),
                g.footprint())));
        List<Map.Entry<AppliedDefault, Long>> defaults = new ArrayList<>(counts.entrySet());
        defaults.sort(Comparator.comparing((Map.Entry<AppliedDefault, Long> e) -> e.getKey().field())
                .thenComparing(e -> e.getKey().basis()).thenComparing(e -> e.getKey().toString()));
        Map<AppliedDefault, Long> byDefault = new LinkedHashMap<>();
        defaults.forEach(e -> byDefault.put(e.getKey(), e.getValue()));
        return new Totals(name, options, catalogName, catalogVersion, catalogChecksum, all.lines, all.footprint(),
                categories, byDefault);
    }

    /** Aggregated rows merged exactly: lines, quantity and per cell its exact sum, lines with data, partiality. */
    private static final class Group {
        long lines;
        final ExactSum quantity = new ExactSum();
        final ExactSum[] cells = new ExactSum[ResultColumns.CELLS];
        final long[] known = new long[ResultColumns.CELLS];
        final boolean[] partial = new boolean[ResultColumns.CELLS];

        Group() {
            for (int c = 0; c < cells.length; c++) {
                cells[c] = new ExactSum();
            }
        }

        void add(Row r) {
            lines += r.<Long>getAs("lines");
            ImpactFunctions.unpack(r.getAs("quantity"), quantity);
            List<String> names = ResultColumns.cells();
            for (int c = 0; c < cells.length; c++) {
                String name = names.get(c);
                ImpactFunctions.unpack(r.getAs(name), cells[c]);
                known[c] += r.<Long>getAs(name + "__n");
                partial[c] |= Boolean.TRUE.equals(r.getAs(name + "__p"));
            }
        }

        /**
         * The group's footprint: a cell some line has data for is known, and partial when not every line has it or
         * one line's is partial (as {@code Footprint.Accumulator} marks it).
         */
        Footprint footprint() {
            if (lines == 0) {
                return Footprint.zero();
            }
            Footprint.Builder values = Footprint.builder();
            Footprint.Builder complete = Footprint.builder();
            boolean anyPartial = false;
            int c = 0;
            for (Indicator i : Indicator.values()) {
                for (Phase p : Phase.values()) {
                    if (known[c] > 0) {
                        values.set(p, i, cells[c].value());
                        if (known[c] < lines || partial[c]) {
                            anyPartial = true;
                        } else {
                            complete.set(p, i, 0);
                        }
                    }
                    c++;
                }
            }
            Footprint f = values.build();
            // an accumulator of two footprints marks partial the cells only one of them has: the partial cells here
            return anyPartial ? new Footprint.Accumulator().add(f).add(complete.build()).toFootprint() : f;
        }
    }

    /**
     * Monte Carlo propagation of the catalog's factor and parameter spreads to the totals, over the shared uncertain
     * factors rather than the lines: each partition reduces its lines to terms {@code coefficient × Π factor} (one
     * engine run with a trace per batch of lines), Spark adds the coefficients of equal terms exactly, and the
     * driver draws each factor once per iteration from a stream seeded by (seed, factor id) and evaluates the few
     * thousand terms. The result does not depend on the partitioning. Draws are made by impact-spark's own sampler:
     * the percentiles agree with the single-machine {@code assessWithUncertainty} within sampling error, not bit for
     * bit. Settings' {@code threads} are not used.
     *
     * @throws IllegalArgumentException if the settings carry input spreads ({@code MonteCarlo.Builder.input}): not
     *                                  supported on Spark yet
     */
    public SparkUncertainty uncertainty(MonteCarlo settings) {
        Objects.requireNonNull(settings, "settings");
        if (!settings.inputs().isEmpty()) {
            throw new IllegalArgumentException("impact-spark propagates the catalog's factor and parameter spreads;"
                    + " input spreads (" + settings.inputs() + ") are not supported yet");
        }
        List<Row> rows = input.mapPartitions(trace, org.apache.spark.sql.Encoders.row(TracePartition.SCHEMA))
                .groupBy(col("variables"), col("exponents"), col("spreads"), col("indicator"))
                .agg(ImpactFunctions.exactSum(col("part")).as("coefficient"))
                .orderBy(col("variables"), col("exponents"), col("indicator")).collectAsList();
        int n = settings.draws();
        Map<String, double[]> draws = new TreeMap<>();
        Map<String, double[]> coefficients = new LinkedHashMap<>();
        Map<String, Row> termOf = new LinkedHashMap<>();
        boolean[] available = new boolean[Indicator.values().length];
        for (Row r : rows) {
            List<String> ids = r.getList(0);
            List<String> spreads = r.getList(2);
            for (int v = 0; v < ids.size(); v++) {
                String id = ids.get(v);
                String spread = spreads.get(v);
                draws.computeIfAbsent(id, k -> Spreads.draw(spread, settings.seed(), k, n));
            }
            String k = ids + "" + r.getList(1);
            termOf.putIfAbsent(k, r);
            double c = r.getDouble(4);
            coefficients.computeIfAbsent(k, x -> new double[Indicator.values().length])[r.getInt(3)] = c;
            available[r.getInt(3)] |= c != 0;
        }
        double[][] totals = new double[Indicator.values().length][n];
        double[] product = new double[n];
        for (Map.Entry<String, double[]> e : coefficients.entrySet()) {
            Row r = termOf.get(e.getKey());
            List<String> ids = r.getList(0);
            List<Integer> exps = r.getList(1);
            java.util.Arrays.fill(product, 1);
            for (int v = 0; v < ids.size(); v++) {
                double[] d = draws.get(ids.get(v));
                boolean times = exps.get(v) > 0;
                for (int i = 0; i < n; i++) {
                    product[i] = times ? product[i] * d[i] : product[i] / d[i];
                }
            }
            double[] coef = e.getValue();
            for (int ind = 0; ind < coef.length; ind++) {
                if (coef[ind] != 0) {
                    double[] out = totals[ind];
                    for (int i = 0; i < n; i++) {
                        out[i] += coef[ind] * product[i];
                    }
                }
            }
        }
        return new SparkUncertainty(settings, new ArrayList<>(draws.keySet()), coefficients.size(), totals,
                available);
    }

    /** Keeps the per-line outcomes in memory (or on disk) once computed, so that each result reuses them. */
    public SparkAssessment persist() {
        outcomes.persist();
        return this;
    }

    /** Drops what {@link #persist()} kept. */
    public SparkAssessment unpersist() {
        outcomes.unpersist();
        return this;
    }

    /** The inventory's name. */
    public String name() {
        return name;
    }

    /** The assessment options (from the recipe, on the driver). */
    public AssessmentOptions options() {
        return options;
    }

    @Override
    public String toString() {
        return "SparkAssessment[" + name + ", " + Objects.requireNonNullElse(key, "") + "]";
    }
}
