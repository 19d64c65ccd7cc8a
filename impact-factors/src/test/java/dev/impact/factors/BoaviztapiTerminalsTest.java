package dev.impact.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.Assessor;
import dev.impact.Impact;
import dev.impact.engine.Accounting;
import dev.impact.engine.Assessment;
import dev.impact.inventory.Convention;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.LineRejectedException;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import org.junit.jupiter.api.Test;

/**
 * BoaviztAPI 2.4.1 end-user terminals and peripherals ({@code /v1/terminal/*}, {@code /v1/peripheral/*}) under the
 * boaviztapi convention. Expected values: BoaviztAPI's own published outputs (tests/api/test_terminals_peripherals.py
 * at 15878f0), which it rounds by the spread of its min/max (embedded to 4 significant figures; use often to one,
 * e.g. 2.4966 shown as "2.0"), and, for the use phase, the hand computation from its formula and data: average power
 * (W) × use-time ratio × hours / 1000 × the grid factor of its default location EEE (0.38 kgCO2e/kWh,
 * 6.42317e-08 kgSbeq/kWh), impact's zone EUROPE.
 */
class BoaviztapiTerminalsTest {
    private static final Catalog C = Factors.builtIn("2026.3");

    private static Assessor boavizta(Accounting accounting) {
        return Impact.using(C).reportingYear(2025).accounting(accounting).convention(Convention.BOAVIZTAPI);
    }

    private static double value(Assessment a, Phase p, Indicator i) {
        return a.total().value(p, i);
    }

