package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.impact.factor.Factor;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.ProductRange;
import dev.impact.factor.Provenance;
import dev.impact.factor.ReferenceUnit;
import dev.impact.factor.Source;
import dev.impact.factor.TestCatalogs;
import dev.impact.factor.Uncertainty;
import dev.impact.inventory.DeclaredFootprint;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import dev.impact.uncertainty.MonteCarlo;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Device lines naming a model, or declaring their footprint, checked by hand against two manufacturers' sheets as
 * Boavizta compiles them (boavizta-data-us.csv @61323eb): Dell Latitude 5430 (March 2022) 301 kgCO2e over 4 years,
 * use share 0.16, transport 0.031, end of life 0.004, 23.36 kWh/year, 1.36 kg; Apple 13-inch MacBook Air M1 256 GB
 * (Nov 2020) 161 kgCO2e, use share 0.15, transport 0.08. Category: ADEME laptop 170 / 12.3 / 2.79 kgCO2e, 26.5 W × 3
 * h/day; French grid 0.0519 kgCO2e/kWh (TestCatalogs).
 */
class ModelFootprintTest {
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;
    private static final FactorCatalog CATALOG = TestCatalogs.withProducts();
    private static final Engine ENGINE = Engine.of(CATALOG);
    private static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);

    private static Assessment assess(DeviceFleet d) {
        return ENGINE.assess(Inventory.of("t", d), Y2024);
    }

    @Test
    void namedModel_takesItsSheet_energyAndMass() {
        Assessment a = assess(DeviceFleet.of("laptop", 10).lifetimeYears(4).model("Dell Latitude 5430"));
        // per laptop-year: 252.84 / 4 = 63.21 embodied + 23.36 kWh × 0.0519 = 1.212384 use → 64.422384; × 10
        assertThat(a.total(GWP)).isCloseTo(644.22384, within(1e-9));
        assertThat(a.total().value(Phase.MANUFACTURE, GWP)).isCloseTo(10 * 242.305 / 4, within(1e-9));
        assertThat(a.total().value(Phase.END_OF_LIFE, GWP)).isCloseTo(10 * 1.204 / 4, within(1e-9));
        // e-waste from the sheet's mass: 10 × 1.36 kg / 4 years = 3.4 kg per year
        assertThat(a.total(Indicator.E_WASTE)).isCloseTo(3.4, within(1e-12));
        assertThat(a.factorIds()).contains("product.laptop.dell-latitude-5430.t", "device.laptop.ademe");
        assertThat(a.parameterIds()).contains("product.laptop.dell-latitude-5430.energy");
    }

    @Test
    void twoModels_giveDifferentResults() {
        double dell = assess(DeviceFleet.of("laptop", 1).lifetimeYears(4).model("Latitude 5430")).total(GWP);
        double apple = assess(DeviceFleet.of("laptop", 1).lifetimeYears(4).model("apple 13-inch MacBook Air (M1)"))
                .total(GWP);
        assertThat(dell).isCloseTo(64.422384, within(1e-9));
        // 136.85 / 4 = 34.2125 embodied (end of life counted in the sheet's total: 0 here) + the category's use,
        // the Air's sheet giving no energy: 26.5 × 3 × 365 / 1000 × 0.0519 = 1.50600825 → 35.71850825
        assertThat(apple).isCloseTo(35.71850825, within(1e-9));
    }

    @Test
    void unknownModel_fallsBackToTheCategory_withANotice() {
        Assessment a = assess(DeviceFleet.of("laptop", 1).lifetimeYears(4).model("Dell Latitude 9999"));
        // 185.09 / 4 = 46.2725 + 1.50600825 = 47.77850825
        assertThat(a.total(GWP)).isCloseTo(47.77850825, within(1e-9));
        assertThat(a.lines().get(0).defaults()).anySatisfy(d -> {
            assertThat(d.field()).isEqualTo("model");
            assertThat(d.text()).contains("Dell Latitude 9999: not in test catalog test, laptop average used")
                    .contains("closest: dell-latitude-5430");
        });
    }

    @Test
    void declaredValue_overridesTheSheet_withItsSourceAndARangeCheck() {
        DeclaredFootprint d = DeclaredFootprint.of(200, "Dell PCF, March 2022, p. 2");
        Assessment a = assess(DeviceFleet.of("laptop", 1).lifetimeYears(4).model("Dell Latitude 5430").declared(d));
        // 200 / 4 = 50 + the model's use 1.212384 = 51.212384
        assertThat(a.total(GWP)).isCloseTo(51.212384, within(1e-9));
        // the declaration is one manufacture figure: distribution and end of life are in it
        assertThat(a.total().value(Phase.DISTRIBUTION, GWP)).isZero();
        assertThat(a.lines().get(0).defaults()).anySatisfy(n -> {
            assertThat(n.field()).isEqualTo("declaredFootprint");
            assertThat(n.value()).isEqualTo(200);
            // two sheets 136.85 and 252.84: p5 = 136.85 + 0.05 × 115.99 = 142.6495, p95 = 136.85 + 0.95 × 115.99 =
            // 247.0405, median 194.845; 200 / 194.845 = 1.0265; shown with 4 significant digits
            assertThat(n.basis()).contains("Dell PCF, March 2022, p. 2").contains("within the range of laptop: 2"
                    + " sheets, p5–p95 142.6–247 kgCO2e (median 194.8, min 136.8, max 252.8), 1.026× the median");
        });
        Assessment low = assess(DeviceFleet.of("laptop", 1).declared(DeclaredFootprint.of(60, "brochure")));
        assertThat(low.lines().get(0).defaults()).anySatisfy(n -> assertThat(n.basis()).contains("BELOW the range"));
    }

    @Test
    void productRange_byHand() {
        ProductRange r = ProductRange.of(CATALOG, "laptop").orElseThrow();
        assertThat(r.count()).isEqualTo(2);
        assertThat(r.minKgCo2e()).isCloseTo(136.85, within(1e-9));
        assertThat(r.maxKgCo2e()).isCloseTo(252.84, within(1e-9));
        assertThat(r.p5KgCo2e()).isCloseTo(142.6495, within(1e-9));
        assertThat(r.p95KgCo2e()).isCloseTo(247.0405, within(1e-9));
        assertThat(r.check(250)).isEqualTo(ProductRange.Position.ABOVE);
        assertThat(r.check(140)).isEqualTo(ProductRange.Position.BELOW);
        assertThat(ProductRange.of(CATALOG, "monitor")).isEmpty();
    }

    @Test
    void modelLine_isFullyDecomposedForMonteCarlo() {
        var mc = MonteCarlo.builder().draws(2000).seed(7).build();
        var u = mc.run(ENGINE, Inventory.of("t", DeviceFleet.of("laptop", 1).lifetimeYears(4)
                .model("Dell Latitude 5430").declared(DeclaredFootprint.of(200, "sheet"))), Y2024);
        assertThat(u.constantLines()).isEmpty();
        // the declaration's ±20 % uniform spread is drawn: the mean stays at the central value within noise
        assertThat(u.total(GWP).orElseThrow().mean()).isCloseTo(51.212384, within(0.5));
        assertThat(u.variables()).anySatisfy(v -> assertThat(v).contains("declared.laptop.dell-latitude-5430"));
    }
}
