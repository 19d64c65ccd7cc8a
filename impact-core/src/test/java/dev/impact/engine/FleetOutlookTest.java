package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.NetworkTransfer;
import org.junit.jupiter.api.Test;

/**
 * The e-waste forecast and age pyramid by hand: ADEME-like laptop 1.65 kg, 5 years by default; monitor 6 years by
 * default, with its mass given here (the test catalog has none for it).
 */
class FleetOutlookTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());
    private static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);

    @Test
    void wasteByYear_fromPurchaseYearsAndLifetimes() {
        Assessment a = ENGINE.assess(Inventory.of("town",
                DeviceFleet.of("laptop", 10).purchaseYear(2021),            // 2021 + 5 → 2026: 16.5 kg
                DeviceFleet.of("laptop", 4).purchaseYear(2017),             // 2022, overdue → 2025: 6.6 kg
                DeviceFleet.of("laptop", 2).purchaseYear(2024).lifetimeYears(3.5), // ⌊2027.5⌋ = 2027: 3.3 kg
                DeviceFleet.of("monitor", 6).massKg(4).purchaseYear(2020),  // 2026: 24 kg
                DeviceFleet.of("laptop", 3).purchaseYear(2023).retirementYear(2025), // retired 2025: 4.95 kg
                DeviceFleet.of("laptop", 5),                                 // undated: 5 × 1.65 / 5 = 1.65 kg a year
                DeviceFleet.of("laptop", 1).purchaseYear(2024),             // 2029: after the horizon
                NetworkTransfer.ofGb(100).kind(dev.impact.inventory.NetworkKind.FIXED)), Y2024);
        FleetOutlook o = FleetOutlook.of(a, 4); // 2025–2028
        assertThat(o.wasteKg().keySet()).containsExactly(2025, 2026, 2027, 2028);
        assertThat(o.wasteKg(2025)).isCloseTo(6.6 + 4.95 + 1.65, within(1e-9));
        assertThat(o.wasteKg(2026)).isCloseTo(16.5 + 24 + 1.65, within(1e-9));
        assertThat(o.wasteKg().get(2026).get("monitor")).isCloseTo(24, within(1e-9));
        assertThat(o.wasteKg(2027)).isCloseTo(3.3 + 1.65, within(1e-9));
        assertThat(o.wasteKg(2028)).isCloseTo(1.65, within(1e-9));
        assertThat(o.overdueKg()).isCloseTo(6.6, within(1e-9));
        assertThat(o.undatedUnits()).isEqualTo(5);
        // ages: 3 years (10 laptops of 2021), 7 (4 of 2017), 0 (2 + 1 of 2024), 4 (6 monitors), 1 (3 of 2023)
        assertThat(o.ages().keySet()).containsExactly(0, 1, 3, 4, 7);
        assertThat(o.ages().get(0).get("laptop")).isEqualTo(3);
        assertThat(o.ages().get(4).get("monitor")).isEqualTo(6);
        assertThat(o.toString()).contains("2026").contains("42.15");
    }

    @Test
    void years_outOfRange() {
        Assessment a = ENGINE.assess(Inventory.of("x", DeviceFleet.of("laptop", 1)), Y2024);
        assertThatThrownBy(() -> FleetOutlook.of(a, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("years must be between 1 and 30, was 0");
    }
}