    @Test
    void published_smartphone_defaultArchetype_wholeLifetime() {
        // test_smartphone: embedded gwp 84.0; use over hours_life_time 21 900 h: 1 W × 0.3 × 21 900 h = 6.57 kWh;
        // gwp 6.57 × 0.38 = 2.4966 (BoaviztAPI shows 2.0), adp 6.57 × 6.42317e-08 = 4.2200e-07 (shows 4e-07)
        Assessment a = boavizta(Accounting.LIFECYCLE).assess(Inventory.of("t",
                DeviceFleet.of("smartphone", 1).zone("EUROPE")));
        assertThat(value(a, Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).isCloseTo(84.0, within(84.0 * 1e-3));
        assertThat(value(a, Phase.USE, Indicator.CLIMATE_CHANGE)).isCloseTo(2.4966, within(1e-9));
        assertThat(value(a, Phase.USE, Indicator.ABIOTIC_DEPLETION)).isCloseTo(6.57 * 6.42317e-08, within(1e-15));
        assertThat(a.lines().get(0).factorIds()).contains("boaviztapi.terminal.smartphone-default"
                + ".boaviztapi-15878f0-terminals");
    }

    @Test
    void published_tvPerso_oneHour() {
        // test_tv_archetype_perso_duration (?archetype=tv-perso&duration=1): embedded 360 × 1 / 70 080 = 0.005137;
        // use 300 W × 0.3 × 1 h / 1000 × 0.38 = 0.0342 (BoaviztAPI shows 0.03)
        Assessment a = boavizta(Accounting.YEARLY).periodYears(1.0 / 8760).assess(Inventory.of("t",
                DeviceFleet.of("tv", 1).archetype("tv-perso").zone("EUROPE")));
        assertThat(value(a, Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).isCloseTo(0.005137, within(0.005137e-3));
        assertThat(value(a, Phase.USE, Indicator.CLIMATE_CHANGE)).isCloseTo(0.0342, within(1e-12));
        // the pro TV (the default archetype) has its own embedded figure: 152 kgCO2e
        Assessment pro = boavizta(Accounting.LIFECYCLE).assess(Inventory.of("t", DeviceFleet.of("tv", 1)
                .zone("EUROPE")));
        assertThat(value(pro, Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).isCloseTo(152, within(1e-9));
    }

    @Test
    void published_boxAndLaptop_otherCriteria() {
        // test_box (criteria=adpe): embedded 4.41e-05; use 10 W × 1 × 43 800 h / 1000 = 438 kWh × 6.42317e-08
        // = 2.8133e-05 (BoaviztAPI shows 3e-05)
        Assessment box = boavizta(Accounting.LIFECYCLE).assess(Inventory.of("t",
                DeviceFleet.of("internet-box", 1).zone("EUROPE")));
        assertThat(value(box, Phase.MANUFACTURE, Indicator.ABIOTIC_DEPLETION)).isCloseTo(4.41e-05, within(1e-12));
        assertThat(value(box, Phase.USE, Indicator.ABIOTIC_DEPLETION)).isCloseTo(438 * 6.42317e-08, within(1e-15));
        // test_laptop (criteria=ir): embedded 73.6 (BoaviztAPI's "kg U235 eq.", EF 3.0's kBq U235 eq)
        Assessment laptop = boavizta(Accounting.LIFECYCLE).assess(Inventory.of("t",
                DeviceFleet.of("laptop", 1).zone("EUROPE")));
        assertThat(value(laptop, Phase.MANUFACTURE, Indicator.IONISING_RADIATION)).isCloseTo(73.6, within(1e-9));
    }

    @Test
    void yearly_laptopPerso_inFrance_byHand() {
        // laptop-perso: 175 kgCO2e over 43 800 h = 5 years → 35 per year; 75 W × 0.3 × 8760 h = 197.1 kWh a year ×
        // BoaviztAPI's France factor 0.098 = 19.3158 kgCO2e; 12 laptops
        Assessment a = boavizta(Accounting.YEARLY).assess(Inventory.of("t",
                DeviceFleet.of("laptop", 12).archetype("laptop-perso").zone("FR")));
        assertThat(value(a, Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).isCloseTo(12 * 35, within(1e-9));
        assertThat(value(a, Phase.USE, Indicator.CLIMATE_CHANGE)).isCloseTo(12 * 197.1 * 0.098, within(1e-9));
        // the line's own use wins over the archetype's (BoaviztAPI's avg_power and use_time_ratio): 20 W, 6 h a day
        Assessment own = boavizta(Accounting.YEARLY).assess(Inventory.of("t",
                DeviceFleet.of("laptop", 1).archetype("laptop-perso").zone("FR").power(20, 6)));
        assertThat(value(own, Phase.USE, Indicator.CLIMATE_CHANGE)).isCloseTo(20 * 6 * 365 / 1000.0 * 0.098,
                within(1e-9));
    }

    @Test
    void vrHeadset_aCategoryOnlyBoaviztapiHas() {
        // vr-headset-oled: 89.4 kgCO2e embedded (BoaviztAPI's copy of CEPIR 2022); 710 W × 0.01 × 43 800 h = 310.98 kWh
        Assessment a = boavizta(Accounting.LIFECYCLE).assess(Inventory.of("t",
                DeviceFleet.of("vr-headset", 1).archetype("vr-headset-oled").zone("EUROPE")));
        assertThat(value(a, Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).isCloseTo(89.4, within(1e-9));
        assertThat(value(a, Phase.USE, Indicator.CLIMATE_CHANGE)).isCloseTo(310.98 * 0.38, within(1e-9));
    }

    @Test
    void whyDefaultDiffers_namesTheTerminalChoice() {
        // a new laptop in France over one year: BoaviztAPI 181 / 4 + 197.1 kWh × 0.098 = 45.25 + 19.3158 = 64.5658
        dev.impact.engine.ConventionDifference d = Impact.using(C).reportingYear(2025).differenceFrom(
                Inventory.of("t", DeviceFleet.of("laptop", 1).zone("FR")), Convention.BOAVIZTAPI);
        assertThat(d.choices()).extracting(dev.impact.engine.ConventionDifference.Choice::id)
                .containsExactly("boaviztapi-terminal");
        assertThat(d.choices().get(0).peerKgCo2e()).isCloseTo(181 / 4.0 + 197.1 * 0.098, within(1e-9));
    }

    @Test
    void published_iotDroneMini_andBlocksByHand() {
        // test_drone_mini: embedded gwp 15.37, the sum of its blocks' manufacture + end of life: actuators HSL-3
        // 1.88 + 0.201, casing HSL-1 0.431 + 0.0912, connectivity HSL-1 0.258 + 1.1e-05, memory HSL-1 0.279 +
        // 9.55e-06, others HSL-3 2.0 + 0.0693, pcb HSL-2 0.614 + 0.032, power supply HSL-3 4.99 + 0.0457, processing
        // HSL-2 3.53 + 7.68e-05, sensing HSL-3 0.796 + 3.63e-05, user interface HSL-1 0.145 + 0.00554 = 15.36787365
        Assessment drone = boavizta(Accounting.LIFECYCLE).assess(Inventory.of("t",
                DeviceFleet.of("iot-device", 1).archetype("drone_mini").zone("EUROPE")));
        double embedded = value(drone, Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)
                + value(drone, Phase.END_OF_LIFE, Indicator.CLIMATE_CHANGE);
        assertThat(embedded).isCloseTo(15.36787365, within(1e-9));
        assertThat(embedded).isCloseTo(15.37, within(15.37 * 1e-3));
        // BoaviztAPI assesses no use for it (no average power): 0, said on the line
        assertThat(value(drone, Phase.USE, Indicator.CLIMATE_CHANGE)).isZero();
        // blocks given replace the archetype's: casing HSL-1 0.431 + 0.0912, processing HSL-2 3.53 + 7.68e-05
        Assessment two = boavizta(Accounting.LIFECYCLE).assess(Inventory.of("t", DeviceFleet.of("iot-device", 3)
                .archetype("drone_mini").iotBlock("casing", 1).iotBlock("processing", 2).zone("EUROPE")));
        assertThat(value(two, Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)
                + value(two, Phase.END_OF_LIFE, Indicator.CLIMATE_CHANGE))
                .isCloseTo(3 * (0.431 + 0.0912 + 3.53 + 7.68e-05), within(1e-9));
        // BoaviztAPI's default IoT device has no block: nothing to count, refused with what to give
        assertThatThrownBy(() -> boavizta(Accounting.LIFECYCLE).assess(Inventory.of("t",
                DeviceFleet.of("iot-device", 1)))).rootCause().hasMessageContaining("an IoT device needs its"
                        + " functional blocks");
        assertThatThrownBy(() -> DeviceFleet.of("iot-device", 1).iotBlock("casing", 4))
                .hasMessage("the hardware security level of casing must be 0 to 3, was 4");
        assertThatThrownBy(() -> DeviceFleet.of("iot-device", 1).iotBlock("casings", 1))
                .hasMessageContaining("unknown IoT functional block 'casings'").hasMessageContaining("casing");
    }

    @Test
    void lineConvention_winsOverTheAssessments() {
        Assessment a = Impact.using(C).reportingYear(2025).accounting(Accounting.LIFECYCLE).assess(Inventory.of("t",
                DeviceFleet.of("smartphone", 1).zone("EUROPE").convention(Convention.BOAVIZTAPI)));
        assertThat(value(a, Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).isCloseTo(84.0, within(1e-9));
    }

    @Test
    void notCovered_keepsImpactsFiguresAndSaysWhy() {
        // a refurbished laptop: BoaviztAPI has no refurbished terminals
        Assessment a = boavizta(Accounting.YEARLY).assess(Inventory.of("t",
                DeviceFleet.of("laptop", 1).refurbished().zone("FR")));
        Assessment impact = Impact.using(C).reportingYear(2025).assess(Inventory.of("t",
                DeviceFleet.of("laptop", 1).refurbished().zone("FR")));
        assertThat(value(a, Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE))
                .isEqualTo(value(impact, Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE));
        assertThat(a.lines().get(0).defaults()).anySatisfy(d -> assertThat(d.basis())
                .contains("BoaviztAPI has no figures for refurbished devices"));
        // a keyboard: no BoaviztAPI terminal
        Assessment k = boavizta(Accounting.YEARLY).assess(Inventory.of("t", DeviceFleet.of("keyboard", 1)));
        assertThat(k.lines().get(0).defaults()).anySatisfy(d -> assertThat(d.basis())
                .contains("a terminal or peripheral 'keyboard'"));
    }

    @Test
    void archetype_refusedWhereItCannotApply() {
        assertThatThrownBy(() -> Impact.using(C).assess(Inventory.of("t", DeviceFleet.of("laptop", 1)
                .archetype("laptop-perso")))).hasRootCauseInstanceOf(LineRejectedException.class)
                .rootCause().hasMessageContaining("counts only under the boaviztapi convention");
        assertThatThrownBy(() -> boavizta(Accounting.YEARLY).assess(Inventory.of("t", DeviceFleet.of("laptop", 1)
                .archetype("tv-perso")))).rootCause().hasMessageContaining("'tv-perso' is not a BoaviztAPI archetype"
                        + " of laptop; known: laptop-pro, laptop-perso");
        // a category only BoaviztAPI has, under impact's convention: said so, with the way out
        assertThatThrownBy(() -> Impact.using(C).assess(Inventory.of("t", DeviceFleet.of("vr-headset", 1))))
                .rootCause().hasMessageContaining("device category 'vr-headset' has figures in BoaviztAPI's"
                        + " terminals only").hasMessageContaining("assess it under the boaviztapi convention");
    }
}
