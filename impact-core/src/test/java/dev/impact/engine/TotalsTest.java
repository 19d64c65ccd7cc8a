package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The aggregates of an assessment, by hand from ADEME's published laptop figures (see DeviceAssessmentTest):
 * manufacture 170, distribution 12.3, end of life 2.79 kgCO2e per laptop; 26.5 W × 3 h/day; French grid 0.0519.
 */
class TotalsTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());
    private static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;
    // 26.5 W × 3 h × 365 d / 1000 = 29.0175 kWh per laptop-year; × 0.0519 = 1.50600825 kgCO2e
    private static final double USE_PER_YEAR = 26.5 * 3 * 365 / 1000.0 * 0.0519;

    /** 120 laptops kept 5 years, 30 laptops with every default (5 years), 40 more kept 4 years. */
    private static Assessment assessment() {
        return ENGINE.assess(Inventory.of("fleet", DeviceFleet.of("laptop", 120).lifetimeYears(5),
                DeviceFleet.of("laptop", 30), DeviceFleet.of("laptop", 40).lifetimeYears(4)), Y2024);
    }

    @Test
    void totals_sumsByCategoryWithLinesAndQuantity() {
        Totals t = assessment().totals();
        assertThat(t.lines()).isEqualTo(3);
        assertThat(t.inventoryName()).isEqualTo("fleet");
        assertThat(t.options()).isEqualTo(Y2024);
        Totals.CategoryTotal laptops = t.categories().get("laptop");
        assertThat(laptops.lines()).isEqualTo(3);
        assertThat(laptops.quantity()).isEqualTo(190); // 120 + 30 + 40
        // manufacture: (120 / 5 + 30 / 5 + 40 / 4) × 170 = (24 + 6 + 10) × 170 = 6800
        assertThat(t.total().value(Phase.MANUFACTURE, GWP)).isCloseTo(6800, within(1e-9));
        assertThat(t.byPhase(GWP).get(Phase.MANUFACTURE)).isCloseTo(6800, within(1e-9));
        // use: 190 laptops × 1.50600825
        assertThat(t.total().value(Phase.USE, GWP)).isCloseTo(190 * USE_PER_YEAR, within(1e-9));
        assertThat(laptops.footprint().total(GWP)).isCloseTo(t.total(GWP), within(1e-9));
    }

    @Test
    void totals_defaultsCountTheLinesThatTookThem() {
        Map<AppliedDefault, Long> d = assessment().totals().defaults();
        // every line takes the default zone, the yearly kWh and the mass; only the second line the lifetime
        assertThat(d).hasSize(4);
        d.forEach((k, n) -> assertThat(n).as(k.field()).isEqualTo(k.field().equals("lifetimeYears") ? 1 : 3));
    }

    @Test
    void of_resultsFromElsewhere_sameTotalsAsEngineAssess() {
        Assessment a = assessment();
        Inventory inv = Inventory.of("fleet", a.lines().stream().map(LineResult::line).toList());
        Assessment b = Assessment.of(inv, Y2024, ENGINE.catalog(), a.lines());
        assertThat(b.total()).isEqualTo(a.total());
        assertThat(b.byCategory()).isEqualTo(a.byCategory());
        assertThat(b.catalogChecksum()).isEqualTo(ENGINE.catalog().checksum());
        assertThat(b.totals().defaults()).isEqualTo(a.totals().defaults());
    }

    @Test
    void of_oneResultTooFew() {
        Assessment a = assessment();
        Inventory inv = Inventory.of("fleet", a.lines().stream().map(LineResult::line).toList());
        assertThatThrownBy(() -> Assessment.of(inv, Y2024, ENGINE.catalog(), a.lines().subList(0, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("results must have one result per line (3), had 2");
    }

    @Test
    void of_resultOfAnotherLine() {
        Assessment a = assessment();
        Inventory inv = Inventory.of("fleet", a.lines().stream().map(LineResult::line).toList());
        List<LineResult> swapped = List.of(a.lines().get(1), a.lines().get(0), a.lines().get(2));
        assertThatThrownBy(() -> Assessment.of(inv, Y2024, ENGINE.catalog(), swapped))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("results[0] must be the result of line 1");
    }

    @Test
    void new_categoriesMustAddUpToLines() {
        assertThatThrownBy(() -> new Totals("x", Y2024, "c", "v", "s", 2, Footprint.zero(),
                Map.of("laptop", new Totals.CategoryTotal(1, 1, Footprint.zero())), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the categories' lines must add up to lines (2), was 1");
    }

    @Test
    void new_defaultCountAboveLines() {
        AppliedDefault d = AppliedDefault.text("zone", "FR", InputStatus.DEFAULT, "assessment default zone");
        assertThatThrownBy(() -> new Totals("x", Y2024, "c", "v", "s", 1, Footprint.zero(),
                Map.of("laptop", new Totals.CategoryTotal(1, 1, Footprint.zero())), Map.of(d, 2L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the count of default zone must be in [1, 1], was 2");
    }

    @Test
    void toString_showsUnitsAndCategories() {
        String s = assessment().totals().toString();
        assertThat(s).startsWith("Totals of fleet: 3 lines, yearly accounting, reporting year 2024, factors ")
                .contains("kgCO2e").contains("laptop");
    }
}
