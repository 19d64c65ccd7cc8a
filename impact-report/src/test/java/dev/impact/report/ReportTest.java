package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.FactorCatalog;
import dev.impact.measure.Availability;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private final Report report = Fixtures.report();

    @Test
    void of_totalsMatchHandComputation() {
        // line 1: 120 laptops / 5 years = 24 yearly units: 250×24 = 6000, 5×24 = 120, 2×24 = 48;
        //         use 20 W × 8 h × 365 / 1000 = 58.4 kWh × 120 = 7008 kWh × 0.052 = 364.416
        // line 2: 80 monitors / 8 years = 10: 3000 + 100 + 30; use 25 × 8 × 365 / 1000 = 73 kWh × 80 × 0.052 = 303.68
        // line 3: 12 laptops / 4 years = 3: 750 + 15 + 6; use 35 × 10 × 365 / 1000 = 127.75 × 12 × 0.052 = 79.716
        double line1 = 6000 + 120 + 48 + 364.416;
        double line2 = 3000 + 100 + 30 + 303.68;
        double line3 = 750 + 15 + 6 + 79.716;
        assertThat(report.total().total(Indicator.CLIMATE_CHANGE)).isCloseTo(line1 + line2 + line3, within(1e-9));
        assertThat(report.lines()).extracting(l -> l.footprint().total(Indicator.CLIMATE_CHANGE))
                .containsExactly(line1, line2, line3);
        // e-waste: 2 kg × 24 + 5 kg × 10 + 2 kg × 3 = 104 kg
        assertThat(report.total().total(Indicator.E_WASTE)).isCloseTo(104, within(1e-9));
        assertThat(report.byPhase(Indicator.CLIMATE_CHANGE).get(Phase.MANUFACTURE)).isCloseTo(9750, within(1e-9));
    }

    @Test
    void categories_largestClimateChangeFirst() {
        assertThat(report.categories()).extracting(Report.CategoryEntry::name, Report.CategoryEntry::lineCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("laptop", 2),
                        org.assertj.core.groups.Tuple.tuple("monitor", 1));
        assertThat(report.categories().get(0).footprint().total(Indicator.CLIMATE_CHANGE))
                .isCloseTo(6532.416 + 850.716, within(1e-9));
    }

    @Test
    void topContributors_largestFirstAndLimited() {
        assertThat(report.topContributors(Indicator.CLIMATE_CHANGE, 2)).extracting(Report.LineEntry::index)
                .containsExactly(1, 2);
        assertThat(report.topContributors(Indicator.CLIMATE_CHANGE, 10)).hasSize(3);
        // no line has water-use data for monitors: the monitor line is left out
        assertThat(report.topContributors(Indicator.WATER_USE, 10)).extracting(Report.LineEntry::index)
                .containsExactly(1, 3);
    }

    @Test
    void topContributors_negative() {
        assertThatThrownBy(() -> report.topContributors(Indicator.CLIMATE_CHANGE, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("n must be >= 0, was -1");
    }

    @Test
    void share_ofCategory() {
        double laptop = 6532.416 + 850.716;
        assertThat(report.share(laptop, Indicator.CLIMATE_CHANGE)).isCloseTo(laptop / 10816.812, within(1e-12));
        assertThat(report.share(Double.NaN, Indicator.CLIMATE_CHANGE)).isNaN();
    }

    @Test
    void availability_partialAndNotAvailableKept() {
        assertThat(report.total().availability(Indicator.WATER_USE)).isEqualTo(Availability.PARTIAL);
        assertThat(report.total().availability(Phase.USE, Indicator.WATER_USE))
                .isEqualTo(Availability.NOT_AVAILABLE);
    }

    @Test
    void factors_withProvenanceInOrderOfUse() {
        assertThat(report.factors()).extracting(f -> f.id())
                .containsExactly("device.laptop.test", "electricity.FR.test", "device.monitor.test");
        assertThat(report.factors().get(0).provenance().source().title()).isEqualTo("Fixed test factors");
        assertThat(report.catalogChecksum()).isEqualTo("sha256:0123abcd");
        assertThat(report.models()).containsExactly("device");
    }

    @Test
    void defaults_distinct() {
        assertThat(report.defaults()).extracting(d -> d.field())
                .containsExactly("zone", "kWhPerYear", "massKg", "kWhPerYear", "massKg", "lifetimeYears");
    }

    @Test
    void of_factorMissingFromCatalog() {
        FactorCatalog other = FactorCatalog.builder().name("other").version("9").build();
        assertThatThrownBy(() -> Report.of(Fixtures.assessment(), other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("factor 'device.laptop.test' used by the assessment is not in the catalog other 9; pass"
                        + " the catalog the assessment was made with (impact test catalog test-1)");
    }

    @Test
    void withEquivalences_replaces() {
        assertThat(report.equivalences()).containsExactly(Equivalence.FRENCH_PERSON_YEAR,
                Equivalence.CAR_AROUND_THE_EARTH, Equivalence.BEEF_MEAL, Equivalence.CAR_KM, Equivalence.TGV_KM);
        assertThat(report.withEquivalences(List.of()).equivalences()).isEmpty();
        assertThat(report.equivalences()).hasSize(5);
    }

    @Test
    void toString_showsTotalAndShares() {
        assertThat(report.toString())
                .contains("Report on Ville d'Exemple — parc informatique 2024: 3 lines, yearly accounting, year 2024")
                .contains("climate change                  10820  kgCO2e")
                .contains("laptop                         7383  68.3 %");
    }

    @Test
    void builtInCatalog_reportsToo() {
        // the bundled catalog: electricity factors exist; device factors may still be missing, so only a line the
        // bundled data can assess is used when none is there
        FactorCatalog builtIn = dev.impact.factors.Factors.builtIn();
        if (builtIn.keys().contains("device.laptop")) {
            Report r = Report.of(Engine.of(builtIn).assess(
                    dev.impact.inventory.Inventory.of("x", dev.impact.inventory.DeviceFleet.of("laptop", 120)
                            .lifetimeYears(5)), AssessmentOptions.defaults().reportingYear(2024)), builtIn);
            assertThat(r.render(Format.HTML, java.util.Locale.FRENCH)).contains("<svg");
        } else {
            assertThat(builtIn.keys()).anyMatch(k -> k.startsWith("electricity."));
        }
    }
}
