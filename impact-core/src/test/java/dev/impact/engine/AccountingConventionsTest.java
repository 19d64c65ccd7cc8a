package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.LineRejectedException;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import org.junit.jupiter.api.Test;

/**
 * The accounting conventions by hand, on the ADEME-like test laptop: manufacture 170, distribution 12.3, end of life
 * 2.79 kgCO2e per device, 5 years by default, 1.65 kg, 26.5 W × 3 h/day on the French grid (0.0519 kgCO2e/kWh).
 */
class AccountingConventionsTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());
    private static final AssessmentOptions YEARLY = AssessmentOptions.defaults().reportingYear(2024);
    private static final AssessmentOptions AMORTISED = YEARLY.accounting(Accounting.AMORTISED);
    private static final AssessmentOptions FLOW = YEARLY.accounting(Accounting.FLOW);
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;
    // 26.5 W × 3 h × 365 d / 1000 = 29.0175 kWh; × 0.0519 kgCO2e/kWh
    private static final double USE = 26.5 * 3 * 365 / 1000.0 * 0.0519;

    private static Footprint one(DeviceFleet d, AssessmentOptions o) {
        return ENGINE.assess(Inventory.of("x", d), o).total();
    }

    private static double manufacture(DeviceFleet d, AssessmentOptions o) {
        return one(d, o).value(Phase.MANUFACTURE, GWP);
    }

    @Test
    void amortised_carriesAShareOnlyWhileTheDeviceIsAmortised() {
        // bought 2021, 5 years: amortised over 2021–2025, 2024 carries 170 / 5 = 34 per device, as yearly does
        assertThat(manufacture(DeviceFleet.of("laptop", 10).purchaseYear(2021), AMORTISED))
                .isCloseTo(10 * 34, within(1e-9));
        // bought 2016 (or 2019): fully amortised by 2021 (2024): nothing in 2024, where yearly still says 34
        assertThat(manufacture(DeviceFleet.of("laptop", 10).purchaseYear(2016), AMORTISED)).isZero();
        assertThat(manufacture(DeviceFleet.of("laptop", 10).purchaseYear(2019), AMORTISED)).isZero();
        assertThat(manufacture(DeviceFleet.of("laptop", 10).purchaseYear(2016), YEARLY))
                .isCloseTo(10 * 34, within(1e-9));
        // bought 2020: its last year of amortisation is 2024
        assertThat(manufacture(DeviceFleet.of("laptop", 1).purchaseYear(2020), AMORTISED)).isCloseTo(34, within(1e-9));
        // 4.5 years from 2020: [2020, 2024.5) leaves half of 2024: 0.5 / 4.5 × 170 = 18.888…
        assertThat(manufacture(DeviceFleet.of("laptop", 1).purchaseYear(2020).lifetimeYears(4.5), AMORTISED))
                .isCloseTo(0.5 / 4.5 * 170, within(1e-9));
        // the use phase is the period's, whatever the age: 26.5 × 3 × 365 / 1000 × 0.0519 per device
        assertThat(one(DeviceFleet.of("laptop", 10).purchaseYear(2016), AMORTISED).value(Phase.USE, GWP))
                .isCloseTo(10 * USE, within(1e-9));
    }

    @Test
    void amortised_overSeveralYears_andEWasteAllocatedTheSameWay() {
        // 2022–2024 (3 years) for a laptop bought in 2021: 3 of its 5 years: 3 / 5 × (170, 12.3, 2.79), 3 / 5 × 1.65 kg
        Footprint f = one(DeviceFleet.of("laptop", 1).purchaseYear(2021), AMORTISED.periodYears(3));
        assertThat(f.value(Phase.MANUFACTURE, GWP)).isCloseTo(0.6 * 170, within(1e-9));
        assertThat(f.value(Phase.DISTRIBUTION, GWP)).isCloseTo(0.6 * 12.3, within(1e-9));
        assertThat(f.value(Phase.END_OF_LIFE, GWP)).isCloseTo(0.6 * 2.79, within(1e-9));
        assertThat(f.total(Indicator.E_WASTE)).isCloseTo(0.6 * 1.65, within(1e-12));
        assertThat(one(DeviceFleet.of("laptop", 1).purchaseYear(2017), AMORTISED).total(Indicator.E_WASTE)).isZero();
    }

    @Test
    void amortised_withoutPurchaseYear_isStraightLine_counted_orRefused() {
        Assessment a = ENGINE.assess(Inventory.of("x", DeviceFleet.of("laptop", 10),
                DeviceFleet.of("laptop", 5).purchaseYear(2023), DeviceFleet.of("laptop", 2)), AMORTISED);
        // undated: 12 × 34 straight-line; the 2023 line: 5 × 34
        assertThat(a.total().value(Phase.MANUFACTURE, GWP)).isCloseTo(17 * 34, within(1e-9));
        assertThat(a.totals().defaults()).containsEntry(Engine.UNDATED_AMORTISED, 2L);
        assertThatThrownBy(() -> ENGINE.assess(Inventory.of("x", DeviceFleet.of("laptop", 10)),
                AMORTISED.requirePurchaseYears(true))).isInstanceOf(LineRejectedException.class)
                .hasMessageContaining("amortised accounting with purchase years required: this line has none");
    }

    @Test
    void flow_countsUndatedLinesAsNotBoughtInThePeriod_counted_orRefused() {
        Assessment a = ENGINE.assess(Inventory.of("x", DeviceFleet.of("laptop", 10),
                DeviceFleet.of("laptop", 5).purchaseYear(2024), DeviceFleet.of("laptop", 3).purchaseYear(2020)), FLOW);
        // only the 5 bought in 2024 carry their whole manufacture; all 18 use electricity
        assertThat(a.total().value(Phase.MANUFACTURE, GWP)).isCloseTo(5 * 170, within(1e-9));
        assertThat(a.total().value(Phase.USE, GWP)).isCloseTo(18 * USE, within(1e-9));
        assertThat(a.totals().defaults()).containsEntry(Engine.UNDATED_FLOW, 1L);
        assertThatThrownBy(() -> ENGINE.assess(Inventory.of("x", DeviceFleet.of("laptop", 10)),
                FLOW.requirePurchaseYears(true))).isInstanceOf(LineRejectedException.class)
                .hasMessageContaining("flow accounting with purchase years required: this line has none");
    }

    @Test
    void retirementYear_givesTheEffectiveLifetime_andEndsTheService() {
        // bought 2019, retired 2023: 4 years in service; 2022 carries 170 / 4 = 42.5 (yearly and amortised alike)
        DeviceFleet d = DeviceFleet.of("laptop", 1).purchaseYear(2019).retirementYear(2023);
        assertThat(manufacture(d, YEARLY.reportingYear(2022))).isCloseTo(42.5, within(1e-9));
        assertThat(manufacture(d, AMORTISED.reportingYear(2022))).isCloseTo(42.5, within(1e-9));
        Assessment a = ENGINE.assess(Inventory.of("x", d), YEARLY.reportingYear(2022));
        assertThat(a.defaults()).noneMatch(x -> x.field().equals("lifetimeYears")); // the user's own dates
        // 2024: out of service since 2023: no use, nothing embodied
        assertThat(one(d, YEARLY).total(GWP)).isZero();
        assertThatThrownBy(() -> ENGINE.assess(Inventory.of("x", DeviceFleet.of("laptop", 1).purchaseYear(2020)
                .retirementYear(2020)), YEARLY)).isInstanceOf(LineRejectedException.class)
                .hasMessageContaining("retirementYear 2020 must be after purchaseYear 2020");
        assertThatThrownBy(() -> ENGINE.assess(Inventory.of("x", DeviceFleet.of("laptop", 1).retirementYear(2023)),
                YEARLY)).isInstanceOf(LineRejectedException.class).hasMessageContaining("needs the line's purchaseYear");
    }

    @Test
    void secondLife_isLifetimeProportional_eWasteToo() {
        // used 3 years before, 4 with us, 2 after: we carry 4 / 9 of a new laptop, i.e. 170 / 9 a year (yearly),
        // and 1.65 / 9 kg of e-waste a year instead of a new laptop's 1.65 / 5
        DeviceFleet d = DeviceFleet.of("laptop", 1).refurbished().lifetimeYears(4).secondLife(3, 2);
        Footprint f = one(d, YEARLY);
        assertThat(f.value(Phase.MANUFACTURE, GWP)).isCloseTo(170 / 9.0, within(1e-9));
        assertThat(f.total(Indicator.E_WASTE)).isCloseTo(1.65 / 9, within(1e-12));
        assertThat(f.total(Indicator.E_WASTE)).isLessThan(one(DeviceFleet.of("laptop", 1), YEARLY)
                .total(Indicator.E_WASTE));
        // lifecycle: the whole own share, 4 / 9 × 170
        assertThat(manufacture(d, YEARLY.accounting(Accounting.LIFECYCLE))).isCloseTo(4 / 9.0 * 170, within(1e-9));
        // a new laptop kept 5 years and passed on for 3 more: 5 / 8 over 5 years, 170 / 8 a year
        assertThat(manufacture(DeviceFleet.of("laptop", 1).secondLife(0, 3), YEARLY)).isCloseTo(170 / 8.0,
                within(1e-9));
        assertThatThrownBy(() -> d.secondLife(-1, 0)).isInstanceOf(LineRejectedException.class)
                .hasMessage("previousLifeYears must be a finite number >= 0 (years), was -1.0");
    }

    @Test
    void amortisedShare_byHand() {
        assertThat(Engine.amortisedShare(2021, 5, 2024, 1)).isCloseTo(0.2, within(1e-15));
        assertThat(Engine.amortisedShare(2019, 5, 2024, 1)).isZero();
        assertThat(Engine.amortisedShare(2024, 5, 2024, 1)).isCloseTo(0.2, within(1e-15));
        assertThat(Engine.amortisedShare(2023, 5, 2024, 2)).isCloseTo(0.4, within(1e-15)); // 2023 and 2024
        assertThat(Engine.amortisedShare(2024, 0.5, 2024, 1)).isCloseTo(1, within(1e-15)); // half a year, all of it
    }
}
