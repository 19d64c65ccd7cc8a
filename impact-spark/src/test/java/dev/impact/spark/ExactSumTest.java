package dev.impact.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExactSumTest {

    /** The exact sum of {@code xs}, rounded once to the nearest double by the JDK's decimal parser. */
    private static double exact(List<Double> xs) {
        BigDecimal s = BigDecimal.ZERO;
        for (double x : xs) {
            s = s.add(new BigDecimal(x));
        }
        return Double.parseDouble(s.toString());
    }

    private static double sum(List<Double> xs) {
        ExactSum s = new ExactSum();
        xs.forEach(s::add);
        return s.value();
    }

    @Test
    void valuesNaiveSummationLoses() {
        // 1e16 + 1 + 1 - 1e16: adding left to right gives 0 (1 is below half an ulp of 1e16), the exact sum is 2
        List<Double> xs = List.of(1e16, 1.0, 1.0, -1e16);
        assertThat(1e16 + 1.0 + 1.0 - 1e16).isEqualTo(0.0);
        assertThat(sum(xs)).isEqualTo(2.0);
        // 0.1 ten times: 0.9999999999999999 left to right; the exact sum of the ten doubles rounds to 1.0
        List<Double> tenth = Collections.nCopies(10, 0.1);
        assertThat(sum(tenth)).isEqualTo(exact(tenth)).isEqualTo(1.0);
    }

    @Test
    void halfwayCasesRoundToEven() {
        // 1 + 2^-53 is exactly halfway between 1 and the next double: ties to even gives 1; a tiny extra part
        // above the half makes it round up
        assertThat(sum(List.of(1.0, 0x1p-53))).isEqualTo(1.0);
        assertThat(sum(List.of(1.0, 0x1p-53, 0x1p-100))).isEqualTo(Math.nextUp(1.0));
        assertThat(sum(List.of(1.0, 0x1p-53, -0x1p-100))).isEqualTo(1.0);
    }

    @Test
    void equalsTheRoundedExactSumWhateverTheOrderAndSplit() {
        SplittableRandom random = new SplittableRandom(17);
        for (int round = 0; round < 200; round++) {
            List<Double> xs = new ArrayList<>();
            int n = 1 + random.nextInt(300);
            for (int i = 0; i < n; i++) {
                // magnitudes from 1e-12 to 1e12, both signs: footprints of lines plus cancellations
                double x = Math.pow(10, random.nextDouble(-12, 12)) * (random.nextBoolean() ? 1 : -1);
                xs.add(x);
            }
            double expected = exact(xs);
            assertThat(sum(xs)).isEqualTo(expected);
            Collections.shuffle(xs, new java.util.Random(round));
            // split into k partial sums merged in another order: Spark's partitions
            int k = 1 + random.nextInt(17);
            List<ExactSum> parts = new ArrayList<>();
            for (int p = 0; p < k; p++) {
                parts.add(new ExactSum());
            }
            for (int i = 0; i < xs.size(); i++) {
                parts.get(random.nextInt(k)).add(xs.get(i));
            }
            ExactSum merged = new ExactSum();
            for (int p = k - 1; p >= 0; p--) {
                merged.add(parts.get(p));
            }
            assertThat(merged.value()).isEqualTo(expected);
            assertThat(merged.count()).isEqualTo(xs.size());
        }
    }

    @Test
    void emptyIsZeroAndNonFiniteInputsShow() {
        assertThat(new ExactSum().value()).isEqualTo(0.0);
        assertThat(new ExactSum().add(1).add(Double.NaN).value()).isNaN();
        assertThat(new ExactSum().add(1).add(Double.POSITIVE_INFINITY).value()).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
