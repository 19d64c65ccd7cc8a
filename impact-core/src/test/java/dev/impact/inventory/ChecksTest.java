package dev.impact.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The normalisations of zones and categories, whatever the String instance, and their refusals. */
class ChecksTest {
    @Test
    void zone_sameOrEqualInstances_normalisedEveryTime() {
        String fr = new String(" fr ");
        for (int i = 0; i < 3; i++) {
            assertThat(Checks.zone(fr)).isEqualTo("FR");
            assertThat(Checks.zone(new String(" fr "))).isEqualTo("FR");
            assertThat(Checks.zone("De")).isEqualTo("DE");
        }
        // many different zones: each normalised
        for (int i = 0; i < 500; i++) {
            String z = "z" + i;
            assertThat(Checks.zone(z)).isEqualTo("Z" + i);
            assertThat(Checks.zone(z)).isEqualTo("Z" + i);
        }
        String laptop = new String(" Laptop");
        assertThat(DeviceFleet.of(laptop, 1).category()).isEqualTo("laptop");
        assertThat(DeviceFleet.builder(laptop, 2).build().category()).isEqualTo("laptop");
        assertThat(DeviceFleet.builder(laptop, 2).build().label()).isEqualTo("laptop");
    }

    @Test
    void zone_blankOrNull_refusedEveryTime() {
        String blank = new String("  ");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> Checks.zone(blank)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("zone must not be blank, was '  '");
            assertThatThrownBy(() -> Checks.zone(null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("zone must not be blank, was null");
            assertThatThrownBy(() -> DeviceFleet.builder(blank, 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("category must not be blank, was '  '");
        }
    }
}
