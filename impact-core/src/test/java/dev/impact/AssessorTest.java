package dev.impact;

import static dev.impact.Impact.inventory;
import static dev.impact.Impact.laptops;
import static dev.impact.Impact.using;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.compare.Comparison;
import dev.impact.compare.FunctionalUnit;
import dev.impact.compare.Offer;
import dev.impact.compare.Scenario;
import dev.impact.compare.ScenarioResult;
import dev.impact.engine.Accounting;
import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.TestCatalogs;
import dev.impact.factor.Uncertainty;
import dev.impact.inventory.Convention;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import dev.impact.uncertainty.Input;
import dev.impact.uncertainty.InputUncertainty;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.UncertainAssessment;
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The front door: settings checked at once, copies that leave the original alone, and verbs that give exactly what
 * the implementation entries give. Hand-computed figures come from the test catalog's published factors (ADEME laptop
 * 170 / 12.3 / 2.79 kgCO2e, 26.5 W × 3 h/day; Ember grids FR 2024 0.04418, DE 2023 0.381 kgCO2e/kWh).
 */
class AssessorTest {
    private static final FactorCatalog CATALOG = TestCatalogs.ademeLike();
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;
    private static final Inventory FLEET = inventory("town hall", laptops(200).lifetimeYears(4),
            DeviceFleet.of("monitor", 150));
    private static final MonteCarlo MC = MonteCarlo.builder().draws(2_000).seed(42)
            .input(InputUncertainty.of("laptop", Input.LIFETIME, Uncertainty.uniform(0.8, 1.2))).build();

    // ---- the Javadoc example of Assessor, with the test catalog for Factors.builtIn()

    @Test
    void javadocExample_runsAsWritten() {
        Assessor door = Impact.using(CATALOG).reportingYear(2024).zone("FR");
        Inventory fleet = Inventory.of("town hall", DeviceFleet.of("laptop", 120).lifetimeYears(5));
        Assessment a = door.assess(fleet);
        UncertainAssessment u = door.uncertainty(MonteCarlo.builder().seed(42).build()).assessWithUncertainty(fleet);
        ScenarioResult r = door.scenario(fleet, Scenario.named("6 years").extendLifetime("laptop", 2));
        assertThat(a.toString()).startsWith("Assessment of town hall: 1 lines, yearly accounting, reporting year 2024");
        assertThat(u.settings().seed()).isEqualTo(42);
        assertThat(r.relativeChange(GWP)).isNegative();
    }

    // ---- settings: checked at once, the bad value quoted

    @Test
    void using_null() {
        assertThatThrownBy(() -> Impact.using(null)).isInstanceOf(NullPointerException.class).hasMessage("catalog");
    }

