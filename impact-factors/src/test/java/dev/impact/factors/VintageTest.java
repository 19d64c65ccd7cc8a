package dev.impact.factors;

import static dev.impact.Impact.devices;
import static dev.impact.Impact.inventory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.impact.Impact;
import dev.impact.engine.AppliedDefault;
import dev.impact.engine.Assessment;
import dev.impact.factor.Factor;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import org.junit.jupiter.api.Test;

/**
 * Which vintage of the bundled data a reporting year gets: baseline years before the device data, grid vintages per
 * year, rows dated by their data year. Expected values by hand from the published figures.
 */
class VintageTest {
    private static final Catalog C = Factors.builtIn();
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;

    private static AppliedDefault vintage(Assessment a) {
        return a.lines().get(0).defaults().stream().filter(d -> d.field().equals("factorVintage")).findFirst()
                .orElse(null);
    }

    @Test
    void videoProjector_assessesIn2024_withoutNotice() {
        Assessment a = Impact.using(C).reportingYear(2024).zone("FR")
                .assess(inventory("room", devices("video-projector", 1)));
        // ADEME (publicodes-acv-numerique 2.1.1+): manufacture 39.2 kgCO2e over 8 years = 4.9 per year
        assertThat(a.total().value(Phase.MANUFACTURE, GWP)).isCloseTo(39.2 / 8, within(1e-12));
        // use: 200 W × 0.5 h/day × 365 / 1000 = 36.5 kWh × 0.0519 (ADEME Base Empreinte, French mix 2024) = 1.89435
        assertThat(a.total().value(Phase.USE, GWP)).isCloseTo(1.89435, within(1e-9));
        assertThat(vintage(a)).isNull();
    }

    @Test
    void france2019_appliesTheAdeme2022DevicesWithANotice() {
        Assessment a = Impact.using(C).reportingYear(2019).zone("FR")
                .assess(inventory("baseline", devices("laptop", 10)));
        // ADEME laptop, manufacture 170 kgCO2e over 5 years: 10 × 170 / 5 = 340 kgCO2e per year
        assertThat(a.total().value(Phase.MANUFACTURE, GWP)).isCloseTo(340, within(1e-9));
        AppliedDefault v = vintage(a);
        assertThat(v).isNotNull();
        assertThat(v.text()).isEqualTo("ADEME / Incubateur des Territoires (Impact CO2) 2022 used for 2019");
        assertThat(v.basis()).isEqualTo("device.laptop.ademe-acv-numerique-2.1.0-devices");
        assertThat(a.defaults()).contains(v);
    }

    private static Factor grid(String zone, int year) {
        return C.resolve("electricity." + zone, year).orElseThrow();
    }

    @Test
    void europe2022_usesEmber2022_notBaseImpacts2011() {
        // Ember, Jan 2026 release via Our World in Data, 2022 life-cycle intensity of generation (gCO2e/kWh):
        // Germany 419.74, Poland 732.48, Luxembourg 140.50; before 2026.2 the 2011 rows won: 0.657 / 1.151 / ~0.48
        assertThat(grid("DE", 2022).year()).isEqualTo(2022);
        assertThat(grid("DE", 2022).values().value(Phase.USE, GWP)).isCloseTo(0.41974, within(1e-9));
        assertThat(grid("PL", 2022).values().value(Phase.USE, GWP)).isCloseTo(0.73248, within(1e-9));
        assertThat(grid("LU", 2022).values().value(Phase.USE, GWP)).isCloseTo(0.1405, within(1e-9));
        assertThat(grid("DE", 2022).sourceId()).isEqualTo("owid-ember-2026");
    }

    @Test
    void everyZone_hasAGridRowOfEachYear2019To2024_andBaseImpacts2011NeverWins() {
        for (String zone : C.zoneCodes()) {
            for (int year = 2019; year <= 2024; year++) {
                Factor f = grid(zone, year);
                assertThat(f.year()).as("%s %d", zone, year).isEqualTo(year);
                assertThat(f.sourceId()).as("%s %d", zone, year).isNotEqualTo("boavizta-ademe-2011");
            }
            // 2025: Ember's first estimates cover most zones; the others use their newest year (2024), not 2011
            assertThat(grid(zone, 2025).year()).as(zone).isGreaterThanOrEqualTo(2024);
        }
    }

    @Test
    void france_keepsAdemeConsumptionMixWhereItHasTheYear_andEmberBefore() {
        // ADEME Base Empreinte consumption mix wins its own years (regulatory default for French reporting) ...
        assertThat(grid("FR", 2022).values().value(Phase.USE, GWP)).isCloseTo(0.052, within(1e-12));
        assertThat(grid("FR", 2025).values().value(Phase.USE, GWP)).isCloseTo(0.0461, within(1e-12));
        // ... and Ember fills the baseline years: France 2019 = 59.79 gCO2e/kWh
        assertThat(grid("FR", 2019).values().value(Phase.USE, GWP)).isCloseTo(0.05979, within(1e-12));
    }

    @Test
    void baseImpacts2011_stillCompletesTheIndicatorsOnlyItCarries() {
        // Germany 2022: climate change from Ember 2022, ionising radiation from Base IMPACTS 2011 (0.958296 kBq/kWh)
        Assessment a = Impact.using(C).reportingYear(2022).zone("DE").assess(inventory("t",
                devices("laptop", 1).energyKWhPerYear(100)));
        assertThat(a.total().value(Phase.USE, GWP)).isCloseTo(41.974, within(1e-9));
        assertThat(a.total().value(Phase.USE, Indicator.IONISING_RADIATION)).isCloseTo(95.8296, within(1e-9));
        assertThat(a.lines().get(0).factorIds()).contains("electricity.de.owid-ember-2026.2022",
                "electricity.de.boavizta-ademe-2011");
    }
}
