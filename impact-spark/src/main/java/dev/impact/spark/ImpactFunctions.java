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
