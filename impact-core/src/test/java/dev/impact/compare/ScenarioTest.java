package dev.impact.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.StorageMedium;
import dev.impact.inventory.StorageModel;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.Summary;
import org.junit.jupiter.api.Test;

class ScenarioTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());
    private static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);
    private static final MonteCarlo MC = MonteCarlo.builder().draws(5_000).seed(11).build();
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;

    @Test
    void ademeLaptop_keptSixYearsInsteadOfFour() {
        // ADEME laptop: embodied 170 + 12.3 + 2.79 = 185.09 kgCO2e; use 26.5 W × 3 h × 365 / 1000 = 29.0175 kWh
        // × 0.0519 kgCO2e/kWh = 1.50600825 kgCO2e a year, unchanged by the lever.
        // 4 years: 185.09 / 4 = 46.2725 a year; 6 years: 185.09 / 6 = 30.848333; drop 15.424167 = 46.2725 / 3,
        // one third of the embodied share. Per laptop-year: 47.77850825 → 32.35434158, i.e. −32.28 %.
        // E-waste: 1.65 kg / 4 = 0.4125 → 1.65 / 6 = 0.275 kg a year, −33.33 %.
        Inventory inv = Inventory.of("fleet", DeviceFleet.of("laptop", 200).lifetimeYears(4));
        ScenarioResult r = ScenarioResult.of(ENGINE, inv, Y2024, MC,
                Scenario.named("laptops kept 6 years instead of 4").extendLifetime("laptop", 2));
        assertThat(r.baseline().assessment().total(GWP)).isCloseTo(200 * 47.77850825, within(1e-6));
        assertThat(r.result().assessment().total(GWP)).isCloseTo(200 * 32.35434158, within(1e-6));
        assertThat(r.change(GWP)).isCloseTo(-200 * 185.09 / 12, within(1e-6));
        double embodiedBefore = r.baseline().assessment().total().embodied(GWP);
        assertThat(-r.change(GWP)).isCloseTo(embodiedBefore / 3, within(1e-6));
        assertThat(r.result().assessment().total().value(Phase.USE, GWP))
                .isCloseTo(r.baseline().assessment().total().value(Phase.USE, GWP), within(1e-9));
        assertThat(r.relativeChange(GWP)).isCloseTo(-15.424167 / 47.77850825, within(1e-6)); // −0.3228
        assertThat(r.relativeChange(Indicator.E_WASTE)).isCloseTo(-1.0 / 3, within(1e-12));
        // same draws for both: the laptop factor cancels; only the small use share moves the relative change
        assertThat(r.probabilityLower(GWP)).isEqualTo(1.0);
        Summary rel = r.relativeChangeUncertainty(GWP).orElseThrow();
        assertThat(rel.percentile(5)).isBetween(-1.0 / 3, -0.30);
        assertThat(rel.percentile(95)).isBetween(-1.0 / 3, -0.30);
        assertThat(r.toString()).contains("laptops kept 6 years instead of 4").contains("-32.3%")
                .contains("-33.3%");
    }

    @Test
    void refurbishedShare_splitsTheFleet() {
        // half of 200 bought refurbished, 4 years each: new 100 × (185.09 / 4 + 1.50600825) = 4777.850825;
        // refurbished 100 × ((30 + 12.3 + 2.79) / 4 + 1.50600825) = 100 × 12.77850825 = 1277.850825
        Inventory inv = Inventory.of("fleet", DeviceFleet.of("laptop", 200).lifetimeYears(4));
        ScenarioResult r = ScenarioResult.of(ENGINE, inv, Y2024, MC, Scenario.named("half refurbished")
                .refurbished("laptop", 0.5));
        assertThat(r.result().assessment().lines()).hasSize(2);
        assertThat(r.result().assessment().total(GWP)).isCloseTo(4777.850825 + 1277.850825, within(1e-6));
    }

    @Test
    void sharedDevices_keepTheUse() {
        // 200 laptops shared by 2: 100 devices each using 2 × 29.0175 kWh: embodied halves, use unchanged
        // 100 × 185.09 / 4 + 200 × 1.50600825 = 4627.25 + 301.20165
        Inventory inv = Inventory.of("fleet", DeviceFleet.of("laptop", 200).lifetimeYears(4));
        ScenarioResult r = ScenarioResult.of(ENGINE, inv, Y2024, MC, Scenario.named("shared").shareDevices("*", 2));
        assertThat(r.result().assessment().total(GWP)).isCloseTo(4627.25 + 301.20165, within(1e-6));
    }

    @Test
    void storageAndGridLevers() {
        // cloud storage per TB-year in France: 0.12454537 + 0.1107888 = 0.23533417 kgCO2e; 100 TB-years
        Inventory inv = Inventory.of("s", DataStorage.ofTbYears(100).model(StorageModel.PER_TB_YEAR),
                DataStorage.ofTbYears(10).medium(StorageMedium.SSD).pue(1.5),
                DeviceFleet.of("laptop", 10).lifetimeYears(5).energyKWhPerYear(100));
        ScenarioResult less = ScenarioResult.of(ENGINE, inv, Y2024, MC, Scenario.named("less").reduceStorage(0.2));
        // both storage lines are linear in their TB-years: the storage part drops by 20 %
        double storage = less.baseline().assessment().byCategory().get("storage").total(GWP);
        assertThat(less.change(GWP)).isCloseTo(-0.2 * storage, within(1e-9));

        // greener French grid (× 0.5): the laptop's use 10 × 100 kWh × 0.0519 = 51.9 and the SSD storage's
        // electricity 10 TB × 1.2 Wh/TB.h × 8760 h / 1000 × 1.5 = 157.68 kWh × 0.0519 = 8.183592 both halve
        ScenarioResult grid = ScenarioResult.of(ENGINE, inv, Y2024, MC, Scenario.named("grid").gridMix("FR", 0.5));
        assertThat(grid.change(GWP)).isCloseTo(-0.5 * (51.9 + 8.183592), within(1e-9));
        // the grid factor keeps its id: drawn alike in both runs, the scenario is lower in every draw
        assertThat(grid.probabilityLower(GWP)).isEqualTo(1.0);

        // SSD storage moved to Germany (Ember 2024, 0.34206): its use goes from 157.68 kWh × 0.0519 to × 0.34206
        ScenarioResult moved = ScenarioResult.of(ENGINE, Inventory.of("s",
                DataStorage.ofTbYears(10).medium(StorageMedium.SSD).pue(1.5)), Y2024, MC,
                Scenario.named("moved").moveStorage("de"));
        assertThat(moved.change(GWP)).isCloseTo(157.68 * (0.34206 - 0.0519), within(1e-9));
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> Scenario.named("s").refurbished("laptop", 1.5)).isInstanceOf(
                IllegalArgumentException.class).hasMessage("share must be in (0, 1], was 1.5");
        assertThatThrownBy(() -> Scenario.named("s").reduceStorage(1)).hasMessage("fraction must be in (0, 1), was 1.0");
        assertThatThrownBy(() -> Scenario.named("s").shareDevices("laptop", 1))
                .hasMessage("usersPerDevice must be a finite number > 1, was 1.0");
        assertThatThrownBy(() -> Scenario.named("s").gridMix("FR", -1))
                .hasMessage("ratio must be a finite number >= 0, was -1.0");
        Inventory inv = Inventory.of("fleet", DeviceFleet.of("laptop", 2).lifetimeYears(4));
        assertThatThrownBy(() -> ScenarioResult.of(ENGINE, inv, Y2024, MC, Scenario.named("s")
                .extendLifetime("laptop", -5))).hasMessage("lifetimeYears of line 'laptop' would be -1 years after"
                + " 'laptop kept 5 year(s) shorter', must be > 0");
    }
}
