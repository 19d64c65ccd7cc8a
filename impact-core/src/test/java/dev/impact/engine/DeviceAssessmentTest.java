package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import org.junit.jupiter.api.Test;

/**
 * A laptop fleet assessed by hand from ADEME's published figures: manufacture 170, distribution 12.3, end of life
 * 2.79 kgCO2e per laptop; 26.5 W × 3 h/day; French grid 0.0519 kgCO2e/kWh (ADEME Base Empreinte); 1.65 kg each.
 */
class DeviceAssessmentTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());
    private static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;
    // 26.5 W × 3 h × 365 d / 1000 = 29.0175 kWh per laptop-year; × 0.0519 = 1.50600825 kgCO2e
    private static final double USE_PER_YEAR = 26.5 * 3 * 365 / 1000.0 * 0.0519;

    @Test
    void laptops_yearly() {
        Assessment a = ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 120).lifetimeYears(5)), Y2024);
        Footprint f = a.total();
        // manufacture: 120 × 170 / 5 = 4080; distribution 120 × 12.3 / 5 = 295.2; end of life 120 × 2.79 / 5 = 66.96
        assertThat(f.value(Phase.MANUFACTURE, GWP)).isCloseTo(4080, within(1e-9));
        assertThat(f.value(Phase.DISTRIBUTION, GWP)).isCloseTo(295.2, within(1e-9));
        assertThat(f.value(Phase.END_OF_LIFE, GWP)).isCloseTo(66.96, within(1e-9));
        // use: 120 × 1.50600825 = 180.72099
        assertThat(f.value(Phase.USE, GWP)).isCloseTo(180.72099, within(1e-5));
        // total 4080 + 295.2 + 66.96 + 180.72099 = 4622.88099
        assertThat(a.total(GWP)).isCloseTo(4622.881, within(1e-3));
        assertThat(f.availability(GWP)).isEqualTo(Availability.AVAILABLE);
    }

    @Test
    void laptops_lifecycle() {
        Assessment a = ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 1).lifetimeYears(5)),
                Y2024.accounting(Accounting.LIFECYCLE));
        // 185.09 embodied + 5 years × 1.50600825 = 192.62004
        assertThat(a.total(GWP)).isCloseTo(192.62004, within(1e-5));
        assertThat(a.total(Indicator.E_WASTE)).isCloseTo(1.65, within(1e-12));
    }

    @Test
    void eWaste_perYear_isMassOverLifetime() {
        Assessment a = ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 120).lifetimeYears(5)), Y2024);
        // 120 × 1.65 kg / 5 years = 39.6 kg per year, all at end of life
        assertThat(a.total(Indicator.E_WASTE)).isCloseTo(39.6, within(1e-9));
        assertThat(a.total().value(Phase.END_OF_LIFE, Indicator.E_WASTE)).isCloseTo(39.6, within(1e-9));
        assertThat(a.total().availability(Indicator.E_WASTE)).isEqualTo(Availability.AVAILABLE);
    }

    @Test
    void defaults_areRecordedWithTheirSource() {
        Assessment a = ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 10)), Y2024);
        LineResult l = a.lines().get(0);
        assertThat(l.defaults()).extracting(AppliedDefault::field)
                .containsExactlyInAnyOrder("zone", "kWhPerYear", "massKg", "lifetimeYears");
        AppliedDefault lifetime = l.defaults().stream().filter(d -> d.field().equals("lifetimeYears")).findFirst()
                .orElseThrow();
        assertThat(lifetime.value()).isEqualTo(5);
        assertThat(lifetime.status()).isEqualTo(InputStatus.ARCHETYPE);
        assertThat(lifetime.toString()).isEqualTo("lifetimeYears assumed 5 years (archetype: device.laptop.lifetime"
                + " — ADEME 2022)");
        assertThat(l.factorIds()).containsExactly("device.laptop.ademe", "electricity.fr.ademe.2024",
                "electricity.fr.boavizta.2011");
        assertThat(l.parameterIds()).containsExactlyInAnyOrder("device.laptop.power", "device.laptop.hours_per_day",
                "device.laptop.mass", "device.laptop.lifetime");
        // a line giving its own lifetime and use does not cite those defaults
        LineResult own = ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 1).lifetimeYears(3)
                .energyKWhPerYear(20)), Y2024).lines().get(0);
        assertThat(own.parameterIds()).containsExactly("device.laptop.mass");
    }

    @Test
    void userInputs_replaceDefaults() {
        Assessment a = ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 1).lifetimeYears(4).zone("DE")
                .energyKWhPerYear(40).massKg(2)), Y2024);
        assertThat(a.lines().get(0).defaults()).isEmpty();
        // 185.09 / 4 + 40 kWh × 0.34206 (Ember 2024 Germany) = 46.2725 + 13.6824 = 59.9549
        assertThat(a.total(GWP)).isCloseTo(59.9549, within(1e-4));
        assertThat(a.total(Indicator.E_WASTE)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void reportingYear_selectsTimeValidGridFactor() {
        Inventory inv = Inventory.of("t", DeviceFleet.of("laptop", 1).lifetimeYears(5).zone("DE")
                .energyKWhPerYear(100));
        // 2023: Ember 2023 0.381 → use 38.1; 2024: 0.34206 → 34.206
        assertThat(ENGINE.assess(inv, AssessmentOptions.defaults().reportingYear(2023)).total()
                .value(Phase.USE, GWP)).isCloseTo(38.1, within(1e-9));
        assertThat(ENGINE.assess(inv, Y2024).total().value(Phase.USE, GWP)).isCloseTo(34.206, within(1e-9));
    }

    @Test
    void baselineYear_appliesTheEarliestDeviceVintageWithANotice() {
        // 2019 is before the laptop's only vintage (ADEME 2022): the 2022 figures apply backwards, and say so.
        // The French grid of 2019 is the 2011 row (the newest not after 2019), grids never applying backwards.
        Assessment a = ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 10)),
                AssessmentOptions.defaults().reportingYear(2019));
        // embodied 10 × (170 + 12.3 + 2.79) / 5 = 370.18; use 10 × 29.0175 kWh × 0.098 = 28.43715
        assertThat(a.total(GWP)).isCloseTo(370.18 + 28.43715, within(1e-9));
        LineResult l = a.lines().get(0);
        AppliedDefault notice = l.defaults().stream().filter(d -> d.field().equals("factorVintage")).findFirst()
                .orElseThrow();
        assertThat(notice.text()).isEqualTo("ADEME 2022 used for 2019");
        assertThat(notice.basis()).isEqualTo("device.laptop.ademe");
        assertThat(notice.status()).isEqualTo(InputStatus.COMPLETED);
        assertThat(a.defaults()).contains(notice);
        // from the data year on, no notice
        assertThat(ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 10)),
                AssessmentOptions.defaults().reportingYear(2022)).lines().get(0).defaults())
                .extracting(AppliedDefault::field).doesNotContain("factorVintage");
    }

    @Test
    void sourcePreference_option() {
        Inventory inv = Inventory.of("t", DeviceFleet.of("laptop", 1).lifetimeYears(5).energyKWhPerYear(100));
        // Ember 2024 France 0.04418 × 100 = 4.418 instead of ADEME's 5.19
        assertThat(ENGINE.assess(inv, Y2024.preferSources("ember-test")).total().value(Phase.USE, GWP))
                .isCloseTo(4.418, within(1e-9));
    }

    @Test
    void missingIndicator_isCompletedFromAnotherSource() {
        Assessment a = ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 1).lifetimeYears(5)
                .energyKWhPerYear(100)), Y2024);
        // ionising radiation of French electricity is only in the 2011 row: 100 kWh × 3.23 = 323 kBq
        assertThat(a.total().value(Phase.USE, Indicator.IONISING_RADIATION)).isCloseTo(323, within(1e-9));
        // the laptop factor has no ionising radiation: the total is partial, not complete
        assertThat(a.total().availability(Indicator.IONISING_RADIATION)).isEqualTo(Availability.PARTIAL);
        assertThat(a.total().availability(Indicator.WATER_USE)).isEqualTo(Availability.NOT_AVAILABLE);
    }

    @Test
    void refurbished_replacesManufacture() {
        Assessment a = ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 1).lifetimeYears(3).refurbished()
                .energyKWhPerYear(0)), Y2024.accounting(Accounting.LIFECYCLE));
        // refurbishment 30 + distribution 12.3 + end of life 2.79 = 45.09, no new manufacture
        assertThat(a.total(GWP)).isCloseTo(45.09, within(1e-9));
        assertThat(a.lines().get(0).factorIds()).contains("refurbishment.laptop.test");
    }

    @Test
    void flow_countsOnlyPurchasesOfThePeriod() {
        Inventory inv = Inventory.of("t",
                DeviceFleet.of("laptop", 10).lifetimeYears(5).purchaseYear(2024).energyKWhPerYear(0),
                DeviceFleet.of("laptop", 30).lifetimeYears(5).purchaseYear(2021).energyKWhPerYear(0));
        Assessment a = ENGINE.assess(inv, Y2024.accounting(Accounting.FLOW));
        // only the 10 bought in 2024 carry their whole embodied: 10 × 185.09 = 1850.9
        assertThat(a.total(GWP)).isCloseTo(1850.9, within(1e-9));
        // their mass as e-waste: 10 × 1.65
        assertThat(a.total(Indicator.E_WASTE)).isCloseTo(16.5, within(1e-9));
    }

    @Test
    void breakdown_byCategory() {
        Assessment a = ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 2).lifetimeYears(5),
                DeviceFleet.of("monitor", 3), DeviceFleet.of("laptop", 1).lifetimeYears(5)), Y2024);
        assertThat(a.byCategory()).containsOnlyKeys("laptop", "monitor");
        // monitors: 3 × ((64.6 + 1.29 + 3.95) / 6 + 50 W × 4 h × 365 / 1000 × 0.0519)
        //         = 3 × (11.64 + 3.7887) = 46.2861
        assertThat(a.byCategory().get("monitor").total(GWP)).isCloseTo(46.2861, within(1e-4));
        assertThat(a.toString()).contains("laptop").contains("monitor").contains("Defaults applied");
    }
}
