package dev.impact.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FootprintTest {
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;

    private static Footprint laptop() {
        return Footprint.builder().set(Phase.MANUFACTURE, GWP, 170).set(Phase.DISTRIBUTION, GWP, 12.3)
                .set(Phase.END_OF_LIFE, GWP, 2.79).build();
    }

    @Test
    void total_sumsAvailablePhases() {
        // 170 + 12.3 + 2.79 = 185.09; use phase has no data
        assertThat(laptop().total(GWP)).isCloseTo(185.09, within(1e-9));
        assertThat(laptop().embodied(GWP)).isCloseTo(185.09, within(1e-9));
        assertThat(laptop().availability(GWP)).isEqualTo(Availability.PARTIAL);
        assertThat(laptop().availability(Phase.USE, GWP)).isEqualTo(Availability.NOT_AVAILABLE);
    }

    @Test
    void value_notAvailableIsNaNNotZero() {
        assertThat(laptop().value(Phase.USE, GWP)).isNaN();
        assertThat(laptop().total(Indicator.WATER_USE)).isNaN();
        assertThat(laptop().availability(Indicator.WATER_USE)).isEqualTo(Availability.NOT_AVAILABLE);
    }

    @Test
    void plus_availableInOneOperandOnlyIsPartial() {
        Footprint water = Footprint.builder().set(Phase.MANUFACTURE, Indicator.WATER_USE, 2).build();
        Footprint sum = laptop().plus(water);
        assertThat(sum.value(Phase.MANUFACTURE, Indicator.WATER_USE)).isEqualTo(2);
        assertThat(sum.availability(Phase.MANUFACTURE, Indicator.WATER_USE)).isEqualTo(Availability.PARTIAL);
        assertThat(sum.availability(Phase.MANUFACTURE, GWP)).isEqualTo(Availability.PARTIAL);
        assertThat(laptop().plus(laptop()).availability(Phase.MANUFACTURE, GWP)).isEqualTo(Availability.AVAILABLE);
        assertThat(laptop().plus(laptop()).value(Phase.MANUFACTURE, GWP)).isEqualTo(340);
        assertThat(sum.availability(Phase.USE, Indicator.WATER_USE)).isEqualTo(Availability.NOT_AVAILABLE);
    }

    @Test
    void accumulator_matchesRepeatedPlus() {
        Footprint water = Footprint.builder().set(Phase.MANUFACTURE, Indicator.WATER_USE, 2).build();
        Footprint a = laptop().plus(water).plus(laptop());
        Footprint b = Footprint.sum(List.of(laptop(), water, laptop()));
        assertThat(b).isEqualTo(a);
        assertThat(Footprint.sum(List.of())).isEqualTo(Footprint.zero());
    }

    @Test
    void accumulator_addScaled() {
        Footprint f = new Footprint.Accumulator().add(laptop(), 120).toFootprint();
        assertThat(f.total(GWP)).isCloseTo(120 * 185.09, within(1e-9));
    }

    @Test
    void times_scalesAndKeepsAvailability() {
        Footprint f = laptop().times(120);
        assertThat(f.value(Phase.MANUFACTURE, GWP)).isEqualTo(20400);
        assertThat(f.availability(Phase.USE, GWP)).isEqualTo(Availability.NOT_AVAILABLE);
    }

    @Test
    void times_nonFinite() {
        assertThatThrownBy(() -> laptop().times(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("factor must be a finite number, was NaN");
    }

    @Test
    void builder_nonFinite() {
        assertThatThrownBy(() -> Footprint.builder().set(Phase.USE, GWP, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("use.gwp must be a finite number, was Infinity");
    }

    @Test
    void onlyPhases_dropsOthers() {
        Footprint f = laptop().onlyPhases(Phase.MANUFACTURE);
        assertThat(f.total(GWP)).isEqualTo(170);
        assertThat(f.availability(Phase.DISTRIBUTION, GWP)).isEqualTo(Availability.NOT_AVAILABLE);
    }

    @Test
    void toString_showsUnitsAndNotAvailable() {
        String s = laptop().toString();
        assertThat(s).contains("climate change").contains("kgCO2e").contains("170").contains("12.3")
                .contains("n/a").contains("185.1*").doesNotContain("water use");
    }

    @Test
    void numbers_format() {
        assertThat(Numbers.format(185.09)).isEqualTo("185.1");
        assertThat(Numbers.format(20400)).isEqualTo("20400");
        assertThat(Numbers.format(0.04418)).isEqualTo("0.04418");
        assertThat(Numbers.format(5.87e-9)).isEqualTo("5.870e-09");
        assertThat(Numbers.format(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void indicator_ofCode_unknown() {
        assertThatThrownBy(() -> Indicator.ofCode("co2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown indicator code 'co2'; expected one of gwp, adpe, pe, ir, wu, ewaste");
    }

    @Test
    void addCombination_handComputed() {
        Footprint a = Footprint.builder().set(Phase.MANUFACTURE, GWP, 2).set(Phase.DISTRIBUTION, GWP, 1).build();
        Footprint b = Footprint.builder().set(Phase.MANUFACTURE, GWP, 0.5).set(Phase.USE, GWP, 3).build();
        Footprint c = Footprint.builder().set(Phase.END_OF_LIFE, Indicator.E_WASTE, 1).build();
        Footprint.Accumulator x = new Footprint.Accumulator();
        Footprint.Accumulator y = new Footprint.Accumulator();
        Footprint.Accumulator.addCombination(x, y, a, 3, b, 4, c, 2.5);
        x.addCombination(a, 1, b, 1);
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
        // instance forms
        assertThat(new Footprint.Accumulator().addCombination(a, 3, b, 4).toFootprint()).isEqualTo(
                new Footprint.Accumulator().addCombination(a, 3, b, 4, Footprint.notAvailable(), 7).toFootprint());
    }

    /** A footprint with random cells (some negative, some zero), random availability and partial cells. */
    private static Footprint random(java.util.Random r) {
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
    void addCombination_isAddOfCombineBitForBit() {
        java.util.Random r = new java.util.Random(11);
        double[] scales = {0, 1, 0.25, 1.0 / 3, 7.1, 1e-7, 123456.789, 2.0 / 3 * 17};
        Footprint.Accumulator total = new Footprint.Accumulator();
        Footprint.Accumulator totalRef = new Footprint.Accumulator();
        Footprint.Accumulator second = new Footprint.Accumulator();
        Footprint.Accumulator secondRef = new Footprint.Accumulator();
        Footprint.Accumulator same = new Footprint.Accumulator();
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
                both(total, second, a, sa, b, sb, c, sc);
                secondRef.add(combined);
            } else if (c == null) {
                total.addCombination(a, sa, b, sb);
            } else {
                total.addCombination(a, sa, b, sb, c, sc);
            }
            totalRef.add(combined);
            // the same accumulator twice: added twice
            both(same, same, a, sa, b, sb, c, sc);
            sameRef.add(combined).add(combined);
            // one combination alone (a running sum could hide a last-bit difference in one term)
            Footprint.Accumulator one = new Footprint.Accumulator();
            Footprint.Accumulator two = new Footprint.Accumulator();
            if (n % 3 == 0) {
                both(one, two, a, sa, b, sb, c, sc);
                assertBitIdentical(two.toFootprint(), new Footprint.Accumulator().add(combined).toFootprint());
            } else if (c == null) {
                one.addCombination(a, sa, b, sb);
            } else {
                one.addCombination(a, sa, b, sb, c, sc);
            }
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

    private static void both(Footprint.Accumulator x, Footprint.Accumulator y, Footprint a, double sa, Footprint b,
                             double sb, Footprint c, double sc) {
        if (c == null) {
            Footprint.Accumulator.addCombination(x, y, a, sa, b, sb);
        } else {
            Footprint.Accumulator.addCombination(x, y, a, sa, b, sb, c, sc);
        }
    }

    private static void assertBitIdentical(Footprint actual, Footprint expected) {
        for (Phase p : Phase.values()) {
            for (Indicator i : Indicator.values()) {
                assertThat(actual.availability(p, i)).as("%s %s", p, i).isEqualTo(expected.availability(p, i));
                assertThat(Double.doubleToRawLongBits(actual.value(p, i))).as("%s %s", p, i)
                        .isEqualTo(Double.doubleToRawLongBits(expected.value(p, i)));
            }
        }
    }

    @Test
    void addCombination_refusesANonFiniteScaleAndAddsNothing() {
        Footprint.Accumulator x = new Footprint.Accumulator().add(laptop());
        Footprint.Accumulator y = new Footprint.Accumulator();
        assertThatThrownBy(() -> Footprint.Accumulator.addCombination(x, y, laptop(), 1, laptop(), Double.NaN,
                laptop(), 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sb");
        assertThatThrownBy(() -> x.addCombination(laptop(), 1, laptop(), 1, laptop(), Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sc");
        assertThat(x.toFootprint()).isEqualTo(laptop());
        assertThat(y.toFootprint()).isEqualTo(Footprint.zero());
    }
}
