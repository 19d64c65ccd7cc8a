package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.LineRejectedException;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import org.junit.jupiter.api.Test;

/**
 * Finite inputs whose footprint, or whose sum, leaves the range of a double are refused naming the line, and leave
 * the sums they were added to as they were: no report ever sees an infinite or NaN figure.
 */
class OverflowTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());
    private static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);

    /** The largest cell of one laptop-year: a quantity q gives q times it. */
    private static double largestCellPerLaptop() {
        Footprint one = ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 1)), Y2024).total();
        double max = 0;
        for (Phase p : Phase.values()) {
            for (Indicator i : Indicator.values()) {
                if (one.availability(p, i) != Availability.NOT_AVAILABLE) {
                    max = Math.max(max, Math.abs(one.value(p, i)));
                }
            }
        }
        assertThat(max).isGreaterThan(1);
        return max;
    }

    @Test
    void aLineWhoseOwnScaleOverflows_isRefusedInWords() {
        // 1e308 laptops over 1e-300 years: the quantity over the lifetime is beyond any double
        Inventory inv = Inventory.of("t", DeviceFleet.of("laptop", 1e308).lifetimeYears(1e-300).label("huge"));
        assertThatThrownBy(() -> ENGINE.assess(inv, Y2024))
                .isInstanceOf(LineRejectedException.class)
                .hasMessageStartingWith("line 1 ('huge'): the line's amounts are too large to compute")
                .hasMessageNotContaining(" sa ").hasMessageNotContaining("Infinity");
    }

    @Test
    void aLineWhoseFootprintOverflows_namesTheIndicator_andAddsNothing() {
        double q = Footprint.MAX_CELL / largestCellPerLaptop() * 2; // a finite count, its largest cell beyond 1e300
        assertThat(q).isFinite();
        Inventory inv = Inventory.of("t", DeviceFleet.of("laptop", q).label("too many"));
        assertThatThrownBy(() -> ENGINE.assess(inv, Y2024))
                .hasMessageStartingWith("line 1 ('too many'): the footprint is too large to compute: its ")
                .hasMessageContaining("goes beyond 1e300 ").hasMessageContaining("the largest figure impact computes");

        Engine.Session s = ENGINE.session(Y2024);
        Engine.Sum total = new Engine.Sum();
        Engine.Sum laptops = new Engine.Sum();
        s.add(DeviceFleet.of("laptop", 1), total, laptops);
        Footprint before = total.toFootprint();
        assertThatThrownBy(() -> s.add(DeviceFleet.of("laptop", q).label("too many"), total, laptops))
                .hasMessageStartingWith("line 2 ('too many'): the footprint is too large to compute");
        assertThat(total.toFootprint()).isEqualTo(before);
        assertThat(laptops.toFootprint()).isEqualTo(before);
    }

    @Test
    void twoFiniteLinesWhoseSumOverflows_theSecondIsNamed() {
        // each line's largest cell is 0.6e300: within the limit alone, 1.2e300 together
        double q = 0.6 * Footprint.MAX_CELL / largestCellPerLaptop();
        Inventory inv = Inventory.of("t", DeviceFleet.of("laptop", q).label("first"),
                DeviceFleet.of("laptop", q).label("second"));
        assertThatThrownBy(() -> ENGINE.assess(inv, Y2024))
                .isInstanceOf(LineRejectedException.class)
                .hasMessageStartingWith("line 2 ('second'): adding this line to the totals: the footprint is too"
                        + " large to compute");

        Engine.Session s = ENGINE.session(Y2024);
        Engine.Sum total = new Engine.Sum();
        Engine.Sum laptops = new Engine.Sum();
        s.add(inv.lines().get(0), total, laptops);
        Footprint one = total.toFootprint();
        assertThatThrownBy(() -> s.add(inv.lines().get(1), total, laptops))
                .hasMessageStartingWith("line 2 ('second'): adding this line to the totals");
        assertThat(total.toFootprint()).isEqualTo(one); // nothing added
        assertThatThrownBy(() -> new Engine.Sum().add(one).add(one))
                .hasMessageStartingWith("the footprint is too large to compute");
    }

    @Test
    void footprintArithmetic_neverReturnsAnInfiniteCell() {
        Footprint big = Footprint.builder().set(Phase.USE, Indicator.CLIMATE_CHANGE, 1e300).build();
        assertThatThrownBy(() -> big.plus(big)).hasMessageContaining("(use) goes beyond 1e300 kgCO2e");
        assertThatThrownBy(() -> big.times(2)).hasMessageContaining("(use) goes beyond 1e300 kgCO2e");
        assertThatThrownBy(() -> Footprint.builder().set(Phase.USE, Indicator.CLIMATE_CHANGE, 1.01e300).build())
                .hasMessageContaining("goes beyond 1e300");
        assertThatThrownBy(() -> Footprint.combine(big, 1, big, 1)).hasMessageContaining("goes beyond");
        Footprint.Accumulator acc = new Footprint.Accumulator().add(big);
        assertThatThrownBy(() -> acc.add(big)).hasMessageContaining("goes beyond");
        assertThat(acc.toFootprint()).isEqualTo(big); // the refused addition left the sum as it was
        assertThat(big.times(0.5).value(Phase.USE, Indicator.CLIMATE_CHANGE)).isEqualTo(5e299);
    }
}
