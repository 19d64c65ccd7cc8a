package dev.impact.io;

import dev.impact.inventory.InventoryLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The impact inventory layout for rows given column by column — a data-frame row, a database record — instead of
 * CSV or JSON text: the same columns, checks and messages as the files ({@code impact-io/README.md}), every problem
 * of a row with its column and value. The seam {@code impact-spark} decodes its rows through.
 *
 * <pre>{@code
 * InventoryRows rows = InventoryRows.of("fleet", List.of("kind", "category", "quantity", "lifetime_years"));
 * InventoryEntry e = rows.decode(2, "device", "laptop", 120, 5.0);   // e.line(): a DeviceFleet
 * }</pre>
 *
 * <p>A value is {@code null} or empty text (absent), text, a {@link Number} (read exactly, without going through
 * text) or a {@link Boolean}. Not thread-safe: one per thread.
 */
public final class InventoryRows {
    private final String source;
    private final Column[] columns;
    private final List<Column> present;
    private final LineCodec codec = new LineCodec();
    /** By column ordinal: the current row's text and, for a number given as one, its value (else NaN). */
    private final String[] text = new String[Column.count()];
    private final double[] number = new double[Column.count()];
    private final LineCodec.Fields fields = new LineCodec.Fields() {
        @Override
        public String get(Column c) {
            return text[c.ordinal()];
        }

        @Override
        public double plainNumber(Column c) {
            return number[c.ordinal()];
        }
    };

    private InventoryRows(String source, Column[] columns) {
        this.source = source;
        this.columns = columns;
        this.present = List.of(columns);
        Arrays.fill(text, "");
        Arrays.fill(number, Double.NaN);
    }

    /**
     * A decoder of rows holding {@code columns}, in this order.
     *
     * @param source  the name problems carry as their file (a table, a dataset)
     * @param columns column names of the layout, each at most once
     * @throws IllegalArgumentException naming every unknown or repeated column, or a missing required one
     */
    public static InventoryRows of(String source, List<String> columns) {
        Objects.requireNonNull(source, "source");
        List<String> wrong = new ArrayList<>();
        Column[] cs = new Column[columns.size()];
        boolean[] seen = new boolean[Column.count()];
        for (int i = 0; i < cs.length; i++) {
            String name = columns.get(i);
            Column c = Column.ofHeader(name);
            if (c == null || !c.header().equals(name)) {
                wrong.add("unknown column '" + name + "'" + dev.impact.internal.Suggestions.didYouMean(name, columns()));
            } else if (seen[c.ordinal()]) {
                wrong.add("column '" + name + "' given twice");
            } else {
                seen[c.ordinal()] = true;
                cs[i] = c;
            }
        }
        for (Column required : List.of(Column.KIND, Column.QUANTITY)) {
            if (!seen[required.ordinal()]) {
                wrong.add("required column '" + required.header() + "' is missing");
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", wrong) + " (the columns: impact-io/README.md)");
        }
        return new InventoryRows(source, cs);
    }

    /** Every column of the layout (the CSV headers, the JSON property names), in the layout's order. */
    public static List<String> columns() {
        return Arrays.stream(Column.values()).map(Column::header).toList();
    }

    /**
     * Decodes one row.
     *
     * @param lineNumber the number its problems carry
     * @param values     one value per column given to {@link #of}, in that order
     * @return the line, or every problem found in the row
     * @throws IllegalArgumentException if the number of values is not the number of columns
     */
    public InventoryEntry decode(long lineNumber, Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException("expected " + columns.length + " values, was " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            Column c = columns[i];
            Object v = values[i];
            int k = c.ordinal();
            number[k] = Double.NaN;
            if (v == null) {
                text[k] = "";
            } else if (v instanceof Number && !(v instanceof BigDecimal)) {
                double d = ((Number) v).doubleValue();
                number[k] = d;
                text[k] = Decimals.format(d);
            } else if (v instanceof BigDecimal) {
                number[k] = ((BigDecimal) v).doubleValue();
                text[k] = ((BigDecimal) v).toPlainString();
            } else {
                String s = v.toString();
                text[k] = c == Column.LABEL ? s : s.strip();
            }
        }
        InventoryLine line = codec.decode(fields, present);
        if (line != null) {
            return InventoryEntry.valid(lineNumber, line);
        }
        List<Problem> ps = new ArrayList<>();
        for (LineCodec.ColumnProblem p : codec.problems()) {
            ps.add(new Problem(source, lineNumber, p.column(), p.value(), p.reason()));
        }
        return new InventoryEntry(lineNumber, Optional.empty(), ps);
    }

    /**
     * The problem of a row whose line the engine refused ({@link dev.impact.inventory.LineRejectedException}), at
     * the column of the refused field, as the files report it.
     */
    public Problem refused(long lineNumber, IllegalArgumentException ex) {
        return StreamingAssessor.refused(source, lineNumber, ex);
    }
}
