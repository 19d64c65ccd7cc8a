package dev.impact.spark;

import dev.impact.engine.Engine;
import dev.impact.engine.LineResult;
import dev.impact.io.InventoryEntry;
import dev.impact.io.InventoryRows;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Assesses one partition, row by row as Spark pulls them: one engine session and one row decoder per partition
 * (plans resolved once per factor key within it), each input row followed by its {@link ResultColumns}.
 */
final class AssessPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final SparkAssessor.Recipe recipe;
    private final String source;
    private final List<String> columns;
    /** Position in the input row of each of {@link #columns}. */
    private final int[] positions;
    private final int width;

    AssessPartition(SparkAssessor.Recipe recipe, String source, List<String> columns, int[] positions, int width) {
        this.recipe = recipe;
        this.source = source;
        this.columns = List.copyOf(columns);
        this.positions = positions.clone();
        this.width = width;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Engine.Session session = recipe.assessor().session();
        InventoryRows decoder = InventoryRows.of(source, columns);
        Object[] values = new Object[positions.length];
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row in = rows.next();
                Object[] out = new Object[width + ResultColumns.WIDTH];
                for (int i = 0; i < width; i++) {
                    out[i] = in.get(i);
                }
                for (int c = 0; c < positions.length; c++) {
                    values[c] = in.get(positions[c]);
                }
                InventoryEntry e = decoder.decode(0, values);
                if (e.isValid()) {
                    try {
                        LineResult r = session.assess(e.line().get());
                        ResultColumns.assessed(r, out, width);
                    } catch (IllegalArgumentException ex) {
                        ResultColumns.refused(List.of(decoder.refused(0, ex)), out, width);
                    }
                } else {
                    ResultColumns.refused(e.problems(), out, width);
                }
                return RowFactory.create(out);
            }
        };
    }
}
