package dev.impact.spark;

import dev.impact.Assessor;
import dev.impact.io.InventoryRows;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * The impact engine over a Spark {@code Dataset<Row>} of inventory lines: the entry point of impact-spark.
 *
 * <pre>{@code
 * Dataset<Row> inventory = spark.read().parquet("s3://lake/fleet/");   // columns kind, category, quantity…
 * SparkAssessment a = SparkAssessor.of(() -> Impact.using(Factors.builtIn()).reportingYear(2024))
 *         .lineKey("asset_id")
 *         .assess(inventory);
 * a.lines();                  // one row per assessed line: its columns + gwp_manufacture … ewaste_end_of_life
 * a.problems();               // line_key, field, value, reason: every refused line, none dropped
 * a.totals();                 // exact totals, overall and per category (a core Totals, for impact-report)
 * a.totalsBy("region");       // exact totals per group, as a Dataset
 * }</pre>
 *
 * <p>The input has the columns of the impact CSV/JSON layout ({@code impact-io/README.md}), any of them typed as
 * text, numbers or booleans, and any other columns (kept in the results, to group by). The {@link Recipe} builds
 * the door's {@link Assessor} on the driver and once per partition on the executors, which assess their rows
 * through one engine session each; lines never travel to the driver. Immutable.
 */
public final class SparkAssessor implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The key column added when none is named. */
    public static final String LINE_KEY = "line_key";

    /**
     * How to make the assessor, serializable so that Spark ships it to the executors: a lambda such as
     * {@code () -> Impact.using(Factors.builtIn()).reportingYear(2024)}. Its settings must not depend on where it
     * runs.
     */
    @FunctionalInterface
    public interface Recipe extends Serializable {
        /** The assessor. */
        Assessor assessor();
    }

    private final Recipe recipe;
    private final String lineKey;
    private final String name;

    private SparkAssessor(Recipe recipe, String lineKey, String name) {
        this.recipe = recipe;
        this.lineKey = lineKey;
        this.name = name;
    }

    /** An assessor of datasets with the door's settings of {@code recipe}; lines keyed by a generated id. */
    public static SparkAssessor of(Recipe recipe) {
        return new SparkAssessor(Objects.requireNonNull(recipe, "recipe"), null, "inventory");
    }

    /**
     * The column that identifies a line (an asset id, a billing line id), carried into the problems as
     * {@code line_key}. Without it a {@code line_key} column is added, unique but numbered as Spark partitions the
     * input ({@code monotonically_increasing_id}).
     */
    public SparkAssessor lineKey(String column) {
        return new SparkAssessor(recipe, Objects.requireNonNull(column, "column"), name);
    }

    /** The inventory's name in the totals and reports (default {@code inventory}). */
    public SparkAssessor named(String inventoryName) {
        return new SparkAssessor(recipe, lineKey, Objects.requireNonNull(inventoryName, "inventoryName"));
    }

    /** The recipe (to run other work with the same settings). */
    public Recipe recipe() {
        return recipe;
    }

    /**
     * Assesses {@code inventory}, lazily: nothing runs until a result is asked for, and each result asked for runs
     * the assessment again unless {@link SparkAssessment#persist()} is called.
     *
     * @throws IllegalArgumentException naming a required layout column that is missing, a layout column given
     *                                  twice, or the line key column when it is not there
     */
    public SparkAssessment assess(Dataset<Row> inventory) {
        Objects.requireNonNull(inventory, "inventory");
        Assessor assessor = recipe.assessor();
        Dataset<Row> keyed = inventory;
        String key = lineKey;
        Set<String> names = Set.of(inventory.schema().fieldNames());
        if (key == null) {
            key = LINE_KEY;
            if (!names.contains(LINE_KEY)) {
                keyed = inventory.withColumn(LINE_KEY, functions.monotonically_increasing_id());
            }
        } else if (!names.contains(key)) {
            throw new IllegalArgumentException("the line key column '" + key + "' is not in the inventory; its"
                    + " columns are " + names);
        }
        StructType schema = keyed.schema();
        Set<String> layout = Set.copyOf(InventoryRows.columns());
        List<String> columns = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        String[] fields = schema.fieldNames();
        for (int i = 0; i < fields.length; i++) {
            if (layout.contains(fields[i])) {
                columns.add(fields[i]);
                positions.add(i);
            }
        }
        InventoryRows.of(name, columns); // refuses a missing kind or quantity column now, on the driver
        AssessPartition assess = new AssessPartition(recipe, name, columns,
                positions.stream().mapToInt(Integer::intValue).toArray(), fields.length);
        Dataset<Row> outcomes = keyed.mapPartitions(assess, Encoders.row(ResultColumns.schema(schema)));
        TracePartition trace = new TracePartition(recipe, name, columns,
                positions.stream().mapToInt(Integer::intValue).toArray());
        return new SparkAssessment(outcomes, keyed, trace, key, name, assessor);
    }

    @Override
    public String toString() {
        return "SparkAssessor[" + name + ", line key " + (lineKey == null ? "generated" : lineKey) + "]";
    }
}
