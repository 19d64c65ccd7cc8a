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
}
