package dev.impact.factors;

import static dev.impact.Impact.devices;
import static dev.impact.Impact.inventory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.impact.Impact;
import dev.impact.engine.AppliedDefault;
import dev.impact.engine.Assessment;
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
}
