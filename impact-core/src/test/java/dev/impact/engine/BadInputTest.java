package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impact.factor.FactorCatalog;
import dev.impact.factor.ReferenceUnit;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;

import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.LineRejectedException;
import dev.impact.inventory.ServerFleet;
import org.junit.jupiter.api.Test;

/** Bad input fails with a message naming the field, the value and what was expected. */
class BadInputTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());
    private static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);

    @Test
    void count_zeroOrNegativeOrNaN() {
        assertThatThrownBy(() -> DeviceFleet.of("laptop", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must be a finite number > 0 (devices), was 0.0");
        assertThatThrownBy(() -> DeviceFleet.of("laptop", -3)).hasMessage(
                "count must be a finite number > 0 (devices), was -3.0");
        assertThatThrownBy(() -> DeviceFleet.of("laptop", Double.NaN)).hasMessage(
                "count must be a finite number > 0 (devices), was NaN");
        assertThatThrownBy(() -> ServerFleet.of(Double.POSITIVE_INFINITY)).hasMessage(
                "count must be a finite number > 0 (servers), was Infinity");
    }

    @Test
    void lifetime_and_power() {
        assertThatThrownBy(() -> DeviceFleet.of("laptop", 1).lifetimeYears(-2)).hasMessage(
                "lifetimeYears must be a finite number > 0 (years), was -2.0");
        assertThatThrownBy(() -> DeviceFleet.of("laptop", 1).power(0, 8)).hasMessage(
                "powerWatts must be a finite number > 0 (W), was 0.0");
        assertThatThrownBy(() -> DeviceFleet.of("laptop", 1).power(20, 25)).hasMessage(
                "hoursPerDay must be <= 24 (h/day), was 25.0");
        // beyond any single device: a unit mistake (Wh for kWh, W for mW) or hostile input
        assertThatThrownBy(() -> DeviceFleet.of("laptop", 1).power(2e7, 8)).hasMessage(
                "powerWatts must be <= 1e7 (W per device: 10 MW), was 2.0E7");
        assertThatThrownBy(() -> DeviceFleet.of("laptop", 1).energyKWhPerYear(1e9)).hasMessage(
                "kWhPerYear must be <= 1e8 (kWh/year per device: 11 MW all year), was 1.0E9");
        assertThat(DeviceFleet.of("mainframe", 1).energyKWhPerYear(876_000).use().orElseThrow().kWhPerYear())
                .isEqualTo(876_000);
        assertThatThrownBy(() -> ServerFleet.of(1).load(1.5)).hasMessage("load must be between 0 and 1, was 1.5");
    }

    @Test
    void unknownCategory_suggestsClosest() {
        assertThatThrownBy(() -> ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptpo", 3).label("agents")), Y2024))
                .isInstanceOf(LineRejectedException.class)
                .hasMessage("line 1 ('agents'): device category 'laptpo' is unknown: no factor with key"
                        + " 'device.laptpo' in test catalog test; did you mean laptop?")
                .satisfies(e -> {
                    LineRejectedException r = (LineRejectedException) e;
                    assertThat(r.field()).contains("category");
                    assertThat(r.value()).isEqualTo("laptpo");
                    assertThat(r.lineIndex()).hasValue(1);
                    assertThat(r.label()).isEqualTo("agents");
                    assertThat(r.reason()).startsWith("device category 'laptpo' is unknown");
                });
    }

    @Test
    void unknownZone_suggestsClosest() {
        assertThatThrownBy(() -> ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 3).zone("FX")), Y2024))
                .hasMessageStartingWith("line 1 ('laptop'): electricity zone 'FX' is unknown: no factor with key"
                        + " 'electricity.FX'")
                .hasMessageEndingWith("; did you mean FR?")
                .satisfies(e -> {
                    assertThat(((LineRejectedException) e).field()).contains("zone");
                    assertThat(((LineRejectedException) e).value()).isEqualTo("FX");
                });
    }

    @Test
    void labelWithAControlCharacter_isRefused_tabsAndNewlinesPass() {
        assertThatThrownBy(() -> DeviceFleet.of("laptop", 1).label("a\u001b[2Jb"))
                .isInstanceOf(LineRejectedException.class)
                .hasMessage("label must be printable text, but has the control character U+001B at position 2");
        assertThatThrownBy(() -> DeviceFleet.of("laptop", 1).label("bell\u0007")).hasMessageContaining("U+0007");
        assertThatThrownBy(() -> DeviceFleet.of("laptop", 1).label("nul\u0000")).hasMessageContaining("U+0000");
        assertThatThrownBy(() -> DeviceFleet.of("laptop", 1).label("csi\u009b2J")).hasMessageContaining("U+009B");
        assertThatThrownBy(() -> DeviceFleet.of("laptop", 1).label("del\u007f")).hasMessageContaining("U+007F");
        assertThat(DeviceFleet.of("laptop", 1).label("web\tfarm\r\nB").label()).isEqualTo("web\tfarm\r\nB");
        assertThat(DeviceFleet.of("laptop", 1).label("\u00a0é\u2028").label()).isEqualTo("\u00a0é\u2028");
    }

    @Test
    void labelWithHalfACharacter_isRefused_wholeCharactersPass() {
        assertThatThrownBy(() -> DeviceFleet.of("laptop", 1).label("site \uD83D A"))
                .isInstanceOf(LineRejectedException.class)
                .hasMessage("label must be Unicode text, but has half a character (\\uD83D) at position 6")
                .satisfies(e -> assertThat(((LineRejectedException) e).field()).contains("label"));
        // a whole character outside the BMP (U+1F4BB, a surrogate pair) is fine
        assertThat(DeviceFleet.of("laptop", 1).label("site \uD83D\uDCBB A").label()).isEqualTo("site \uD83D\uDCBB A");
    }

    @Test
    void builderRefusal_carriesFieldAndValue() {
        assertThatThrownBy(() -> DeviceFleet.of("laptop", 1).lifetimeYears(-2))
                .isInstanceOf(LineRejectedException.class)
                .hasMessage("lifetimeYears must be a finite number > 0 (years), was -2.0")
                .satisfies(e -> {
                    LineRejectedException r = (LineRejectedException) e;
                    assertThat(r.field()).contains("lifetimeYears");
                    assertThat(r.value()).isEqualTo("-2.0");
                    assertThat(r.reason()).isEqualTo(r.getMessage());
                    assertThat(r.lineIndex()).isEmpty();
                });
    }

    @Test
    void purchaseAfterReportingYear_isAboutPurchaseYear() {
        assertThatThrownBy(() -> ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 1).purchaseYear(2030)),
                Y2024))
                .hasMessage("line 1 ('laptop'): purchaseYear 2030 is after the reporting year 2024")
                .satisfies(e -> {
                    assertThat(((LineRejectedException) e).field()).contains("purchaseYear");
                    assertThat(((LineRejectedException) e).reason())
                            .isEqualTo("purchaseYear 2030 is after the reporting year 2024");
                });
    }

    @Test
    void yearWithoutGridFactor() {
        // the device factor (2022) applies backwards to 2020; Germany's grid (earliest 2023) does not
        assertThatThrownBy(() -> ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 1).zone("DE")),
                AssessmentOptions.defaults().reportingYear(2020)))
                .hasMessage("line 1 ('laptop'): no factor for electricity zone 'DE' (key 'electricity.DE') is"
                        + " valid in reporting year 2020: the earliest is of 2023 (grid factors apply from their data"
                        + " year on)")
                .satisfies(e -> assertThat(((LineRejectedException) e).field()).contains("zone"));
    }

    @Test
    void flowWithoutPurchaseYear() {
        assertThatThrownBy(() -> ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 1)),
                Y2024.accounting(Accounting.FLOW).requirePurchaseYears(true)))
                .hasMessage("line 1 ('laptop'): flow accounting with purchase years required: this line has none");
    }

    @Test
    void purchaseAfterReportingYear() {
        assertThatThrownBy(() -> ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 1).purchaseYear(2025)),
                Y2024)).hasMessage("line 1 ('laptop'): purchaseYear 2025 is after the reporting year 2024");
    }

    @Test
    void refurbishedWithoutFactor() {
        assertThatThrownBy(() -> ENGINE.assess(Inventory.of("t", DeviceFleet.of("monitor", 1).refurbished()), Y2024))
                .hasMessage("line 1 ('monitor'): refurbished monitor: the catalog has neither a refurbishment factor"
                        + " 'refurbishment.monitor' nor a parameter 'refurbishment.monitor.impact_ratio'; give the line"
                        + " as new, or add one of them in an overlay");
    }

    @Test
    void noDefaultUseProfile_needsTheLinesOwn() {
        var switchFactor = TestCatalogs.factor("device.switch.t", "device.switch", ReferenceUnit.UNIT,
                TestCatalogs.ademeLike().factor("device.laptop.ademe").orElseThrow().provenance().source(), "FR", 2022,
                Footprint.builder().set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 367).build());
        var lifetime = TestCatalogs.parameter("device.switch.lifetime", 5, "year",
                switchFactor.provenance().source());
        Engine e = Engine.of(FactorCatalog.builder().from(TestCatalogs.ademeLike()).add(switchFactor).add(lifetime)
                .build());
        assertThatThrownBy(() -> e.assess(Inventory.of("t", DeviceFleet.of("switch", 2)), Y2024))
                .hasMessage("line 1 ('switch'): device category 'switch' has no default use profile in test catalog"
                        + " (parameters device.switch.energy, or device.switch.power and device.switch.hours_per_day);"
                        + " give the line's power and hours, or its kWh per year");
        // with its own energy: 2 × (367 / 5 + 350 kWh × 0.0519) = 2 × (73.4 + 18.165) = 183.13
        assertThat(e.assess(Inventory.of("t", DeviceFleet.of("switch", 2).energyKWhPerYear(350)), Y2024)
                .total(Indicator.CLIMATE_CHANGE)).isCloseTo(183.13, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void options_invalid() {
        assertThatThrownBy(() -> Y2024.periodYears(0)).hasMessage(
                "periodYears must be a finite number > 0 (years), was 0.0");
        assertThatThrownBy(() -> Y2024.reportingYear(1800)).hasMessage(
                "reportingYear must be between 1990 and 2200, was 1800");
    }
}
