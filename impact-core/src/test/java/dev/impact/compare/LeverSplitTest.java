package dev.impact.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Indicator;
import dev.impact.uncertainty.MonteCarlo;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The saving of a scenario split over its levers (Shapley values), by hand. ADEME-like laptop: embodied 170 + 12.3 +
 * 2.79 = E = 185.09 kgCO2e, 5 years; the levers leave the use phase unchanged (sharing moves the electricity onto
 * fewer devices), so only the embodied share per year moves.
 */
class LeverSplitTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());
    private static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);
    private static final MonteCarlo MC = MonteCarlo.builder().draws(2_000).seed(7).build();
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;
    private static final double E = 170 + 12.3 + 2.79;

    @Test
    void twoInteractingLevers_splitByShapley_addUpToTheTotal_inAnyOrder() {
        // 100 laptops, 5 years: v(none) = 100 E / 5 = 20 E a year (+ use, unchanged)
        // kept 15 years longer (20 years): v(L) = 100 E / 20 = 5 E; shared by 2: v(S) = 50 E / 5 = 10 E;
        // both: v(LS) = 50 E / 20 = 2.5 E; total saving 20 E − 2.5 E = 17.5 E
        // L: ½ [(v(none) − v(L)) + (v(S) − v(LS))] = ½ [15 E + 7.5 E] = 11.25 E
        // S: ½ [(v(none) − v(S)) + (v(L) − v(LS))] = ½ [10 E + 2.5 E] = 6.25 E
        Inventory inv = Inventory.of("fleet", DeviceFleet.of("laptop", 100));
        Scenario ls = Scenario.named("plan").extendLifetime("laptop", 15).shareDevices("laptop", 2);
        ScenarioResult r = ScenarioResult.of(ENGINE, inv, Y2024, MC, ls);
        assertThat(-r.change(GWP)).isCloseTo(17.5 * E, within(1e-6));
        List<ScenarioResult.LeverSaving> split = r.levers(GWP);
        assertThat(split).extracting(ScenarioResult.LeverSaving::lever).containsExactlyElementsOf(ls.whatIfs());
        assertThat(split.get(0).saving()).isCloseTo(11.25 * E, within(1e-6));
        assertThat(split.get(1).saving()).isCloseTo(6.25 * E, within(1e-6));
        // both always lower the footprint, whatever the draw
        assertThat(split).allSatisfy(l -> assertThat(l.probabilitySaving()).isEqualTo(1.0));
        // draw by draw the parts add up to the scenario's saving: so do their means
        double sumOfMeans = split.get(0).uncertainty().mean() + split.get(1).uncertainty().mean();
        assertThat(sumOfMeans).isCloseTo(-r.changeUncertainty(GWP).orElseThrow().mean(), within(1e-6));
        // the order of the levers does not change their parts
        ScenarioResult reversed = ScenarioResult.of(ENGINE, inv, Y2024, MC,
                Scenario.named("plan").shareDevices("laptop", 2).extendLifetime("laptop", 15));
        assertThat(reversed.levers(GWP).get(1).saving()).isCloseTo(11.25 * E, within(1e-6));
        assertThat(reversed.levers(GWP).get(0).saving()).isCloseTo(6.25 * E, within(1e-6));
        assertThat(r.toString()).contains("Saving per lever").contains("laptop shared by 2 users");
    }

    @Test
    void oneLever_carriesTheWholeSaving_andALeverThatRaisesItHasPSavingZero() {
        // kept 1 year less (4 years): 100 E / 4 − 100 E / 5 = 5 E more
        Inventory inv = Inventory.of("fleet", DeviceFleet.of("laptop", 100));
        ScenarioResult r = ScenarioResult.of(ENGINE, inv, Y2024, MC,
                Scenario.named("shorter").extendLifetime("laptop", -1));
        assertThat(r.levers(GWP)).singleElement().satisfies(l -> {
            assertThat(l.saving()).isCloseTo(-5 * E, within(1e-6));
            assertThat(l.probabilitySaving()).isZero();
        });
    }
}
