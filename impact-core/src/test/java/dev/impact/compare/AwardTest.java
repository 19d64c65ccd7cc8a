package dev.impact.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.TestCatalogs;
import dev.impact.factor.Uncertainty;
import dev.impact.inventory.DeclaredFootprint;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Indicator;
import dev.impact.uncertainty.MonteCarlo;
import org.junit.jupiter.api.Test;

/**
 * Award scoring checked by hand. Laptops over the ADEME category (185.09 kgCO2e embodied), 20 W × 8 h/day =
 * 20 × 8 × 365 / 1000 = 58.4 kWh a year, French grid 0.0519 kgCO2e/kWh → 3.03096 kgCO2e a year; electricity at
 * 0.25 EUR/kWh → 14.6 EUR a year.
 */
class AwardTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.withProducts());
    private static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;

    @Test
    void formulas_byHand() {
        // proportional: 40 × 100 / 120 = 33.333…; the best gets 40
        assertThat(Scoring.PROPORTIONAL_TO_BEST.points(120, 100, 150, 40)).isCloseTo(33.3333333, within(1e-6));
        assertThat(Scoring.PROPORTIONAL_TO_BEST.points(100, 100, 150, 40)).isEqualTo(40);
        // linear: 40 × (150 − 120) / (150 − 100) = 24; the worst gets 0; all tied: 40
        assertThat(Scoring.LINEAR_BEST_WORST.points(120, 100, 150, 40)).isCloseTo(24, within(1e-12));
        assertThat(Scoring.LINEAR_BEST_WORST.points(150, 100, 150, 40)).isZero();
        assertThat(Scoring.LINEAR_BEST_WORST.points(100, 100, 100, 40)).isEqualTo(40);
        // relative gap: 40 × (1 − (120 − 100) / 100) = 32; twice the best or more: 0
        assertThat(Scoring.RELATIVE_GAP.points(120, 100, 250, 40)).isCloseTo(32, within(1e-12));
        assertThat(Scoring.RELATIVE_GAP.points(250, 100, 250, 40)).isZero();
        assertThat(Scoring.ofCode("Linear")).isEqualTo(Scoring.LINEAR_BEST_WORST);
        assertThatThrownBy(() -> Scoring.ofCode("best")).hasMessage("scoring must be one of [proportional, linear,"
                + " relative-gap], was 'best'");
    }

    @Test
    void costAndClimate_scoresTcoAndRanking_byHand() {
        Offer a = Offer.of("A", Inventory.of("a", DeviceFleet.of("laptop", 100).lifetimeYears(4).power(20, 8)),
                FunctionalUnit.perDeviceYear()).withCosts(Costs.of(new double[] {1000}, new double[] {20}));
        Offer b = Offer.of("B", Inventory.of("b", DeviceFleet.of("laptop", 100).lifetimeYears(6).power(20, 8)),
                FunctionalUnit.perDeviceYear()).withCosts(Costs.of(new double[] {1300}, new double[] {0}));
        Comparison c = Comparison.of(ENGINE, Y2024, MonteCarlo.builder().draws(4000).seed(5).build(), a, b);
        Criterion cost = Criterion.cost(60, Scoring.PROPORTIONAL_TO_BEST);
        Criterion climate = Criterion.footprint(GWP, 40, Scoring.LINEAR_BEST_WORST);
        Award award = c.award(Tender.named("laptops").criterion(cost).criterion(climate)
                .electricityPrice("FR", 2020, 0.20).electricityPrice("FR", 2024, 0.25));
        // TCO per device-year: A (1000 + 20) / 4 + 14.6 = 255 + 14.6 = 269.6; B 1300 / 6 + 14.6 = 231.2667
        Award.Tco ta = award.tco("A").orElseThrow();
        assertThat(ta.purchase()).isCloseTo(250, within(1e-9));
        assertThat(ta.endOfLife()).isCloseTo(5, within(1e-9));
        assertThat(ta.electricity()).isCloseTo(14.6, within(1e-9));
        assertThat(ta.kWh()).isCloseTo(58.4, within(1e-9));
        assertThat(ta.prices()).containsExactly(new Tender.Price("FR", 2024, 0.25));
        assertThat(award.tco("B").orElseThrow().total()).isCloseTo(1300 / 6.0 + 14.6, within(1e-9));
        // cost points: B 60; A 60 × 231.26667 / 269.6 = 51.46884
        assertThat(award.points("B", cost)).isCloseTo(60, within(1e-9));
        assertThat(award.points("A", cost)).isCloseTo(60 * (1300 / 6.0 + 14.6) / 269.6, within(1e-9));
        assertThat(award.points("A", cost)).isCloseTo(51.46884, within(1e-5));
        // climate per device-year: A 185.09 / 4 + 3.03096 = 49.30346, B 185.09 / 6 + 3.03096 = 33.87929: B 40, A 0
        assertThat(award.value("A", climate)).isCloseTo(49.30346, within(1e-9));
        assertThat(award.points("B", climate)).isCloseTo(40, within(1e-9));
        assertThat(award.points("A", climate)).isCloseTo(0, within(1e-9));
        assertThat(award.score("B")).isCloseTo(100, within(1e-9));
        assertThat(award.ranking()).containsExactly("B", "A");
        // the laptop and grid factors are shared: B is lower in every draw, the gap never varies
        assertThat(award.probabilityRankingHolds()).isEqualTo(1.0);
        assertThat(award.probabilityWinnerHolds()).isEqualTo(1.0);
        assertThat(award.flip()).isEmpty();
    }

    @Test
    void twoModels_probabilityRankingHolds_andDriver_againstIntegration() {
        // C: Dell Latitude 5430 sheet, 252.84 kgCO2e embodied, uniform ×[0.804, 1.196]; D: declared 240, ×[0.9, 1.1]
        Offer c = Offer.of("C", Inventory.of("c", DeviceFleet.of("laptop", 50).lifetimeYears(4).power(20, 8)
                .model("Dell Latitude 5430")), FunctionalUnit.perDeviceYear());
        Offer d = Offer.of("D", Inventory.of("d", DeviceFleet.of("laptop", 50).lifetimeYears(4).power(20, 8)
                .declared(new DeclaredFootprint(240, "supplier sheet", Uncertainty.uniform(0.9, 1.1)))),
                FunctionalUnit.perDeviceYear());
        Comparison cmp = Comparison.of(ENGINE, Y2024, MonteCarlo.builder().draws(20_000).seed(11).build(), c, d);
        Criterion climate = Criterion.footprint(GWP, 100, Scoring.PROPORTIONAL_TO_BEST);
        Award award = cmp.award(Tender.named("t").criterion(climate));
        // central: C 252.84 / 4 + 3.03096 = 66.24096, D 240 / 4 + 3.03096 = 63.03096 → D first, 100 points;
        // C 100 × 63.03096 / 66.24096 = 95.15406
        assertThat(award.ranking()).containsExactly("D", "C");
        assertThat(award.points("C", climate)).isCloseTo(100 * 63.03096 / 66.24096, within(1e-9));
        // D stays first iff 240 × U2 ≤ 252.84 × U1 (the shared grid term cancels), U1 ~ U(0.804, 1.196),
        // U2 ~ U(0.9, 1.1) independent: P = ∫ P(U2 ≤ 252.84 u / 240) f(u) du, by the midpoint rule
        int steps = 100_000;
        double p = 0;
        for (int i = 0; i < steps; i++) {
            double u = 0.804 + (i + 0.5) * (1.196 - 0.804) / steps;
            double bound = 252.84 * u / 240;
            p += Math.min(1, Math.max(0, (bound - 0.9) / 0.2)) / steps;
        }
        assertThat(p).isBetween(0.6, 0.7); // ≈ 0.65: a real uncertainty, not a formality
        assertThat(award.probabilityWinnerHolds()).isCloseTo(p, within(0.015));
        assertThat(award.probabilityRankingHolds()).isCloseTo(p, within(0.015));
        // the sheet's spread (±49.6 kgCO2e) is twice the declaration's (±24): it drives the gap, upwards
        Award.Flip f = award.flip().orElseThrow();
        assertThat(f.variable()).isEqualTo("factor:product.laptop.dell-latitude-5430.t");
        assertThat(f.rankCorrelation()).isPositive();
        assertThat(f.probabilityFlip()).isCloseTo(1 - p, within(0.015));
    }

    @Test
    void costCriterion_needsCostsAndPrices() {
        Offer a = Offer.of("A", Inventory.of("a", DeviceFleet.of("laptop", 1)), FunctionalUnit.perDeviceYear());
        Comparison c = Comparison.of(ENGINE, Y2024, MonteCarlo.builder().draws(100).seed(1).build(), a,
                Offer.of("B", Inventory.of("b", DeviceFleet.of("laptop", 2)), FunctionalUnit.perDeviceYear()));
        Tender t = Tender.named("t").criterion(Criterion.cost(1, Scoring.LINEAR_BEST_WORST));
        assertThatThrownBy(() -> c.award(t)).hasMessageContaining("offer 'A' has no costs");
        Comparison priced = Comparison.of(ENGINE, Y2024, MonteCarlo.builder().draws(100).seed(1).build(),
                a.withCosts(Costs.of(new double[] {1}, new double[] {0})),
                Offer.of("B", Inventory.of("b", DeviceFleet.of("laptop", 2)), FunctionalUnit.perDeviceYear())
                        .withCosts(Costs.of(new double[] {1}, new double[] {0})));
        assertThatThrownBy(() -> priced.award(t.electricityPrice("FR", 2025, 0.2)))
                .hasMessageContaining("no electricity price for zone FR in 2024 or before");
        assertThatThrownBy(() -> Costs.of(new double[] {-1}, new double[] {0}))
                .hasMessage("unitPrices[0] must be a finite number >= 0 (currency units per unit), was -1.0");
    }
}
