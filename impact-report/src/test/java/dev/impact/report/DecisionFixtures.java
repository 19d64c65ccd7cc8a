package dev.impact.report;

import dev.impact.compare.Comparison;
import dev.impact.compare.FunctionalUnit;
import dev.impact.compare.Offer;
import dev.impact.compare.Scenario;
import dev.impact.compare.ScenarioResult;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.Uncertainty;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.uncertainty.Input;
import dev.impact.uncertainty.InputUncertainty;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.UncertainAssessment;

/**
 * Fixed uncertainty, comparison and scenario inputs for report tests, on the self-made catalog of {@link Fixtures}
 * (laptop factor lognormal(gsd=1.5), French grid normal(cv=0.1), monitor and parameters exact) with a fixed seed,
 * so that golden files are reproducible bit for bit.
 */
public final class DecisionFixtures {
    static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);

    private DecisionFixtures() {
    }

    /** 2 000 draws, seed 42; laptop lifetimes uniform ±20 % around what the lines give. */
    public static MonteCarlo monteCarlo() {
        return MonteCarlo.builder().draws(2_000).seed(42)
                .input(InputUncertainty.of("laptop", Input.LIFETIME, Uncertainty.uniform(0.8, 1.2))).build();
    }

    static Engine engine() {
        return Engine.of(Fixtures.catalog());
    }

    /** The fixture inventory of {@link Fixtures#inventory()} with its uncertainty. */
    public static UncertainAssessment uncertain() {
        return monteCarlo().run(engine(), Fixtures.inventory(), Y2024);
    }

    /** {@link Fixtures#report()} with its uncertainty. */
    public static Report report() {
        return Report.of(uncertain(), Fixtures.catalog());
    }

    /** Three laptop offers per device-year: 4 years, 6 years at a higher power, 5 years. */
    public static Comparison comparison() {
        return comparison("Offer A — new, 4 years", "Offer B — new, 6 years, 30 W", "Offer C — new, 5 years");
    }

    /** The same offers under these names (e.g. hostile ones). */
    public static Comparison comparison(String a, String b, String c) {
        return Comparison.of(engine(), Y2024, monteCarlo(),
                Offer.of(a, Inventory.of("tender lot A", DeviceFleet.of("laptop", 100).lifetimeYears(4)),
                        FunctionalUnit.perDeviceYear()),
                Offer.of(b, Inventory.of("tender lot B", DeviceFleet.of("laptop", 100).lifetimeYears(6)
                        .power(30, 8)), FunctionalUnit.perDeviceYear()),
                Offer.of(c, Inventory.of("tender lot C", DeviceFleet.of("laptop", 100).lifetimeYears(5)),
                        FunctionalUnit.perDeviceYear()));
    }

    /** Laptops kept 2 years longer and a 20 % less carbon-intensive grid, on the fixture inventory. */
    public static ScenarioResult scenario() {
        return scenario("Sobriety plan 2025–2030");
    }

    public static ScenarioResult scenario(String name) {
        return ScenarioResult.of(engine(), Fixtures.inventory(), Y2024, monteCarlo(),
                Scenario.named(name).extendLifetime("laptop", 2).gridMix("FR", 0.8));
    }

    /** The town's fleet in a year, by site: the town hall and a school, purchases dated. */
    static Inventory town(int year, int laptops) {
        return Inventory.of("Ville d'Exemple",
                DeviceFleet.of("laptop", laptops).group("Hôtel de ville").purchaseYear(year - 2),
                DeviceFleet.of("laptop", 30).group("Hôtel de ville").purchaseYear(year - 6),
                DeviceFleet.of("monitor", 80).group("École Jean Jaurès").purchaseYear(year - 1),
                DeviceFleet.of("laptop", 20).group("École Jean Jaurès"));
    }

    /** 2023 and 2024 (10 more laptops at the town hall), yearly accounting. */
    public static dev.impact.compare.Trajectory trajectory() {
        return dev.impact.Impact.using(Fixtures.catalog()).trajectory(java.util.Map.of(2023, town(2023, 100), 2024,
                town(2024, 110)));
    }

    /** Laptops kept 3 years longer and shared by 2 agents, on the 2024 fleet. */
    public static ScenarioResult trajectoryScenario() {
        return ScenarioResult.of(engine(), town(2024, 110), Y2024, monteCarlo(),
                Scenario.named("Plan 2030").extendLifetime("laptop", 3).shareDevices("laptop", 2));
    }
}
