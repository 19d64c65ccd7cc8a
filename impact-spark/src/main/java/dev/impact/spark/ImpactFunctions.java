package dev.impact.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * Spark SQL functions of impact-spark, usable in any aggregation of the per-line results.
 *
 * <pre>{@code
 * results.groupBy("region").agg(ImpactFunctions.exactSum(col("gwp_use")).as("gwp_use"));
 * }</pre>
 */
public final class ImpactFunctions {
    private static final UserDefinedFunction EXACT_SUM = functions.udaf(new ExactSumAggregator(), Encoders.DOUBLE());
    private static final UserDefinedFunction EXACT_PARTS = functions.udaf(new ExactPartsAggregator(),
            Encoders.DOUBLE());

    private ImpactFunctions() {
    }

    /**
     * The exact sum of a double column rounded once ({@link ExactSum}): the same bits whatever the partitioning and
     * the order of the rows; null values are skipped, and a group without any non-null value gives null.
     */
    public static Column exactSum(Column column) {
        return functions.when(functions.count(column).equalTo(0), functions.lit(null).cast("double"))
                .otherwise(EXACT_SUM.apply(column));
    }

    /**
     * The exact sum of a double column as its parts ({@link ExactSum#parts()}, packed by {@link #pack}), to be
     * merged further without rounding ({@link #unpack}).
     */
    static Column exactParts(Column column) {
        return EXACT_PARTS.apply(column);
    }

    /** The parts of an exact sum as bytes (8 per double). */
    static byte[] pack(ExactSum sum) {
        double[] parts = sum.parts();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 * parts.length);
        for (double p : parts) {
            b.putDouble(p);
        }
        return b.array();
    }

    /** Adds the parts {@link #pack} packed into {@code into}, exactly. */
    static ExactSum unpack(byte[] packed, ExactSum into) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(packed);
        while (b.hasRemaining()) {
            into.add(b.getDouble());
        }
        return into;
    }

    /** {@link ExactSumAggregator} ending with the parts instead of the rounded value. */
    static final class ExactPartsAggregator extends Aggregator<Double, ExactSum, byte[]> {
        private static final long serialVersionUID = 1L;
        private final ExactSumAggregator sum = new ExactSumAggregator();

        @Override
        public ExactSum zero() {
            return sum.zero();
        }

        @Override
        public ExactSum reduce(ExactSum s, Double value) {
            return sum.reduce(s, value);
        }

        @Override
        public ExactSum merge(ExactSum a, ExactSum b) {
            return sum.merge(a, b);
        }

        @Override
        public byte[] finish(ExactSum s) {
            return pack(s);
        }

        @Override
        public Encoder<ExactSum> bufferEncoder() {
            return sum.bufferEncoder();
        }

        @Override
        public Encoder<byte[]> outputEncoder() {
            return Encoders.BINARY();
        }
    }

    /** Spark's side of {@link ExactSum}: partial sums kept exact within partitions and merged exactly. */
    static final class ExactSumAggregator extends Aggregator<Double, ExactSum, Double> {
        private static final long serialVersionUID = 1L;

        @Override
        public ExactSum zero() {
            return new ExactSum();
        }

        @Override
        public ExactSum reduce(ExactSum sum, Double value) {
            return value == null ? sum : sum.add(value);
        }

        @Override
        public ExactSum merge(ExactSum a, ExactSum b) {
            return a.add(b);
        }

        @Override
        public Double finish(ExactSum sum) {
            return sum.value();
        }

        @Override
        public Encoder<ExactSum> bufferEncoder() {
            return Encoders.javaSerialization(ExactSum.class);
        }

        @Override
        public Encoder<Double> outputEncoder() {
            return Encoders.DOUBLE();
        }
    }
}
