package dev.impact.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impact.Impact;
import dev.impact.factors.Factors;
import dev.impact.io.InventoryFiles;
import dev.impact.measure.Indicator;
import dev.impact.uncertainty.Input;
import dev.impact.uncertainty.InputUncertainty;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.Summary;
import dev.impact.uncertainty.UncertainAssessment;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Monte Carlo over the shared factors on Spark against the single-machine Monte Carlo of the bundled example. */
class SparkUncertaintyTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "local-authority.csv");
    private static final SparkAssessor.Recipe RECIPE = () -> Impact.using(Factors.builtIn()).reportingYear(2024);
    private static final int DRAWS = 4000;

    private static SparkSession spark;
    private static Dataset<Row> example;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start();
        example = spark.read().option("header", "true").csv(EXAMPLE.toString());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void percentilesAgreeWithTheSingleMachineWithinSamplingErrorWhateverThePartitioning() {
        MonteCarlo mc = MonteCarlo.builder().draws(DRAWS).seed(42).build();
        UncertainAssessment single = Impact.using(Factors.builtIn()).reportingYear(2024).uncertainty(mc)
                .assessWithUncertainty(InventoryFiles.read(EXAMPLE));
        SparkUncertainty one = SparkAssessor.of(RECIPE).assess(example.repartition(1)).uncertainty(mc);
        SparkUncertainty three = SparkAssessor.of(RECIPE).assess(example.repartition(3)).uncertainty(mc);

        // the same bits whatever the partitioning
        for (Indicator i : Indicator.values()) {
            assertThat(three.samples(i).isPresent()).isEqualTo(one.samples(i).isPresent());
            one.samples(i).ifPresent(s -> assertThat(three.samples(i).get()).isEqualTo(s));
        }
        assertThat(one.variables()).isEqualTo(three.variables()).isNotEmpty();
        assertThat(one.variables()).containsExactlyInAnyOrderElementsOf(single.variables());

        for (Indicator i : new Indicator[] {Indicator.CLIMATE_CHANGE, Indicator.FOSSIL_RESOURCE_USE}) {
            double[] reference = single.samples(i).orElseThrow().clone();
            Arrays.sort(reference);
            Summary s = one.total(i).orElseThrow();
            Summary r = single.total(i).orElseThrow();
            // means of two independent samples of n draws: difference within 4 standard errors of a difference
            double se = r.standardDeviation() * Math.sqrt(2.0 / DRAWS);
            assertThat(s.mean()).as(i + " mean").isCloseTo(r.mean(), org.assertj.core.data.Offset.offset(4 * se));
            for (double p : new double[] {5, 50, 95}) {
                // the p-quantile of the other sample lies between the order statistics of this one at ranks
                // n·p ± 4.5·√(n·p·(1−p)) (≈ 3.2 standard errors of the difference of two sample quantiles)
                double q = p / 100;
                double half = 4.5 * Math.sqrt(DRAWS * q * (1 - q));
                double low = reference[(int) Math.max(0, Math.floor(DRAWS * q - half))];
                double high = reference[(int) Math.min(DRAWS - 1, Math.ceil(DRAWS * q + half))];
                assertThat(s.percentile(p)).as(i + " p" + p).isBetween(low, high);
            }
        }
    }

    @Test
    void inputSpreadsAreRefusedNotIgnored() {
        MonteCarlo mc = MonteCarlo.builder().draws(10).input(InputUncertainty.of("laptop", Input.LIFETIME,
                dev.impact.factor.Uncertainty.uniform(0.8, 1.2))).build();
        assertThatThrownBy(() -> SparkAssessor.of(RECIPE).assess(example).uncertainty(mc))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("input spreads");
    }
}
