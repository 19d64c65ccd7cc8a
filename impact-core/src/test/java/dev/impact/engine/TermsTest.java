package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Terms#add} and {@link Engine.Sum}: what adding the built footprint gives, bit for bit. */
class TermsTest {
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;

    private static void add(Engine.Sum x, Engine.Sum y, Footprint a, double sa, Footprint b, double sb, Footprint c,
                            double sc) {
        Terms.Part pa = new Terms.Part(a);
        Terms.Part pb = new Terms.Part(b);
        Terms.Part pc = c == null ? null : new Terms.Part(c);
        Terms.add(x, y, pa.cells, sa, pb.cells, sb, pc == null ? Terms.ZERO : pc.cells, pc == null ? 0 : sc,
                pa.known | pb.known | (pc == null ? 0 : pc.known),
                pa.partial | pb.partial | (pc == null ? 0 : pc.partial),
                Math.abs(sa) * pa.maxAbs + Math.abs(sb) * pb.maxAbs + (pc == null ? 0 : Math.abs(sc) * pc.maxAbs),
                new double[Terms.CELLS]);
    }

    @Test
    void add_handComputed() {
        Footprint a = Footprint.builder().set(Phase.MANUFACTURE, GWP, 2).set(Phase.DISTRIBUTION, GWP, 1).build();
        Footprint b = Footprint.builder().set(Phase.MANUFACTURE, GWP, 0.5).set(Phase.USE, GWP, 3).build();
        Footprint c = Footprint.builder().set(Phase.END_OF_LIFE, Indicator.E_WASTE, 1).build();
        Engine.Sum x = new Engine.Sum();
        Engine.Sum y = new Engine.Sum();
        add(x, y, a, 3, b, 4, c, 2.5);
        add(x, null, a, 1, b, 1, null, 0);
        Footprint fx = x.toFootprint();
        // 2×3 + 0.5×4 = 8, then + 2 + 0.5 = 10.5; distribution 1×3 + 1 = 4; use 3×4 + 3 = 15; e-waste 2.5 then none
        assertThat(fx.value(Phase.MANUFACTURE, GWP)).isEqualTo(10.5);
        assertThat(fx.value(Phase.DISTRIBUTION, GWP)).isEqualTo(4);
        assertThat(fx.value(Phase.USE, GWP)).isEqualTo(15);
        assertThat(fx.value(Phase.END_OF_LIFE, Indicator.E_WASTE)).isEqualTo(2.5);
        assertThat(fx.availability(Phase.END_OF_LIFE, Indicator.E_WASTE)).isEqualTo(Availability.PARTIAL);
        assertThat(fx.availability(Phase.MANUFACTURE, GWP)).isEqualTo(Availability.AVAILABLE);
        assertThat(fx.availability(Phase.END_OF_LIFE, GWP)).isEqualTo(Availability.NOT_AVAILABLE);
        Footprint fy = y.toFootprint();
        assertThat(fy.value(Phase.MANUFACTURE, GWP)).isEqualTo(8);
        assertThat(fy.availability(Phase.END_OF_LIFE, Indicator.E_WASTE)).isEqualTo(Availability.AVAILABLE);
    }

    /** A footprint with random cells (some negative, some zero), random availability and partial cells. */
    private static Footprint random(Random r) {
        Footprint.Builder b = Footprint.builder();
        Footprint.Builder other = Footprint.builder();
        for (Phase p : Phase.values()) {
            for (Indicator i : Indicator.values()) {
                int k = r.nextInt(6);
                if (k == 0) {
                    continue;
                }
                double v = k == 1 ? 0 : k == 2 ? -r.nextDouble() * 10 : r.nextDouble() * Math.pow(10, r.nextInt(9) - 4);
                b.set(p, i, v);
                if (r.nextInt(5) == 0) {
                    other.set(p, i, r.nextDouble());
                }
            }
        }
        Footprint f = b.build();
        // plus with a footprint that lacks some of these cells makes partial cells
        f = r.nextBoolean() ? f : f.plus(other.set(Phase.USE, Indicator.WATER_USE, 1).build());
        // a negative scale leaves -0.0 in the cells without data
        return r.nextInt(4) == 0 ? f.times(-0.5) : f;
    }

