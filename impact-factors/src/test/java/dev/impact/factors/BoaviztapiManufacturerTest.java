package dev.impact.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.Impact;
import dev.impact.engine.Accounting;
import dev.impact.engine.AppliedDefault;
import dev.impact.engine.Assessment;
import dev.impact.inventory.Convention;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.LineRejectedException;
import dev.impact.inventory.ServerFleet;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import org.junit.jupiter.api.Test;

/**
 * RAM and SSD density completed from the maker and process / layers, as BoaviztAPI 2.4.1 does (models/component/ram.py
 * and ssd.py, tables crowdsourcing/ram_manufacture.csv and ssd_manufacture.csv @15878f0): the mean of the rows that
 * match. Expected values by hand from the table rows.
 */
class BoaviztapiManufacturerTest {
    private static final Catalog C = Factors.builtIn("2026.3");

    private static Assessment assess(ServerFleet s) {
        return Impact.using(C).reportingYear(2025).accounting(Accounting.LIFECYCLE).convention(Convention.BOAVIZTAPI)
                .assess(Inventory.of("t", s));
    }

    private static double manufacture(ServerFleet s) {
        return assess(s).total().value(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE);
    }

    private static double completed(ServerFleet s, String field) {
        return assess(s).lines().get(0).defaults().stream().filter(d -> d.field().equals(field))
                .mapToDouble(AppliedDefault::value).findFirst().orElseThrow(() -> new AssertionError(field));
    }

    @Test
    void ramManufacturer_meanOfItsRows_andWithAProcess_thatRow() {
        ServerFleet base = ServerFleet.of(1).cpu(2, 24).cpuDieAreaPerCoreMm2(24.5).ram(12, 32).ssd(1, 400)
                .ssdDensity(50.6).powerSupplies(2, 2.99);
        // Samsung: rows 30, 25, 20, 18 nm at 0.625, 1.250, 1.750, 2.375 GB/cm² → mean 6.0 / 4 = 1.5
        assertThat(completed(base.ramManufacturer("Samsung"), "ram.density")).isCloseTo(1.5, within(1e-12));
        // SK hynix at 21 nm: two rows, 1.313 and 1.875 → 1.594
        assertThat(completed(base.ramManufacturer("sk hynix").ramProcessNm(21), "ram.density"))
                .isCloseTo(1.594, within(1e-12));
        // 30 nm of any maker: Samsung 0.625, SK hynix 0.750, Micron 0.750 and 0.875 → 3.0 / 4 = 0.75
        assertThat(completed(base.ramProcessNm(30), "ram.density")).isCloseTo(0.75, within(1e-12));
        // the RAM manufacture with Samsung's 1.5 against the default 1.2444: 12 × 32 GB × 2.20 kg/cm² ×
        // (1/1.5 − 1/1.2444) = 844.8 × (0.666667 − 0.803600) = −115.6823 kgCO2e
        assertThat(manufacture(base.ramManufacturer("Samsung")) - manufacture(base))
                .isCloseTo(-115.6823, within(1e-3));
        // a density given wins over the maker (BoaviztAPI completes only what is not given)
        assertThat(manufacture(base.ramManufacturer("Samsung").ramDensity(1.79)))
                .isCloseTo(manufacture(base.ramDensity(1.79)), within(1e-9));
    }

    @Test
    void ssdManufacturer_andLayers() {
        ServerFleet base = ServerFleet.of(1).cpu(1, 8).ram(1, 16).ssd(2, 1000);
        // Micron rows: 64 layers 49.6, 128 layers 96.9 and 128 → mean 274.5 / 3 = 91.5; at 128 layers (96.9 + 128) / 2
        // = 112.45
        assertThat(completed(base.ssdManufacturer("Micron"), "ssd.density")).isCloseTo(91.5, within(1e-12));
        assertThat(completed(base.ssdManufacturer("Micron").ssdLayers(128), "ssd.density"))
                .isCloseTo(112.45, within(1e-12));
        // "Micron/Intel" is its own maker in the table (64 layers 57.5, 96 layers 76.3, 36 layers 28.5 → 54.1)
        assertThat(completed(base.ssdManufacturer("Micron/Intel"), "ssd.density")).isCloseTo(54.1, within(1e-12));
        // SSD manufacture at 112.45 against the default 54.884: 2 × 1000 GB × 2.20 × (1/112.45 − 1/54.884)
        // = 4400 × (0.00889284 − 0.01822025) = −41.0406 kgCO2e
        assertThat(manufacture(base.ssdManufacturer("Micron").ssdLayers(128)) - manufacture(base))
                .isCloseTo(-41.0406, within(1e-3));
    }

    @Test
    void unknownMakerOrGeneration_isRefusedByName() {
        ServerFleet base = ServerFleet.of(1).cpu(1, 8).ram(1, 16).ssd(1, 500);
        assertThatThrownBy(() -> assess(base.ramManufacturer("Samsnug"))).isInstanceOf(LineRejectedException.class)
                .hasMessageContaining("ram.manufacturer 'Samsnug' is not in the catalog's RAM density table")
                .hasMessageContaining("samsung");
        assertThatThrownBy(() -> assess(base.ramManufacturer("Samsung").ramProcessNm(14)))
                .isInstanceOf(LineRejectedException.class)
                .hasMessageContaining("has process (nm) 14.0 for Samsung; it has [18.0, 20.0, 25.0, 30.0]");
        assertThatThrownBy(() -> assess(base.ssdManufacturer("Kioxia"))).isInstanceOf(LineRejectedException.class)
                .hasMessageContaining("ssd.manufacturer 'Kioxia' is not in the catalog's SSD density table");
    }
}
