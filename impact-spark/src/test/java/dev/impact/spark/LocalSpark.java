package dev.impact.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The local Spark session of the tests: two cores, no UI, few shuffle partitions (small data), interpreted
 * expressions (no code generation to pay for on tiny datasets). One per test JVM, shared by the test classes and
 * stopped by Spark's shutdown hook.
 */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("impact-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.sql.adaptive.enabled", "false")
                    .config("spark.sql.codegen.wholeStage", "false")
                    .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                    .getOrCreate();
        }
        return session;
    }
}