    @Test
    void add_manyCombinations_isAccumulatorAddOfCombineBitForBit() {
        Random r = new Random(11);
        double[] scales = {0, 1, 0.25, 1.0 / 3, 7.1, 1e-7, 123456.789, 2.0 / 3 * 17};
        Engine.Sum total = new Engine.Sum();
        Footprint.Accumulator totalRef = new Footprint.Accumulator();
        Engine.Sum second = new Engine.Sum();
        Footprint.Accumulator secondRef = new Footprint.Accumulator();
        Engine.Sum same = new Engine.Sum();
        Footprint.Accumulator sameRef = new Footprint.Accumulator();
        for (int n = 0; n < 3000; n++) {
            Footprint a = random(r);
            Footprint b = random(r);
            Footprint c = r.nextInt(3) == 0 ? null : random(r);
            double sa = scales[r.nextInt(scales.length)] * (1 + r.nextDouble());
            double sb = scales[r.nextInt(scales.length)] * (1 + r.nextDouble());
            double sc = scales[r.nextInt(scales.length)] * (1 + r.nextDouble());
            Footprint combined = c == null ? Footprint.combine(a, sa, b, sb) : Footprint.combine(a, sa, b, sb, c, sc);
            if (n % 2 == 0) {
                add(total, second, a, sa, b, sb, c, sc);
                secondRef.add(combined);
            } else {
                add(total, null, a, sa, b, sb, c, sc);
            }
            totalRef.add(combined);
            // the same sum twice: added twice
            add(same, same, a, sa, b, sb, c, sc);
            sameRef.add(combined).add(combined);
            // one combination alone (a running sum could hide a last-bit difference in one term)
            Engine.Sum one = new Engine.Sum();
            add(one, null, a, sa, b, sb, c, sc);
            assertBitIdentical(one.toFootprint(), new Footprint.Accumulator().add(combined).toFootprint());
            if (n % 100 == 0) {
                assertBitIdentical(total.toFootprint(), totalRef.toFootprint());
            }
        }
        assertBitIdentical(total.toFootprint(), totalRef.toFootprint());
        assertBitIdentical(second.toFootprint(), secondRef.toFootprint());
        assertBitIdentical(same.toFootprint(), sameRef.toFootprint());
        assertThat(total.toFootprint().availability(Indicator.WATER_USE)).isEqualTo(Availability.PARTIAL);
    }

    @Test
    void sumAdd_randomFootprints_isAccumulatorAdd() {
        Random r = new Random(5);
        Engine.Sum sum = new Engine.Sum();
        Footprint.Accumulator ref = new Footprint.Accumulator();
        assertThat(sum.toFootprint()).isEqualTo(Footprint.zero());
        for (int n = 0; n < 500; n++) {
            Footprint f = random(r);
            sum.add(f);
            ref.add(f);
            assertBitIdentical(sum.toFootprint(), ref.toFootprint());
        }
        sum.add(Footprint.notAvailable());
        ref.add(Footprint.notAvailable());
        assertBitIdentical(sum.toFootprint(), ref.toFootprint());
        assertThat(sum.reset().toFootprint()).isEqualTo(Footprint.zero());
    }

    private static void assertBitIdentical(Footprint actual, Footprint expected) {
        for (Phase p : Phase.values()) {
            for (Indicator i : Indicator.values()) {
                assertThat(actual.availability(p, i)).as("%s %s", p, i).isEqualTo(expected.availability(p, i));
                assertThat(Double.doubleToRawLongBits(actual.value(p, i))).as("%s %s", p, i)
                        .isEqualTo(Double.doubleToRawLongBits(expected.value(p, i)));
            }
        }
        assertThat(actual).isEqualTo(expected);
    }
}
