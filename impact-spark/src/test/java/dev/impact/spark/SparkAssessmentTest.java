package dev.impact.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impact.Impact;
import dev.impact.engine.Assessment;
import dev.impact.engine.LineResult;
import dev.impact.engine.Totals;
import dev.impact.factors.Factors;
import dev.impact.inventory.Inventory;
import dev.impact.io.InventoryFiles;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled example (about 2 000 lines of a local authority) assessed by Spark and by the single-machine door: the
 * same totals, whatever the partitioning.
 */
class SparkAssessmentTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "local-authority.csv");
    private static final SparkAssessor.Recipe RECIPE = () -> Impact.using(Factors.builtIn()).reportingYear(2024);

    private static SparkSession spark;
    private static Dataset<Row> example;
    private static Assessment single;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
        example = spark.read().option("header", "true").csv(EXAMPLE.toString());
        Inventory inventory = InventoryFiles.read(EXAMPLE);
        single = Impact.using(Factors.builtIn()).reportingYear(2024).assess(inventory);
    }

    /** Per cell, the exact sum of the single-machine line footprints rounded once (BigDecimal, independent). */
    private static Map<String, Double> exactCells(List<LineResult> lines) {
        Map<String, Double> out = new HashMap<>();
        for (Indicator i : Indicator.values()) {
            for (Phase p : Phase.values()) {
                BigDecimal s = BigDecimal.ZERO;
                boolean any = false;
                for (LineResult l : lines) {
                    if (l.footprint().availability(p, i) != Availability.NOT_AVAILABLE) {
                        s = s.add(new BigDecimal(l.footprint().value(p, i)));
                        any = true;
                    }
                }
                if (any) {
                    out.put(i.code() + "_" + p.code(), Double.parseDouble(s.toString()));
                }
            }
        }
        return out;
    }

    /** The largest error sequential double summation of these lines' cell can have: (n − 1) · 2⁻⁵³ · Σ|x|. */
    private static double bound(List<LineResult> lines, Phase p, Indicator i) {
        double abs = 0;
        for (LineResult l : lines) {
            if (l.footprint().availability(p, i) != Availability.NOT_AVAILABLE) {
                abs += Math.abs(l.footprint().value(p, i));
            }
        }
        return (lines.size() - 1) * 0x1p-53 * abs * 1.000001;
    }

    @Test
    void totalsEqualTheSingleMachineAssessmentUnderEveryPartitioning() {
        Totals expected = single.totals();
        Map<String, Double> exact = exactCells(single.lines());
        Totals first = null;
        for (int partitions : new int[] {1, 3, 17}) {
            Dataset<Row> input = example.repartition(partitions);
            assertThat(input.rdd().getNumPartitions()).isEqualTo(partitions);
            Totals t = SparkAssessor.of(RECIPE).assess(input).totals();

            assertThat(t.lines()).isEqualTo(expected.lines()).isEqualTo(1991);
            for (Indicator i : Indicator.values()) {
                for (Phase p : Phase.values()) {
                    String cell = i.code() + "_" + p.code();
                    assertThat(t.total().availability(p, i)).as(cell).isEqualTo(expected.total().availability(p, i));
                    if (exact.containsKey(cell)) {
                        // bit for bit the rounded exact sum; within the sequential sum's error bound of the door's
                        assertThat(t.total().value(p, i)).as(cell).isEqualTo(exact.get(cell));
                        assertThat(t.total().value(p, i)).as(cell)
                                .isCloseTo(expected.total().value(p, i), org.assertj.core.data.Offset.offset(
                                        bound(single.lines(), p, i)));
                    }
                }
            }
            assertThat(t.categories().keySet()).containsExactlyInAnyOrderElementsOf(expected.categories().keySet());
            expected.categories().forEach((c, e) -> {
                Totals.CategoryTotal s = t.categories().get(c);
                assertThat(s.lines()).as(c).isEqualTo(e.lines());
                assertThat(s.quantity()).as(c).isCloseTo(e.quantity(), org.assertj.core.data.Offset.offset(
                        1e-12 * Math.abs(e.quantity())));
                assertThat(s.footprint().total(Indicator.CLIMATE_CHANGE)).as(c).isCloseTo(
                        e.footprint().total(Indicator.CLIMATE_CHANGE), org.assertj.core.data.Offset.offset(
                                1e-12 * Math.abs(e.footprint().total(Indicator.CLIMATE_CHANGE))));
            });
            assertThat(t.defaults()).isEqualTo(expected.defaults());
            assertThat(t.options()).isEqualTo(expected.options());
            assertThat(t.catalogChecksum()).isEqualTo(expected.catalogChecksum());
            if (first != null) {
                // partition-independent: the same bits
                assertThat(t.total()).isEqualTo(first.total());
                for (String c : first.categories().keySet()) {
                    assertThat(t.categories().get(c)).isEqualTo(first.categories().get(c));
                }
            }
            first = t;
        }
    }

    @Test
    void eachLineCarriesItsFootprintFactorsAndDefaultsNextToItsOwnColumns() {
        SparkAssessment a = SparkAssessor.of(RECIPE).assess(example.repartition(3));
        Dataset<Row> lines = a.lines();
        assertThat(lines.columns()).contains("kind", "label", "category", "quantity", "line_key", "gwp_manufacture",
                "ewaste_end_of_life", "factor_ids", "parameter_ids", "defaults");
        assertThat(lines.schema().apply("gwp_use").metadata().getString("unit")).isEqualTo("kgCO2e");
        // the first laptop line of the file: 2 laptops bought in 2016 (label, quantity and year identify it)
        LineResult expected = single.lines().get(0);
        Row r = lines.where(col("label").equalTo(expected.line().label()).and(col("purchase_year").equalTo("2016"))
                .and(col("quantity").equalTo("2"))).first();
        Footprint f = expected.footprint();
        for (Phase p : Phase.values()) {
            assertThat(r.<Double>getAs("gwp_" + p.code())).isEqualTo(f.value(p, Indicator.CLIMATE_CHANGE));
        }
        assertThat(r.<String>getAs("line_category")).isEqualTo("laptop");
        assertThat(r.getList(r.fieldIndex("factor_ids"))).containsExactlyElementsOf(expected.factorIds());
        assertThat(r.getList(r.fieldIndex("defaults"))).hasSize(expected.defaults().size());
        Row d = (Row) r.getList(r.fieldIndex("defaults")).get(0);
        assertThat(ResultColumns.appliedDefault(d)).isEqualTo(expected.defaults().get(0));
    }

    @Test
    void badLinesGoToTheProblemsNoneDropped() {
        Dataset<Row> bad = spark.sql("SELECT * FROM VALUES"
                + " ('b1', 'device', 'laptop', 'douze', NULL, NULL),"
                + " ('b2', 'toaster', 'laptop', '3', NULL, NULL),"
                + " ('b3', 'device', '', '3', NULL, NULL),"
                + " ('b4', 'device', 'lapptop', '3', NULL, NULL),"
                + " ('b5', 'device', 'laptop', '-1', '0', NULL),"
                + " ('b6', 'device', 'laptop', '4', NULL, '2031'),"
                + " ('ok', 'device', 'laptop', '4', '5', '2022')"
                + " AS t(asset, kind, category, quantity, lifetime_years, purchase_year)");
        Dataset<Row> input = example.withColumn("asset", col("label")).select("asset", "kind", "category",
                "quantity", "lifetime_years", "purchase_year").where(col("category").equalTo("laptop")).unionByName(bad);
        long in = input.count();
        SparkAssessment a = SparkAssessor.of(RECIPE).lineKey("asset").assess(input.repartition(3)).persist();
        Dataset<Row> problems = a.problems();
        long refused = problems.select("line_key").distinct().count();
        assertThat(a.lines().count() + refused).isEqualTo(in);
        assertThat(refused).isEqualTo(6);
        Map<String, List<Row>> byKey = new HashMap<>();
        for (Row p : problems.collectAsList()) {
            byKey.computeIfAbsent(p.getString(0), k -> new java.util.ArrayList<>()).add(p);
        }
        Function<String, Row> one = k -> {
            assertThat(byKey.get(k)).as(k).isNotNull();
            return byKey.get(k).get(0);
        };
        assertThat(one.apply("b1").getString(1)).isEqualTo("quantity");
        assertThat(one.apply("b1").getString(2)).isEqualTo("douze");
        assertThat(one.apply("b2").getString(1)).isEqualTo("kind");
        assertThat(one.apply("b2").getString(3)).contains("unknown line kind 'toaster'");
        assertThat(one.apply("b3").getString(1)).isEqualTo("category");
        // refused by the engine (unknown category), the column found from the refused field
        assertThat(one.apply("b4").getString(1)).isEqualTo("category");
        assertThat(one.apply("b4").getString(3)).contains("laptop");
        // two problems on one line: both reported
        assertThat(byKey.get("b5")).extracting(p -> p.getString(1)).containsExactlyInAnyOrder("quantity",
                "lifetime_years");
        assertThat(one.apply("b6").getString(1)).isEqualTo("purchase_year");
        assertThat(byKey).doesNotContainKey("ok");
        a.unpersist();
    }

    @Test
    void typedColumnsReadAsTheirText() {
        Dataset<Row> text = spark.sql("SELECT * FROM VALUES ('device', 'laptop', '120', '4.5', '2021', NULL),"
                + " ('network', NULL, '1800.25', NULL, NULL, 'fixed') AS t(kind, category, quantity,"
                + " lifetime_years, purchase_year, network_kind)");
        Dataset<Row> typed = spark.sql("SELECT * FROM VALUES ('device', 'laptop', 120L, 4.5D, 2021, NULL),"
                + " ('network', NULL, 1800.25D, NULL, NULL, 'fixed') AS t(kind, category, quantity,"
                + " lifetime_years, purchase_year, network_kind)");
        Totals a = SparkAssessor.of(RECIPE).assess(text).totals();
        Totals b = SparkAssessor.of(RECIPE).assess(typed).totals();
        assertThat(b.lines()).isEqualTo(2);
        assertThat(b.total()).isEqualTo(a.total());
        assertThat(b.categories()).isEqualTo(a.categories());
    }

    @Test
    void totalsByGroupAddUpToTheGroupsLines() {
        SparkAssessment a = SparkAssessor.of(RECIPE).assess(example.repartition(3));
        List<Row> byKind = a.totalsBy("kind").collectAsList();
        Map<String, List<LineResult>> expected = new HashMap<>();
        for (LineResult l : single.lines()) {
            String kind = dev.impact.io.InventoryRows.columns().isEmpty() ? "" : kindOf(l);
            expected.computeIfAbsent(kind, k -> new java.util.ArrayList<>()).add(l);
        }
        assertThat(byKind).extracting(r -> r.getString(0)).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Row r : byKind) {
            List<LineResult> ls = expected.get(r.getString(0));
            assertThat(r.<Long>getAs("lines")).isEqualTo(ls.size());
            Map<String, Double> exact = exactCells(ls);
            exact.forEach((cell, v) -> assertThat(r.<Double>getAs(cell)).as(cell).isEqualTo(v));
            double gwp = 0;
            for (Phase p : Phase.values()) {
                Double v = r.getAs("gwp_" + p.code());
                gwp += v == null ? 0 : v;
            }
            assertThat(r.<Double>getAs("gwp")).isEqualTo(gwp);
        }
    }

    private static String kindOf(LineResult l) {
        String simple = l.line().getClass().getSimpleName();
        switch (simple) {
            case "DeviceFleet": return "device";
            case "ServerFleet": return "server";
            case "NetworkTransfer": return "network";
            case "DataStorage": return "storage";
            case "CloudCompute": return "cloud";
            default: return "ai";
        }
    }

    @Test
    void theGeneratedNationalInventoryIsValidButForItsZeroQuantities() {
        Dataset<Row> generated = dev.impact.spark.example.SyntheticInventory.generate(spark, 20_000, 1);
        long zeros = generated.where(col("quantity").equalTo(0)).count();
        SparkAssessment a = SparkAssessor.of(RECIPE).lineKey("line_id").assess(generated).persist();
        List<Row> problems = a.problems().collectAsList();
        assertThat(problems).hasSize((int) zeros).allSatisfy(p -> assertThat(p.getString(1)).isEqualTo("quantity"));
        assertThat(a.lines().count() + zeros).isEqualTo(20_000);
        assertThat(a.totalsBy("region").count()).isEqualTo(13);
        a.unpersist();
    }

    @Test
    void aMissingRequiredColumnOrKeyIsRefusedAtOnce() {
        assertThatThrownBy(() -> SparkAssessor.of(RECIPE).assess(example.drop("quantity")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'quantity'");
        assertThatThrownBy(() -> SparkAssessor.of(RECIPE).lineKey("asset_id").assess(example))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'asset_id'");
    }
}
