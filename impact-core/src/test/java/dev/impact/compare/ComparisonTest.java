package dev.impact.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.engine.Accounting;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Indicator;
import dev.impact.uncertainty.MonteCarlo;
import org.junit.jupiter.api.Test;

/**
 * Offers over the ADEME laptop (185.09 kgCO2e embodied = 170 + 12.3 + 2.79; use 26.5 W × 3 h × 365 / 1000 =
 * 29.0175 kWh × 0.0519 = 1.50600825 kgCO2e a year; refurbishment 30 kgCO2e); every factor lognormal(gsd 1.2).
 */
class ComparisonTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());
    private static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);
    private static final MonteCarlo MC = MonteCarlo.builder().draws(5_000).seed(3).build();
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;

    private static Offer offer(String name, DeviceFleet fleet) {
        return Offer.of(name, Inventory.of(name, fleet), FunctionalUnit.perDeviceYear());
    }

    @Test
    void identicalOffers_areATossUp() {
        Comparison c = Comparison.of(ENGINE, Y2024, MC, offer("A", DeviceFleet.of("laptop", 200).lifetimeYears(4)),
                offer("B", DeviceFleet.of("laptop", 200).lifetimeYears(4)));
        assertThat(c.probabilityLower("A", "B", GWP)).isEqualTo(0.5);
        assertThat(c.probabilityLowest("A", GWP)).isEqualTo(0.5);
        assertThat(c.probabilityLowest("B", GWP)).isEqualTo(0.5);
    }

    @Test
    void strictlyLowerInputs_winEveryDraw() {
        // same laptops, kept 6 instead of 4 years: 185.09 / 6 + 1.506 = 32.354 vs 185.09 / 4 + 1.506 = 47.779 per
        // device-year; the shared laptop and grid factors cancel, so 6 years wins in every draw
        Comparison c = Comparison.of(ENGINE, Y2024, MC, offer("4 y", DeviceFleet.of("laptop", 200).lifetimeYears(4)),
                offer("6 y", DeviceFleet.of("laptop", 200).lifetimeYears(6)));
        assertThat(c.probabilityLower("6 y", "4 y", GWP)).isEqualTo(1.0);
        assertThat(c.probabilityLower("4 y", "6 y", GWP)).isEqualTo(0.0);
        assertThat(c.central("4 y", GWP)).isCloseTo(185.09 / 4 + 1.50600825, within(1e-9));
        assertThat(c.central("6 y", GWP)).isCloseTo(185.09 / 6 + 1.50600825, within(1e-9));
        // the e-waste per device-year: 1.65 / 6 vs 1.65 / 4
        assertThat(c.central("6 y", Indicator.E_WASTE)).isCloseTo(0.275, within(1e-12));
        assertThat(c.probabilityLower("6 y", "4 y", Indicator.E_WASTE)).isEqualTo(1.0);
    }

    @Test
    void threeOffers_rankingAndProbabilities() {
        // per device-year: new 4 y 47.779; refurbished 3 y (30 + 12.3 + 2.79) / 3 + 1.506 = 16.536; new 6 y 32.354
        Comparison c = Comparison.of(ENGINE, Y2024, MC,
                offer("new 4 years", DeviceFleet.of("laptop", 200).lifetimeYears(4)),
                offer("refurbished 3 years", DeviceFleet.of("laptop", 200).refurbished().lifetimeYears(3)),
                offer("new 6 years", DeviceFleet.of("laptop", 200).lifetimeYears(6)));
        assertThat(c.ranking(GWP)).containsExactly("refurbished 3 years", "new 6 years", "new 4 years");
        assertThat(c.central("refurbished 3 years", GWP)).isCloseTo(45.09 / 3 + 1.50600825, within(1e-9));
        double sum = 0;
        for (Offer o : c.offers()) {
            sum += c.probabilityLowest(o.name(), GWP);
        }
        assertThat(sum).isCloseTo(1, within(1e-12));
        // refurbishment (30, gsd 1.2) is an independent factor: refurbished wins unless it is drawn ~3× too high
        assertThat(c.probabilityLowest("refurbished 3 years", GWP)).isGreaterThan(0.99);
        assertThat(c.probabilityLowest("new 4 years", GWP)).isZero();
        assertThat(c.summary("new 6 years", GWP).median()).isCloseTo(32.354, within(0.05 * 32.354));
        assertThat(c.toString()).contains("refurbished 3 years").contains("P(lowest)").contains("per device-year")
                .contains("P(row < column)");
    }

    @Test
    void perUserYear_dividesByUsers() {
        Inventory inv = Inventory.of("shared", DeviceFleet.of("laptop", 100).lifetimeYears(4));
        Comparison c = Comparison.of(ENGINE, Y2024, MC, Offer.of("one each", inv, FunctionalUnit.perUserYear(1)),
                Offer.of("two per laptop", inv, FunctionalUnit.perUserYear(2)));
        assertThat(c.central("two per laptop", GWP)).isCloseTo(c.central("one each", GWP) / 2, within(1e-12));
        assertThat(c.probabilityLower("two per laptop", "one each", GWP)).isEqualTo(1.0);
    }

    @Test
    void badInput() {
        Inventory inv = Inventory.of("i", DeviceFleet.of("laptop", 1));
        assertThatThrownBy(() -> Comparison.of(ENGINE, Y2024, MC, Offer.of("a", inv, FunctionalUnit.perDeviceYear()),
                Offer.of("b", inv, FunctionalUnit.perSeat(30)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offers must share the functional unit kind: 'a' is per device-year, 'b' is per seat"
                        + " (30 seats)");
        assertThatThrownBy(() -> Comparison.of(ENGINE, Y2024.accounting(Accounting.LIFECYCLE), MC,
                offer("a", DeviceFleet.of("laptop", 1)), offer("b", DeviceFleet.of("laptop", 2))))
                .hasMessage("accounting must be YEARLY for a per-device-year functional unit, was LIFECYCLE");
        assertThatThrownBy(() -> Comparison.of(ENGINE, Y2024, MC, offer("a", DeviceFleet.of("laptop", 1))))
                .hasMessage("offers must be at least 2, was 1");
        assertThatThrownBy(() -> FunctionalUnit.perSeat(0)).hasMessage("seats must be a finite number > 0, was 0.0");
        assertThatThrownBy(() -> FunctionalUnit.perUserYear(-1))
                .hasMessage("usersPerDevice must be a finite number > 0, was -1.0");
        Comparison c = Comparison.of(ENGINE, Y2024, MC, offer("a", DeviceFleet.of("laptop", 1)),
                offer("b", DeviceFleet.of("laptop", 2)));
        assertThatThrownBy(() -> c.probabilityLower("a", "c", GWP)).hasMessage("unknown offer 'c'; offers: [a, b]");
        assertThatThrownBy(() -> c.summary("a", Indicator.WATER_USE)).hasMessageStartingWith(
                "indicator wu is not available in every offer");
    }
}
