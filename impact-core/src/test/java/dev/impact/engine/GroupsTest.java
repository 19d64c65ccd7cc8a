package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.LineRejectedException;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines summed per group (site, service, entity), by hand from the ADEME-like test catalog: laptop 170 / 12.3 / 2.79
 * kgCO2e (manufacture / distribution / end of life), 5 years, 26.5 W × 3 h/day; monitor 64.6 / 1.29 / 3.95, 6 years,
 * 50 W × 4 h/day; French grid 0.0519 kgCO2e/kWh.
 */
class GroupsTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());
    private static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;
    // laptop-year: (170 + 12.3 + 2.79) / 5 + 26.5 × 3 × 365 / 1000 × 0.0519 = 37.018 + 1.50600825
    private static final double LAPTOP_YEAR = (170 + 12.3 + 2.79) / 5 + 26.5 * 3 * 365 / 1000.0 * 0.0519;
    // monitor-year: (64.6 + 1.29 + 3.95) / 6 + 50 × 4 × 365 / 1000 × 0.0519
    private static final double MONITOR_YEAR = (64.6 + 1.29 + 3.95) / 6 + 50 * 4 * 365 / 1000.0 * 0.0519;

    private static Inventory town() {
        return Inventory.of("town",
                DeviceFleet.of("laptop", 100).group("town hall"),
                DeviceFleet.of("monitor", 50).group("school 1"),
                DeviceFleet.of("laptop", 10).group("school 1"),
                DeviceFleet.of("monitor", 20).group("town hall"),
                DeviceFleet.of("monitor", 5));
    }

    @Test
    void groups_sumTheirLinesInOrderOfFirstAppearance() {
        Assessment a = ENGINE.assess(town(), Y2024);
        assertThat(a.groups().keySet()).containsExactly("town hall", "school 1", Totals.UNGROUPED);
        Totals.GroupTotal hall = a.groups().get("town hall");
        assertThat(hall.lines()).isEqualTo(2);
        // 100 laptop-years + 20 monitor-years
        assertThat(hall.footprint().total(GWP)).isCloseTo(100 * LAPTOP_YEAR + 20 * MONITOR_YEAR, within(1e-9));
        assertThat(hall.categories().keySet()).containsExactly("laptop", "monitor");
        assertThat(hall.categories().get("monitor").total(GWP)).isCloseTo(20 * MONITOR_YEAR, within(1e-9));
        Totals.GroupTotal school = a.groups().get("school 1");
        assertThat(school.categories().keySet()).containsExactly("monitor", "laptop");
        // manufacture: 50 × 64.6 / 6 + 10 × 170 / 5 = 538.333… + 340
        assertThat(school.footprint().value(Phase.MANUFACTURE, GWP)).isCloseTo(50 * 64.6 / 6 + 340, within(1e-9));
        assertThat(a.byGroup().get(Totals.UNGROUPED).total(GWP)).isCloseTo(5 * MONITOR_YEAR, within(1e-9));
        double sum = a.byGroup().values().stream().mapToDouble(f -> f.total(GWP)).sum();
        assertThat(sum).isCloseTo(a.total(GWP), within(1e-9));
    }

    @Test
    void totals_carryTheGroups_andPrintThem() {
        Totals t = ENGINE.assess(town(), Y2024).totals();
        assertThat(t.hasGroups()).isTrue();
        assertThat(t.groups().get("school 1").lines()).isEqualTo(2);
        assertThat(t.toString()).contains("group").contains("town hall").contains("(no group)");
    }

    @Test
    void noGroup_noGroups() {
        Assessment a = ENGINE.assess(Inventory.of("x", DeviceFleet.of("laptop", 3)), Y2024);
        assertThat(a.groups()).isEmpty();
        assertThat(a.totals().hasGroups()).isFalse();
        assertThat(a.toString()).doesNotContain("(no group)");
    }

    @Test
    void group_isPartOfTheLine() {
        DeviceFleet d = DeviceFleet.of("laptop", 3).group("CCAS");
        assertThat(d.group()).contains("CCAS");
        assertThat(d).isNotEqualTo(DeviceFleet.of("laptop", 3)).isEqualTo(DeviceFleet.builder("laptop", 3)
                .group("CCAS").build());
        assertThat(d.lifetimeYears(4).group()).contains("CCAS");
        assertThat(d.toString()).contains("@ CCAS");
        assertThat(NetworkTransfer.ofGb(5).group("DSI").label("x").group()).contains("DSI");
        assertThatThrownBy(() -> d.group(" ")).isInstanceOf(LineRejectedException.class)
                .hasMessage("group must not be blank, was ' '");
    }

    @Test
    void totals_groupsMustHoldEveryLine() {
        Totals t = ENGINE.assess(town(), Y2024).totals();
        assertThatThrownBy(() -> new Totals("x", Y2024, "c", "v", "s", t.lines(), t.total(), t.categories(),
                t.defaults(), java.util.Map.of("a", new Totals.GroupTotal(1, t.total(), java.util.Map.of()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the groups' lines must add up to lines (5), was 1");
        assertThat(List.copyOf(t.groups().keySet())).hasSize(3);
    }
}
