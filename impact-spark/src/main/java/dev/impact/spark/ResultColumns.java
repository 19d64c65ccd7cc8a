package dev.impact.spark;

import dev.impact.engine.AppliedDefault;
import dev.impact.engine.LineResult;
import dev.impact.io.Problem;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns impact-spark adds to each inventory row: what the line was assessed as, its footprint cell by cell,
 * the factors and defaults it took, or its problems. One place for their names, types and the values of a row.
 */
final class ResultColumns {
    /** The line's category as the engine counts it ({@code laptop}, {@code network}…). */
    static final String CATEGORY = "line_category";
    /** The line's quantity as decoded (devices, GB, TB-years, vCPU-hours, requests). */
    static final String QUANTITY = "line_quantity";
    /** The cells whose value is partial (some data missing) for this line; usually empty. */
    static final String PARTIAL = "partial_cells";
    static final String FACTOR_IDS = "factor_ids";
    static final String PARAMETER_IDS = "parameter_ids";
    static final String DEFAULTS = "defaults";
    /** Null for an assessed line; else every problem of the line (at least one). */
    static final String PROBLEMS = "problems";

    static final StructType DEFAULT = new StructType()
            .add("field", DataTypes.StringType, false)
            .add("value", DataTypes.DoubleType, false)
            .add("text", DataTypes.StringType, false)
            .add("unit", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("basis", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false);
    static final StructType PROBLEM = new StructType()
            .add("field", DataTypes.StringType, false)
            .add("value", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, false);

    private static final Indicator[] INDICATORS = Indicator.values();
    private static final Phase[] PHASES = Phase.values();
    /** Number of footprint cells: indicators × phases. */
    static final int CELLS = INDICATORS.length * PHASES.length;
    /** Number of columns added to each row. */
    static final int WIDTH = 2 + CELLS + 5;

    private ResultColumns() {
    }

    /** The column of one footprint cell: {@code <indicator code>_<phase code>}, e.g. {@code gwp_manufacture}. */
    static String cell(Indicator i, Phase p) {
        return i.code() + "_" + p.code();
    }

    /** Every cell column, indicator by indicator, phases in their order. */
    static List<String> cells() {
        List<String> names = new ArrayList<>(CELLS);
        for (Indicator i : INDICATORS) {
            for (Phase p : PHASES) {
                names.add(cell(i, p));
            }
        }
        return names;
    }

    static Metadata unit(Indicator i) {
        return new MetadataBuilder().putString("unit", i.unit()).putString("indicator", i.label()).build();
    }

    /** The column {@code name}, with its indicator's unit and label as metadata when it is a footprint cell. */
    static org.apache.spark.sql.Column withUnit(String name) {
        for (Indicator i : INDICATORS) {
            if (name.startsWith(i.code() + "_") && cells().contains(name)) {
                return org.apache.spark.sql.functions.col(name).as(name, unit(i));
            }
        }
        return org.apache.spark.sql.functions.col(name);
    }

    /** {@code input} followed by the result columns. */
    static StructType schema(StructType input) {
        List<StructField> fields = new ArrayList<>(List.of(input.fields()));
        fields.add(DataTypes.createStructField(CATEGORY, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(QUANTITY, DataTypes.DoubleType, true));
        for (Indicator i : INDICATORS) {
            for (Phase p : PHASES) {
                fields.add(new StructField(cell(i, p), DataTypes.DoubleType, true, unit(i)));
            }
        }
        fields.add(DataTypes.createStructField(PARTIAL, strings(), true));
        fields.add(DataTypes.createStructField(FACTOR_IDS, strings(), true));
        fields.add(DataTypes.createStructField(PARAMETER_IDS, strings(), true));
        fields.add(DataTypes.createStructField(DEFAULTS, new ArrayType(DEFAULT, false), true));
        fields.add(DataTypes.createStructField(PROBLEMS, new ArrayType(PROBLEM, false), true));
        return new StructType(fields.toArray(new StructField[0]));
    }

    private static ArrayType strings() {
        return new ArrayType(DataTypes.StringType, false);
    }

    /** Writes an assessed line's columns into {@code out} from {@code at}. */
    static void assessed(LineResult r, Object[] out, int at) {
        int k = at;
        out[k++] = r.line().category();
        out[k++] = r.line().quantity();
        Footprint f = r.footprint();
        List<String> partial = new ArrayList<>(0);
        for (Indicator i : INDICATORS) {
            for (Phase p : PHASES) {
                Availability a = f.availability(p, i);
                out[k++] = a == Availability.NOT_AVAILABLE ? null : f.value(p, i);
                if (a == Availability.PARTIAL) {
                    partial.add(cell(i, p));
                }
            }
        }
        out[k++] = partial.toArray(new String[0]);
        out[k++] = r.factorIds().toArray(new String[0]);
        out[k++] = r.parameterIds().toArray(new String[0]);
        Row[] defaults = new Row[r.defaults().size()];
        for (int d = 0; d < defaults.length; d++) {
            AppliedDefault a = r.defaults().get(d);
            defaults[d] = RowFactory.create(a.field(), a.value(), a.text(), a.unit(), a.status().name(), a.basis(),
                    a.source());
        }
        out[k++] = defaults;
        out[k] = null;
    }

    /** Writes a refused line's columns into {@code out} from {@code at}: nulls, then its problems. */
    static void refused(List<Problem> problems, Object[] out, int at) {
        for (int k = at; k < at + WIDTH - 1; k++) {
            out[k] = null;
        }
        Row[] ps = new Row[problems.size()];
        for (int p = 0; p < ps.length; p++) {
            Problem x = problems.get(p);
            ps[p] = RowFactory.create(x.column(), x.value(), x.reason());
        }
        out[at + WIDTH - 1] = ps;
    }

    /** The applied default a {@link #DEFAULT} struct holds. */
    static AppliedDefault appliedDefault(Row d) {
        return new AppliedDefault(d.getString(0), d.getDouble(1), d.getString(2), d.getString(3),
                dev.impact.engine.InputStatus.valueOf(d.getString(4)), d.getString(5), d.getString(6));
    }
}
