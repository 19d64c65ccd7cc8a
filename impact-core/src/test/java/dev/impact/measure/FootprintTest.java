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
                .hasMessage("unknown indicator code 'co2'; expected one of gwp, adpe, adpf, ir, ap, pm, wu, ewaste");
    }
}
