package dev.impact.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.Impact;
import dev.impact.engine.Accounting;
import dev.impact.engine.AssessmentOptions;
import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Indicator;
import dev.impact.uncertainty.MonteCarlo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Year-over-year changes split into fleet, factors and method, by hand. ADEME-like laptop: embodied 185.09 kgCO2e
 * over 5 years = 37.018 a year; 29.0175 kWh a year; German grid (Ember) 0.381 kgCO2e/kWh in 2023, 0.34206 in 2024.
 */
class TrajectoryTest {
    private static final double EMBODIED = (170 + 12.3 + 2.79) / 5;
    private static final double KWH = 26.5 * 3 * 365 / 1000.0;

    private static Inventory laptops(int n) {
        return Inventory.of("town", DeviceFleet.of("laptop", n).zone("DE").purchaseYear(2018));
    }

    @Test
    void fleetFactorsAndMethod_addUpToTheChange() {
        Trajectory t = Impact.using(TestCatalogs.ademeLike()).trajectory(Map.of(2024, laptops(120), 2023,
                laptops(100)));
        Trajectory.Step s = t.steps().get(0);
        assertThat(s.fromYear()).isEqualTo(2023);
        assertThat(s.from()).isCloseTo(100 * (EMBODIED + KWH * 0.381), within(1e-9));
        assertThat(s.to()).isCloseTo(120 * (EMBODIED + KWH * 0.34206), within(1e-9));
        // 20 more laptops at 2023's grid; then 120 laptops' electricity at 2024's grid instead of 2023's
        assertThat(s.fleet()).isCloseTo(20 * (EMBODIED + KWH * 0.381), within(1e-9));
        assertThat(s.factors()).isCloseTo(120 * KWH * (0.34206 - 0.381), within(1e-9));
        assertThat(s.method()).isCloseTo(0, within(1e-9));
        assertThat(s.fleet() + s.factors() + s.method()).isCloseTo(s.change(), within(1e-9));
        assertThat(t.toString()).contains("2023 → 2024");
    }

    @Test
    void aChangeOfAccounting_isAMethodEffect() {
        // 2024 in amortised accounting: the laptops of 2018 are amortised (2018–2022): −120 × 37.018
        AssessmentOptions y2023 = AssessmentOptions.defaults().reportingYear(2023);
        Trajectory t = Trajectory.of(List.of(
                new Trajectory.Point(laptops(120), TestCatalogs.ademeLike(), y2023),
                new Trajectory.Point(laptops(120), TestCatalogs.ademeLike(), y2023.reportingYear(2024)
                        .accounting(Accounting.AMORTISED))), Indicator.CLIMATE_CHANGE);
        Trajectory.Step s = t.steps().get(0);
        assertThat(s.fleet()).isCloseTo(0, within(1e-9));
        assertThat(s.method()).isCloseTo(-120 * EMBODIED, within(1e-9));
        assertThat(s.change()).isCloseTo(-120 * EMBODIED + 120 * KWH * (0.34206 - 0.381), within(1e-9));
    }

    @Test
    void target_yearlyReduction_andTheLeversThatCloseTheGap() {
        Trajectory t = Impact.using(TestCatalogs.ademeLike()).trajectory(Map.of(2023, laptops(100), 2024,
                laptops(100)));
        double ref = 100 * (EMBODIED + KWH * 0.381);
        double last = 100 * (EMBODIED + KWH * 0.34206);
        Trajectory.Target target = t.target(2030, 0.5);
        assertThat(target.target()).isCloseTo(ref / 2, within(1e-9));
        // (1 − r)^6 = (ref / 2) / last
        assertThat(target.yearlyReduction()).isCloseTo(1 - Math.pow(ref / 2 / last, 1 / 6.0), within(1e-12));
        assertThat(target.gap()).isCloseTo(last - ref / 2, within(1e-9)).isCloseTo(2290.7, within(0.1));
        // ref = 100 × (37.018 + 29.0175 × 0.381) = 4807.35, last = 100 × (37.018 + 29.0175 × 0.34206) = 4694.37,
        // gap = 4694.37 − 2403.68 = 2290.7; keeping the laptops 15 more years (20) saves 100 × (37.018 − 9.2545)
        // = 2776.35: enough; halving storage (there is none) saves nothing
        ScenarioResult r = Impact.using(TestCatalogs.ademeLike()).reportingYear(2024)
                .uncertainty(MonteCarlo.builder().draws(500).seed(3).build())
                .scenario(laptops(100), Scenario.named("plan").extendLifetime("laptop", 15)
                        .reduceStorage(0.5));
        assertThat(target.closedBy(r, Indicator.CLIMATE_CHANGE)).isTrue();
        assertThat(target.levers(r, Indicator.CLIMATE_CHANGE)).singleElement()
                .satisfies(l -> assertThat(l.lever()).isInstanceOf(WhatIf.ExtendLifetime.class));
        assertThatThrownBy(() -> t.target(2024, 0.5)).hasMessage("targetYear must be after the last year 2024, was"
                + " 2024");
    }
}