    @Test
    void reportingYear_outOfRange() {
        assertThatThrownBy(() -> using(CATALOG).reportingYear(1890)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reportingYear must be between 1990 and 2200, was 1890");
        assertThatThrownBy(() -> using(CATALOG).reportingYear(2201)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reportingYear must be between 1990 and 2200, was 2201");
    }

    @Test
    void periodYears_notPositive() {
        assertThatThrownBy(() -> using(CATALOG).periodYears(-2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("periodYears must be a finite number > 0 (years), was -2.0");
        assertThatThrownBy(() -> using(CATALOG).periodYears(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("periodYears must be a finite number > 0 (years), was NaN");
    }

    @Test
    void zone_unknown() {
        // the test catalog has grid factors for DE and FR: "FX" is one edit from FR, two from DE (too far for a
        // two-letter word: at most max(1, 2/3) = 1 edit)
        assertThatThrownBy(() -> using(CATALOG).zone("FX")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("zone must be an electricity zone of test catalog test, was 'FX'; did you mean FR?");
    }

    @Test
    void zone_blankOrNull() {
        assertThatThrownBy(() -> using(CATALOG).zone(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("zone must not be blank, was ' '");
        assertThatThrownBy(() -> using(CATALOG).zone(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("zone");
    }

    @Test
    void zone_caseInsensitive() {
        assertThat(using(CATALOG).zone(" de ").options().defaultZone()).isEqualTo("DE");
    }

    @Test
    void preferSources_unknown() {
        // a known id containing the given one, or within max(1, length / 3) edits
        assertThatThrownBy(() -> using(CATALOG).preferSources("ember")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("preferSources: no factor of test catalog test comes from source 'ember';"
                        + " did you mean ember-test?");
        assertThatThrownBy(() -> using(CATALOG).preferSources("ademe-tst")).isInstanceOf(
                IllegalArgumentException.class).hasMessageStartingWith("preferSources: no factor of test catalog test"
                + " comes from source 'ademe-tst'; did you mean ademe-test");
        assertThatThrownBy(() -> using(CATALOG).preferSources("ember-test", "")).isInstanceOf(
                IllegalArgumentException.class).hasMessage("preferSources: a source id must not be blank, was ''");
    }

    @Test
    void nullArguments() {
        Assessor door = using(CATALOG);
        assertThatThrownBy(() -> door.accounting(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("accounting");
        assertThatThrownBy(() -> door.options(null)).isInstanceOf(NullPointerException.class).hasMessage("options");
        assertThatThrownBy(() -> door.uncertainty(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("settings");
        assertThatThrownBy(() -> door.preferSources((String[]) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("sourceIds");
        assertThatThrownBy(() -> door.assess(null)).isInstanceOf(NullPointerException.class).hasMessage("inventory");
        assertThatThrownBy(() -> door.assessWithUncertainty(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("inventory");
        assertThatThrownBy(() -> door.compare((List<Offer>) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("offers");
        assertThatThrownBy(() -> door.scenario(FLEET, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("scenario");
    }

    // ---- immutability

    @Test
    void settings_leaveTheOriginalUnchanged() {
        Assessor base = using(CATALOG);
        Assessor changed = base.reportingYear(2024).periodYears(2).accounting(Accounting.LIFECYCLE).zone("DE")
                .preferSources("ember-test").uncertainty(MC);
        assertThat(base.options()).isEqualTo(AssessmentOptions.defaults());
        assertThat(base.monteCarlo()).isEmpty();
        assertThat(changed.options()).isEqualTo(new AssessmentOptions(2024, 2, Accounting.LIFECYCLE, "DE",
                List.of("ember-test")));
        assertThat(changed.monteCarlo()).containsSame(MC);
        assertThat(changed.catalog()).isSameAs(base.catalog()).isSameAs(CATALOG);
        // a later setting keeps the others
        assertThat(changed.reportingYear(2023).monteCarlo()).containsSame(MC);
        assertThat(changed.reportingYear(2023).options().defaultZone()).isEqualTo("DE");
        assertThat(changed.options()).isEqualTo(changed.options(changed.options()).options());
    }

    @Test
    void convention_isRecordedInTheAssessment_andKeptByLaterSettings() {
        Assessor co2js = using(CATALOG).convention(Convention.CO2JS);
        assertThat(using(CATALOG).options().convention()).isEqualTo(Convention.IMPACT);
        assertThat(co2js.reportingYear(2024).zone("DE").options().convention()).isEqualTo(Convention.CO2JS);
        assertThat(co2js.reportingYear(2024).assess(FLEET).options().convention()).isEqualTo(Convention.CO2JS);
        assertThatThrownBy(() -> co2js.convention(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("convention");
    }

    @Test
    void options_replacesAllAtOnce() {
        AssessmentOptions o = AssessmentOptions.defaults().reportingYear(2023).accounting(Accounting.FLOW);
        assertThat(using(CATALOG).zone("DE").options(o).options()).isSameAs(o);
    }

    // ---- verbs

    @Test
    void assess_equalsEngine() {
        Assessment door = using(CATALOG).reportingYear(2024).assess(FLEET);
        Assessment engine = Engine.of(CATALOG).assess(FLEET, AssessmentOptions.defaults().reportingYear(2024));
        assertThat(door.total()).isEqualTo(engine.total());
        assertThat(door.total(GWP)).isEqualTo(engine.total(GWP));
        assertThat(door.options()).isEqualTo(engine.options());
    }

    @Test
    void assess_zoneAndYear_byHand() {
        Assessment a = using(CATALOG).reportingYear(2023).zone("DE").assess(inventory("t", laptops(10)
                .lifetimeYears(5)));
        // manufacture 10 × 170 / 5 = 340; distribution 10 × 12.3 / 5 = 24.6; end of life 10 × 2.79 / 5 = 5.58
        assertThat(a.total().value(Phase.MANUFACTURE, GWP)).isCloseTo(340, within(1e-9));
        assertThat(a.total().value(Phase.DISTRIBUTION, GWP)).isCloseTo(24.6, within(1e-9));
        assertThat(a.total().value(Phase.END_OF_LIFE, GWP)).isCloseTo(5.58, within(1e-9));
        // use: 26.5 W × 3 h × 365 d / 1000 = 29.0175 kWh × 10 = 290.175 kWh × 0.381 (Ember DE 2023; the 2024 factor
        // is after the reporting year) = 110.556675
        assertThat(a.total().value(Phase.USE, GWP)).isCloseTo(110.556675, within(1e-6));
        // total 340 + 24.6 + 5.58 + 110.556675 = 480.736675
        assertThat(a.total(GWP)).isCloseTo(480.736675, within(1e-6));
    }

    @Test
    void assess_preferSources_byHand() {
        Assessment a = using(CATALOG).reportingYear(2024).preferSources("ember-test").assess(inventory("t",
                laptops(10).lifetimeYears(5)));
        // use: 290.175 kWh (as above, zone FR by default) × 0.04418 (Ember FR 2024, preferred over ADEME's 0.0519)
        // = 12.8199315
        assertThat(a.total().value(Phase.USE, GWP)).isCloseTo(12.8199315, within(1e-7));
    }

    @Test
    void assessWithUncertainty_equalsMonteCarloRun() {
        AssessmentOptions o = AssessmentOptions.defaults().reportingYear(2024);
        UncertainAssessment door = using(CATALOG).reportingYear(2024).uncertainty(MC).assessWithUncertainty(FLEET);
        UncertainAssessment old = MC.run(Engine.of(CATALOG), FLEET, o);
        assertThat(door.samples(GWP).orElseThrow()).isEqualTo(old.samples(GWP).orElseThrow());
        assertThat(door.total(GWP).orElseThrow().percentile(95)).isEqualTo(old.total(GWP).orElseThrow()
                .percentile(95));
        assertThat(door.settings()).isSameAs(MC);
    }

    @Test
    void assessWithUncertainty_withoutSettings_usesDefaults() {
        UncertainAssessment u = using(CATALOG).reportingYear(2024).assessWithUncertainty(FLEET);
        UncertainAssessment old = MonteCarlo.defaults().run(Engine.of(CATALOG), FLEET,
                AssessmentOptions.defaults().reportingYear(2024));
        assertThat(u.settings().draws()).isEqualTo(10_000);
        assertThat(u.settings().seed()).isEqualTo(1);
        assertThat(u.samples(GWP).orElseThrow()).isEqualTo(old.samples(GWP).orElseThrow());
    }

    @Test
    void compare_equalsComparisonOf() {
        Offer a = Offer.of("new 4 y", inventory("a", laptops(200).lifetimeYears(4)), FunctionalUnit.perDeviceYear());
        Offer b = Offer.of("new 6 y", inventory("b", laptops(200).lifetimeYears(6)), FunctionalUnit.perDeviceYear());
        AssessmentOptions o = AssessmentOptions.defaults().reportingYear(2024);
        Comparison door = using(CATALOG).reportingYear(2024).uncertainty(MC).compare(a, b);
        Comparison old = Comparison.of(Engine.of(CATALOG), o, MC, a, b);
        assertThat(door.ranking(GWP)).isEqualTo(old.ranking(GWP)).containsExactly("new 6 y", "new 4 y");
        assertThat(door.probabilityLower("new 6 y", "new 4 y", GWP))
                .isEqualTo(old.probabilityLower("new 6 y", "new 4 y", GWP));
        assertThat(door.summary("new 4 y", GWP).mean()).isEqualTo(old.summary("new 4 y", GWP).mean());
        assertThat(door.toString()).isEqualTo(old.toString());
        assertThat(using(CATALOG).reportingYear(2024).uncertainty(MC).compare(List.of(a, b)).toString())
                .isEqualTo(old.toString());
        assertThat(using(CATALOG).compare(a, b).settings().seed()).isEqualTo(MonteCarlo.defaults().seed());
    }

    @Test
    void compare_fewerThanTwoOffers() {
        Offer a = Offer.of("a", FLEET, FunctionalUnit.perDeviceYear());
        assertThatThrownBy(() -> using(CATALOG).compare(a)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offers must be at least 2, was 1");
    }

    @Test
    void scenario_equalsScenarioResultOf() {
        Scenario s = Scenario.named("6 years").extendLifetime("laptop", 2);
        AssessmentOptions o = AssessmentOptions.defaults().reportingYear(2024);
        ScenarioResult door = using(CATALOG).reportingYear(2024).uncertainty(MC).scenario(FLEET, s);
        ScenarioResult old = ScenarioResult.of(Engine.of(CATALOG), FLEET, o, MC, s);
        assertThat(door.change(GWP)).isEqualTo(old.change(GWP));
        assertThat(door.probabilityLower(GWP)).isEqualTo(old.probabilityLower(GWP));
        assertThat(door.changeUncertainty(GWP).orElseThrow().percentile(5))
                .isEqualTo(old.changeUncertainty(GWP).orElseThrow().percentile(5));
        assertThat(door.toString()).isEqualTo(old.toString());
    }

    @Test
    void session_isNewPerCall() {
        Assessor door = using(CATALOG).reportingYear(2024);
        assertThat(door.session()).isNotNull().isNotSameAs(door.session());
    }

    @Test
    void assess_fromManyThreads_sameTotals() {
        Assessor door = using(CATALOG).reportingYear(2024);
        double expected = door.assess(FLEET).total(GWP);
        assertThat(IntStream.range(0, 64).parallel().mapToDouble(i -> door.assess(FLEET).total(GWP)).distinct()
                .toArray()).containsExactly(expected);
    }

    @Test
    void toString_readable() {
        assertThat(using(CATALOG).reportingYear(2024).zone("de").toString()).isEqualTo("Assessor[factors test catalog"
                + " test, reporting year 2024, period 1 year(s), yearly accounting, zone DE, sources in the catalog's"
                + " order, uncertainty MonteCarlo.defaults() when asked]");
        assertThat(using(CATALOG).reportingYear(2024).periodYears(0.5).preferSources("ember-test").uncertainty(
                MonteCarlo.builder().draws(100).seed(7).build()).toString()).isEqualTo("Assessor[factors test"
                + " catalog test, reporting year 2024, period 0.5 year(s), yearly accounting, zone FR, sources"
                + " [ember-test], uncertainty MonteCarlo[100 draws, seed 7, 1 thread(s), percentiles [5.0, 50.0,"
                + " 95.0], inputs []]]");
    }

    @Test
    void defaults_areTheEnginesDefaults() {
        assertThat(using(CATALOG).options().reportingYear()).isEqualTo(Year.now().getValue());
        assertThat(using(CATALOG).options()).isEqualTo(AssessmentOptions.defaults());
    }
}
