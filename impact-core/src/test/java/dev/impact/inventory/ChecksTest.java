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

    @Test
    void zoneAndCategory_alreadyCanonical_sameInstance() {
        String fr = new String("FR");
        assertThat(Checks.zone(fr)).isSameAs(fr);
        String laptop = new String("desktop-pro");
        assertThat(DeviceFleet.of(laptop, 1).category()).isSameAs(laptop);
        // not canonical: normalised as before
        assertThat(Checks.zone("Fr")).isEqualTo("FR");
        assertThat(Checks.zone("FR\t")).isEqualTo("FR");
        assertThat(Checks.zone("\u00e9s")).isEqualTo("\u00c9S");
        assertThat(DeviceFleet.of("Laptop", 1).category()).isEqualTo("laptop");
    }

    @Test
    void isCanonical_cases() {
        assertThat(Checks.isCanonical("FR", false)).isTrue();
        assertThat(Checks.isCanonical("US-CA", false)).isTrue();
        assertThat(Checks.isCanonical("fr", false)).isFalse();
        assertThat(Checks.isCanonical("laptop", true)).isTrue();
        assertThat(Checks.isCanonical("Laptop", true)).isFalse();
        assertThat(Checks.isCanonical("", true)).isFalse();
        assertThat(Checks.isCanonical(" a", true)).isFalse();
        assertThat(Checks.isCanonical("a ", true)).isFalse();
        assertThat(Checks.isCanonical("caf\u00e9", true)).isFalse();
    }
}
