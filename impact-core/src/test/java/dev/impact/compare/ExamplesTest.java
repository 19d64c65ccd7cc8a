package dev.impact.compare;

import static dev.impact.Impact.inventory;
import static dev.impact.Impact.laptops;
import static dev.impact.Impact.using;
import static org.assertj.core.api.Assertions.assertThat;

import dev.impact.Assessor;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.TestCatalogs;
import dev.impact.factor.Uncertainty;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Indicator;
import dev.impact.uncertainty.Input;
import dev.impact.uncertainty.InputUncertainty;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.UncertainAssessment;
import org.junit.jupiter.api.Test;

/** The examples of the uncertainty and compare package documentation, kept compiling and running. */
class ExamplesTest {
    private final FactorCatalog catalog = TestCatalogs.ademeLike();
    private final Inventory inventory = inventory("town hall", laptops(200).lifetimeYears(4));

    @Test
    void uncertaintyPackage() {
        MonteCarlo mc = MonteCarlo.builder().draws(10_000).seed(42)
                .input(InputUncertainty.of("laptop", Input.LIFETIME, Uncertainty.uniform(0.8, 1.2))).build();
        UncertainAssessment u = using(catalog).uncertainty(mc).assessWithUncertainty(inventory);
        assertThat(u.toString()).contains("Uncertainty of town hall: 10000 draws, seed 42")
                .contains("input:laptop:lifetimeYears");
        assertThat(u.total(Indicator.CLIMATE_CHANGE).orElseThrow().percentile(95))
                .isGreaterThan(u.assessment().total(Indicator.CLIMATE_CHANGE));
    }

    @Test
    void comparePackage() {
        Assessor door = using(catalog).reportingYear(2024);      // Monte Carlo: MonteCarlo.defaults()
        Comparison c = door.compare(
                Offer.of("new 4 y", inventory("a", laptops(200).lifetimeYears(4)), FunctionalUnit.perDeviceYear()),
                Offer.of("new 6 y", inventory("b", laptops(200).lifetimeYears(6)), FunctionalUnit.perDeviceYear()));
        assertThat(c.ranking(Indicator.CLIMATE_CHANGE)).containsExactly("new 6 y", "new 4 y");
        ScenarioResult r = door.scenario(inventory, Scenario.named("6 years").extendLifetime("laptop", 2));
        assertThat(r.relativeChange(Indicator.CLIMATE_CHANGE)).isNegative();
        Scenario s = Scenario.named("sobriety plan").extendLifetime("laptop", 2).refurbished("smartphone", 0.3)
                .reduceStorage(0.2).gridMix("FR", 0.8);
        assertThat(s.toString()).isEqualTo("Scenario sobriety plan: laptop kept 2 year(s) longer; 30 % of smartphone"
                + " bought refurbished; 20 % less data stored; grid of FR × 0.8");
    }
}
