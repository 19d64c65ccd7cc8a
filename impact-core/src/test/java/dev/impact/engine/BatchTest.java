package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.Activity;
import dev.impact.inventory.AiInference;
import dev.impact.inventory.AiModelSize;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.Convention;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.NetworkKind;
import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.StorageMedium;
import dev.impact.inventory.StorageModel;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.Random;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The batch API gives, bit for bit, what the per-line API gives for a line of each amount: per-item totals and cells
 * as {@link Engine.Session#assess}'s footprint, sums as {@link Engine.Session#add} of each line; and refuses bad
 * amounts naming their index.
 */
class BatchTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());
    private static final AssessmentOptions OPTIONS = AssessmentOptions.defaults().reportingYear(2024);

    /** A line kind: the line of a given amount (everything else fixed). */
    record Kind(String name, DoubleFunction<Activity> line) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind("per-GB fixed FR", q -> NetworkTransfer.ofGb(q).kind(NetworkKind.FIXED).zone("FR")),
                new Kind("per-GB mobile, default zone", q -> NetworkTransfer.ofGb(q).kind(NetworkKind.MOBILE)),
                new Kind("OneByte DE", q -> NetworkTransfer.ofGb(q).model(NetworkModel.ONEBYTE).zone("DE")),
                new Kind("OneByte global grid, 30 % green", q -> NetworkTransfer.ofGb(q).model(NetworkModel.ONEBYTE)
                        .modelGridIntensity().greenHosting(0.3)),
                new Kind("SWD v4 FR, 40 % green", q -> NetworkTransfer.ofGb(q).model(NetworkModel.SWD_V4).zone("FR")
                        .greenHosting(0.4)),
                new Kind("SWD v4 global grid", q -> NetworkTransfer.ofGb(q).model(NetworkModel.SWD_V4)
                        .modelGridIntensity()),
                new Kind("SWD v3 FR, 50 % green (zone-grid path with the green data-centre part)", q -> NetworkTransfer
                        .ofGb(q).model(NetworkModel.SWD_V3).zone("FR").greenHosting(0.5)),
                new Kind("SWD v4 FR under co2.js's conventions", q -> NetworkTransfer.ofGb(q).model(NetworkModel.SWD_V4)
                        .zone("FR").convention(Convention.CO2JS)),
                new Kind("SSD storage DE", q -> DataStorage.ofTbYears(q).medium(StorageMedium.SSD).zone("DE")),
                new Kind("HDD storage, own PUE, 3 copies", q -> DataStorage.ofTbYears(q).medium(StorageMedium.HDD)
                        .model(StorageModel.HARDWARE).pue(1.3).replication(3).zone("FR")),
                new Kind("cloud aws FR", q -> CloudCompute.of("aws", q).zone("FR")),
                new Kind("cloud aws, 35 %, PUE 1.2", q -> CloudCompute.of("aws", q).utilisation(0.35).pue(1.2)
                        .zone("FR")),
                new Kind("AI medium", q -> AiInference.of(q, AiModelSize.MEDIUM)));
    }

    private static double[] amounts(long seed) {
        Random r = new Random(seed);
        double[] a = new double[200];
        for (int i = 0; i < a.length; i++) {
            // from tiny to large, with repeats
            a[i] = i % 17 == 0 ? 1 : Math.pow(10, -3 + 9 * r.nextDouble()) * (1 + r.nextDouble());
        }
        return a;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void totalsAndValues_areThePerLineBits(Kind kind) {
        double[] amounts = amounts(kind.name.hashCode());
        Engine.Session s = ENGINE.session(OPTIONS);
        Batch batch = s.batch(kind.line.apply(1));
        LineResult two = s.assess(kind.line.apply(2));
        assertThat(batch.outcome()).isEqualTo(new Engine.LineOutcome(two.factorIds(), two.parameterIds(), two.defaults()));
        for (Indicator ind : Indicator.values()) {
            double[] totals = batch.totals(amounts, ind, new double[amounts.length]);
            for (int i = 0; i < amounts.length; i++) {
                double expected = s.assess(kind.line.apply(amounts[i])).footprint().total(ind);
                assertThat(Double.doubleToRawLongBits(totals[i])).as("%s %s item %d", kind, ind, i)
                        .isEqualTo(Double.doubleToRawLongBits(expected));
            }
            for (Phase p : Phase.values()) {
                double[] cells = batch.values(amounts, p, ind, new double[amounts.length]);
                for (int i = 0; i < amounts.length; i++) {
                    double expected = s.assess(kind.line.apply(amounts[i])).footprint().value(p, ind);
                    assertThat(Double.doubleToRawLongBits(cells[i])).as("%s %s %s item %d", kind, p, ind, i)
                            .isEqualTo(Double.doubleToRawLongBits(expected));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void addAll_leavesTheSumsOfPerLineAdds(Kind kind) {
        double[] amounts = amounts(31 + kind.name.hashCode());
        Engine.Session s = ENGINE.session(OPTIONS);
        Engine.Sum perLine = new Engine.Sum();
        Engine.Sum other = new Engine.Sum();
        // both sums start from the same device line, so the batch adds onto a sum that already holds other cells
        s.add(dev.impact.inventory.DeviceFleet.of("laptop", 3).zone("FR"), perLine, other);
        Engine.Sum batched = new Engine.Sum().add(other.toFootprint());
        for (double q : amounts) {
            s.add(kind.line.apply(q), perLine, other);
        }
        s.batch(kind.line.apply(1)).addAll(amounts, 0, 120, batched);
        s.batch(kind.line.apply(1)).addAll(amounts, 120, amounts.length, batched);
        assertSameBits(batched.toFootprint(), perLine.toFootprint());
    }

    @Test
    void oneByteGlobalGrid_isCo2jsPerGigabyte() {
        // co2.js 0.19.0 itself, new co2({model: "1byte"}).perByte(1e9, false) = 290.813 g: its output for one GB,
        // measured by running it (benchmarks/peers/run.sh prints it in its check column); the test catalog carries
        // co2.js's OneByte constants (see Co2jsFixturesTest)
        double[] kg = ENGINE.session(OPTIONS).batch(NetworkTransfer.ofGb(1).model(NetworkModel.ONEBYTE)
                .modelGridIntensity()).totals(new double[] {1, 2.5, 0}, Indicator.CLIMATE_CHANGE, new double[3]);
        assertThat(kg[0]).isCloseTo(0.290813, org.assertj.core.data.Percentage.withPercentage(0.1));
        assertThat(kg[1]).isCloseTo(2.5 * 0.290813, org.assertj.core.data.Percentage.withPercentage(0.1));
        assertThat(kg[2]).isZero();
    }

    @Test
    void badAmounts_areRefusedByIndex_beforeAnythingIsWritten() {
        Batch b = ENGINE.session(OPTIONS).batch(NetworkTransfer.ofGb(1).model(NetworkModel.SWD_V4).zone("FR"));
        double[] out = {7, 7, 7};
        assertThatThrownBy(() -> b.totals(new double[] {1, -2, 3}, Indicator.CLIMATE_CHANGE, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amounts[1] must be a finite number >= 0, was -2.0");
        assertThat(out).containsExactly(7, 7, 7);
        assertThatThrownBy(() -> b.totals(new double[] {Double.NaN}, Indicator.CLIMATE_CHANGE, out))
                .hasMessage("amounts[0] must be a finite number >= 0, was NaN");
        Engine.Sum sum = new Engine.Sum();
        assertThatThrownBy(() -> b.addAll(new double[] {1, Double.POSITIVE_INFINITY}, sum))
                .hasMessage("amounts[1] must be a finite number >= 0, was Infinity");
        assertThat(sum.toFootprint()).isEqualTo(Footprint.zero());
        assertThatThrownBy(() -> b.totals(new double[] {1, 2}, Indicator.CLIMATE_CHANGE, new double[1]))
                .hasMessage("out holds 1 values, fewer than the 2 amounts");
        assertThatThrownBy(() -> b.addAll(new double[] {1e305}, sum))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("largest amount (1.0E305)");
    }

    @Test
    void cloudTemplateWithMemory_isRefused() {
        Engine.Session s = ENGINE.session(OPTIONS);
        assertThatThrownBy(() -> s.batch(CloudCompute.of("aws", 10).memoryGbHours(64).zone("FR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no memoryGbHours (was 64.0)");
    }

    @Test
    void indicatorWithoutData_givesNaN() {
        Batch b = ENGINE.session(OPTIONS).batch(NetworkTransfer.ofGb(1).model(NetworkModel.ONEBYTE)
                .modelGridIntensity());
        double[] out = b.totals(new double[] {1, 2}, Indicator.E_WASTE, new double[2]);
        assertThat(out).containsExactly(Double.NaN, Double.NaN);
    }

    private static void assertSameBits(Footprint actual, Footprint expected) {
        for (Phase p : Phase.values()) {
            for (Indicator i : Indicator.values()) {
                assertThat(actual.availability(p, i)).as("%s %s", p, i).isEqualTo(expected.availability(p, i));
                if (expected.availability(p, i) != Availability.NOT_AVAILABLE) {
                    assertThat(Double.doubleToRawLongBits(actual.value(p, i))).as("%s %s", p, i)
                            .isEqualTo(Double.doubleToRawLongBits(expected.value(p, i)));
                }
            }
        }
    }
}
