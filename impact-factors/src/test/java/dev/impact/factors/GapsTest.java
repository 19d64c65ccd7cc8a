package dev.impact.factors;

import static dev.impact.Impact.devices;
import static dev.impact.Impact.inventory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.impact.Impact;
import dev.impact.engine.Assessment;
import dev.impact.factor.Parameter;
import dev.impact.measure.Availability;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import org.junit.jupiter.api.Test;

/** The gaps of dataset 2026.1 filled with flagged estimates from checkable sources, and the ones left open. */
class GapsTest {
    private static final Catalog C = Factors.builtIn();

    private static Parameter p(String id) {
        return C.parameter(id).orElseThrow(() -> new AssertionError("no parameter " + id));
    }

    @Test
    void masses_fromUnuKeysAndBoaviztaHead_flaggedAsEstimates() {
        // UNU-KEYS average weights (Statistics Netherlands htbl_Key_Weight.csv): 0408 flat TVs 10.2 kg,
        // 0304 printers 10.32 kg, 0404 video and projectors 3.51 kg, 0301 small IT 0.4 kg
        assertThat(p("device.tv.mass").value()).isEqualTo(10.2);
        assertThat(p("device.printer-laser.mass").value()).isEqualTo(10.32);
        assertThat(p("device.printer-mfp.mass").value()).isEqualTo(10.32);
        assertThat(p("device.printer-inkjet.mass").value()).isEqualTo(10.32);
        assertThat(p("device.video-projector.mass").value()).isEqualTo(3.51);
        assertThat(p("device.keyboard.mass").value()).isEqualTo(0.4);
        assertThat(p("device.external-hdd.mass").value()).isEqualTo(0.4);
        // Boavizta manufacturer data @61323eb: median of 15 smartphones 0.171 kg, of 7 tablets 0.731 kg
        assertThat(p("device.smartphone.mass").value()).isEqualTo(0.171);
        assertThat(p("device.tablet.mass").value()).isEqualTo(0.731);
        for (String id : new String[] {"device.tv.mass", "device.printer-inkjet.mass", "device.video-projector.mass",
                "device.keyboard.mass", "device.smartphone.mass", "device.router.energy",
                "device.basic-phone.energy"}) {
            assertThat(p(id).provenance().estimate()).as(id).isTrue();
        }
        // named gaps: a class average would be 4 to 40 times too high for these
        assertThat(C.parameter("device.mouse.mass")).isEmpty();
        assertThat(C.parameter("device.usb-key.mass")).isEmpty();
    }

    @Test
    void tv_eWasteNowCounted() {
        Assessment a = Impact.using(C).reportingYear(2024).zone("FR").assess(inventory("t", devices("tv", 3)));
        // 3 TVs × 10.2 kg / 8 years (ADEME TV lifetime) = 3.825 kg per year
        assertThat(a.total().value(Phase.END_OF_LIFE, Indicator.E_WASTE)).isCloseTo(3.825, within(1e-12));
        assertThat(a.total().availability(Indicator.E_WASTE)).isEqualTo(Availability.AVAILABLE);
    }

    @Test
    void basicPhoneRouterAndDockingStation_assessWithoutUserPower() {
        Assessment a = Impact.using(C).reportingYear(2024).zone("FR").assess(inventory("t",
                devices("basic-phone", 10), devices("router", 1), devices("docking-station", 4)));
        // use: basic phone 0 kWh (Impact CO2: no use-phase emissions); router 70.08 kWh (ADEME box, 8 W × 24 h);
        // docking station 1.3 kWh (EcoDiag): (70.08 + 4 × 1.3) × 0.0519 (ADEME French mix 2024) = 75.28 × 0.0519 = 3.907032
        assertThat(a.total().value(Phase.USE, Indicator.CLIMATE_CHANGE)).isCloseTo(3.907032, within(1e-9));
        // docking station manufacture: 4 × 26 kgCO2e / 5 years = 20.8 (EcoDiag, NumEU figure)
        assertThat(a.byCategory().get("docking-station").value(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE))
                .isCloseTo(20.8, within(1e-9));
    }
}
