package dev.impact.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A column gives back footprints equal to those added: values, availability (partial cells too), in order. */
class FootprintColumnTest {

    @Test
    void givesBackWhatWasAdded_acrossGrowth() {
        Footprint full = Footprint.builder().set(Phase.USE, Indicator.CLIMATE_CHANGE, 12.5)
                .set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 3).build();
        // partial: one part has data for manufacture only, the other for use only
        Footprint partial = new Footprint.Accumulator()
                .add(Footprint.builder().set(Phase.MANUFACTURE, Indicator.E_WASTE, 0.25).build())
                .add(Footprint.builder().set(Phase.USE, Indicator.CLIMATE_CHANGE, 1).build()).toFootprint();
        FootprintColumn column = new FootprintColumn(1);
        Footprint[] added = {full, partial, Footprint.zero(), full.times(2), partial};
        for (Footprint f : added) {
            column.add(f);
        }
        assertThat(column.size()).isEqualTo(5);
        for (int i = 0; i < added.length; i++) {
            Footprint back = column.get(i);
            assertThat(back).isEqualTo(added[i]).isNotSameAs(added[i]);
            assertThat(back.availability(Indicator.CLIMATE_CHANGE))
                    .isEqualTo(added[i].availability(Indicator.CLIMATE_CHANGE));
        }
        assertThat(column.get(3).value(Phase.USE, Indicator.CLIMATE_CHANGE)).isEqualTo(25.0);
        assertThat(column.get(1).availability(Phase.MANUFACTURE, Indicator.E_WASTE)).isEqualTo(Availability.PARTIAL);
    }

    @Test
    void refusesBadIndexAndCapacity() {
        FootprintColumn column = new FootprintColumn(0);
        assertThatThrownBy(() -> column.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new FootprintColumn(-1)).hasMessage("capacity must be >= 0, was -1");
        assertThatThrownBy(() -> column.add(null)).isInstanceOf(NullPointerException.class);
    }
}
