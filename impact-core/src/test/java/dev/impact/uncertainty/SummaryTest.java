package dev.impact.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void of_smallSample_byHand() {
        // 1..5: mean 3, sd sqrt(10 / 4) = 1.5811; type 7: p25 at h = 4 × 0.25 = 1 → 2; p90 at h = 3.6 → 4.6
        Summary s = Summary.of(new double[] {5, 1, 4, 2, 3}, 25, 90);
        assertThat(s.mean()).isEqualTo(3);
        assertThat(s.standardDeviation()).isCloseTo(Math.sqrt(2.5), within(1e-15));
        assertThat(s.median()).isEqualTo(3);
        assertThat(s.percentile(25)).isEqualTo(2);
        assertThat(s.percentile(90)).isCloseTo(4.6, within(1e-12));
        assertThat(s.toString()).isEqualTo("mean 3, median 3, sd 1.581, p25 2, p90 4.6 (5 draws)");
    }

    @Property(seed = "14")
    void selection_equalsSorting(@ForAll @Size(min = 2, max = 300) double[] values,
                                 @ForAll @DoubleRange(min = 0.1, max = 99.9) double q) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (v.length < 2) {
            return;
        }
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        Summary s = Summary.of(v, q, 5, 95);
        assertThat(s.percentile(q)).isEqualTo(Summary.percentile(sorted, q));
        assertThat(s.percentile(5)).isEqualTo(Summary.percentile(sorted, 5));
        assertThat(s.median()).isEqualTo(Summary.percentile(sorted, 50));
    }

    @Test
    void ranks_averageTies_asCommonsMath() {
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
        assertThat(UncertainAssessment.ranks(x)).containsExactly(
                new org.apache.commons.math3.stat.ranking.NaturalRanking().rank(x));
    }

    @Test
    void of_badInput() {
        assertThatThrownBy(() -> Summary.of(new double[] {1}, 50))
                .hasMessage("samples must hold at least 2 values, was 1");
        assertThatThrownBy(() -> Summary.of(new double[] {1, 2}, 100))
                .hasMessage("percentiles must be in (0, 100) (%), was 100.0");
        assertThatThrownBy(() -> Summary.of(new double[] {1, Double.NaN}, 50))
                .hasMessage("samples must not contain NaN");
    }

    @Test
    void of_hugeSamples_finiteStatistics() {
        // 1e300 × (1..5): mean 3e300, sd 1e300 × sqrt(10 / 4) = 1.5811e300 — the squares overflow, the result must not
        Summary s = Summary.of(new double[] {5e300, 1e300, 4e300, 2e300, 3e300}, 50);
        assertThat(s.mean()).isCloseTo(3e300, org.assertj.core.data.Percentage.withPercentage(1e-12));
        assertThat(s.standardDeviation()).isCloseTo(Math.sqrt(2.5) * 1e300,
                org.assertj.core.data.Percentage.withPercentage(1e-12));
        // finite samples whose sum overflows: 1e308 and 1.5e308, mean 1.25e308
        Summary big = Summary.of(new double[] {1e308, 1.5e308}, 50);
        assertThat(big.mean()).isCloseTo(1.25e308, org.assertj.core.data.Percentage.withPercentage(1e-12));
        assertThat(big.standardDeviation()).isFinite();
        assertThatThrownBy(() -> Summary.of(new double[] {1, Double.POSITIVE_INFINITY}, 50))
                .hasMessage("samples must be finite, was Infinity");
    }
}
