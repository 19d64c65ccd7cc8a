package dev.impact.spark;

import dev.impact.Assessor;
import dev.impact.engine.Engine;
import dev.impact.engine.Multiplier;
import dev.impact.engine.Trace;
import dev.impact.factor.Uncertainty;
import dev.impact.io.InventoryEntry;
import dev.impact.io.InventoryRows;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The linear decomposition of one partition's lines for Monte Carlo ({@link Trace}): their footprints as sums of
 * terms {@code coefficient × Π variable^exponent} over the uncertain factors and parameters, terms with the same
 * variables merged. Emits each merged coefficient as the exact parts of its {@link ExactSum} (one row per term,
 * indicator and part), so that Spark's merge of the partitions is exact. Lines the engine refuses are left out, as
 * in {@link SparkAssessment#lines()}.
 */
final class TracePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    /** Lines assessed per traced engine run (memory bound of a partition). */
    private static final int BATCH = 8192;

    static final StructType SCHEMA = new StructType()
            .add("variables", new ArrayType(DataTypes.StringType, false), false)
            .add("exponents", new ArrayType(DataTypes.IntegerType, false), false)
            .add("spreads", new ArrayType(DataTypes.StringType, false), false)
            .add("indicator", DataTypes.IntegerType, false)
            .add("part", DataTypes.DoubleType, false);

    private final SparkAssessor.Recipe recipe;
    private final String source;
    private final List<String> columns;
    private final int[] positions;

    TracePartition(SparkAssessor.Recipe recipe, String source, List<String> columns, int[] positions) {
        this.recipe = recipe;
        this.source = source;
        this.columns = List.copyOf(columns);
        this.positions = positions.clone();
    }

    /** One merged term: its variables (id, exponent, spread) and a coefficient per indicator. */
    private static final class Term {
        final String[] ids;
        final Integer[] exponents;
        final String[] spreads;
        final ExactSum[] coef = new ExactSum[Indicator.values().length];

        Term(String[] ids, Integer[] exponents, String[] spreads) {
            this.ids = ids;
            this.exponents = exponents;
            this.spreads = spreads;
            for (int i = 0; i < coef.length; i++) {
                coef[i] = new ExactSum();
            }
        }
    }

    /** Collects terms by their variables (sorted by id, then exponent). */
    private static final class Collector implements Trace {
        final Map<String, Term> terms = new TreeMap<>();

        @Override
        public void term(int line, Footprint values, List<Multiplier> multipliers) {
            List<String[]> vars = new ArrayList<>(multipliers.size());
            for (Multiplier m : multipliers) {
                if (m.kind() == Multiplier.Kind.INPUT) {
                    continue; // the line's own value: exact unless the user gives its spread (not supported here)
                }
                Uncertainty u = m.uncertainty();
                if (u == Uncertainty.exact() || u.low95() == 1 && u.high95() == 1) {
                    continue; // no spread: a constant
                }
                String id = m.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + m.id();
                if (m.exponent() < 0 && !Spreads.boundedAwayFromZero(u)) {
                    throw new IllegalArgumentException(id + " divides the footprint but its spread " + u
                            + " reaches 0 (infinite draws)");
                }
                vars.add(new String[] {id, Integer.toString(m.exponent()), Spreads.encode(u)});
            }
            vars.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
            StringBuilder key = new StringBuilder();
            for (String[] v : vars) {
                key.append(v[0]).append('^').append(v[1]).append(' ');
            }
            Term t = terms.computeIfAbsent(key.toString(), k -> new Term(
                    vars.stream().map(v -> v[0]).toArray(String[]::new),
                    vars.stream().map(v -> Integer.valueOf(v[1])).toArray(Integer[]::new),
                    vars.stream().map(v -> v[2]).toArray(String[]::new)));
            for (Indicator i : Indicator.values()) {
                double c = 0;
                for (Phase p : Phase.values()) {
                    if (values.availability(p, i) != Availability.NOT_AVAILABLE) {
                        c += values.value(p, i);
                    }
                }
                t.coef[i.ordinal()].add(c);
            }
        }
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Assessor assessor = recipe.assessor();
        Engine.Session session = assessor.session();
        Engine engine = Engine.of(assessor.catalog());
        InventoryRows decoder = InventoryRows.of(source, columns);
        Collector collector = new Collector();
        Object[] values = new Object[positions.length];
        List<InventoryLine> batch = new ArrayList<>(BATCH);
        while (rows.hasNext()) {
            Row in = rows.next();
            for (int c = 0; c < positions.length; c++) {
                values[c] = in.get(positions[c]);
            }
            InventoryEntry e = decoder.decode(0, values);
            if (!e.isValid()) {
                continue;
            }
            try {
                session.assess(e.line().get()); // refused lines are problems, not part of the totals
            } catch (IllegalArgumentException refused) {
                continue;
            }
            batch.add(e.line().get());
            if (batch.size() == BATCH) {
                engine.assess(Inventory.of(source, batch), assessor.options(), collector);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            engine.assess(Inventory.of(source, batch), assessor.options(), collector);
        }
        List<Row> out = new ArrayList<>();
        for (Term t : collector.terms.values()) {
            for (int i = 0; i < t.coef.length; i++) {
                for (double part : t.coef[i].parts()) {
                    out.add(RowFactory.create(t.ids, t.exponents, t.spreads, i, part));
                }
            }
        }
        return out.iterator();
    }
}
