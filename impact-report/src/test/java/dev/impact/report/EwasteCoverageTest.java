package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.Factor;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.ReferenceUnit;
import dev.impact.factor.Uncertainty;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The e-waste key figure states in words which equipment has no mass, instead of a bare lower bound. */
class EwasteCoverageTest {

    /** The fixture catalog plus TVs with a footprint and a lifetime but no mass. */
    private static FactorCatalog withTv() {
        return FactorCatalog.builder().from(Fixtures.catalog())
                .add(new Factor("device.tv.test", "device.tv", "TV", ReferenceUnit.UNIT,
                        Footprint.builder().set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 300).build(),
                        Fixtures.provenance("WORLD", false, ""), Uncertainty.exact()))
                .add(Fixtures.parameter("device.tv.lifetime", 8, "year"))
                .build();
    }

    private static String render(Inventory inv, Locale l) {
        FactorCatalog c = withTv();
        return Report.of(Engine.of(c).assess(inv, AssessmentOptions.defaults().reportingYear(2024)), c)
                .render(Format.MARKDOWN, l);
    }

    @Test
    void equipmentWithoutMass_isNamed() {
        Inventory inv = Inventory.of("t", DeviceFleet.of("laptop", 10), DeviceFleet.of("tv", 2).energyKWhPerYear(50));
        // laptops: 10 × 2 kg / 5 years = 4 kg, a lower bound since the TVs have no mass
        assertThat(render(inv, Locale.ENGLISH)).contains("| E-waste (WEEE mass) | ≥ 4 kg | No mass for: television; the e-waste"
                + " total covers the other equipment only. |");
        assertThat(render(inv, Locale.FRENCH)).contains("| Déchets électroniques (masse de DEEE) | ≥ 4 kg | Pas de masse"
                + " pour : téléviseur ; le total des DEEE ne couvre que les autres équipements. |");
    }

    @Test
    void fullCoverage_saysSo() {
        assertThat(render(Inventory.of("t", DeviceFleet.of("laptop", 10)), Locale.ENGLISH))
                .contains("| E-waste (WEEE mass) | 4 kg | Every equipment category has a mass. |");
    }
}
