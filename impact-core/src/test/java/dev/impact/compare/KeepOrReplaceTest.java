package dev.impact.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keep or replace by hand: ADEME-like laptop embodied 170 + 12.3 + 2.79 = 185.09 kgCO2e, 5 years; refurbished
 * 30 + 12.3 + 2.79 = 45.09 kgCO2e (the test refurbishment figure replaces manufacture), 5 years too (no
 * refurbished lifetime in the test catalog).
 */
class KeepOrReplaceTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());
    private static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);

    @Test
    void amortisedToAmortise_andTheCostOfReplacingNow() {
        List<KeepOrReplace.Decision> d = KeepOrReplace.of(ENGINE, Inventory.of("town",
                DeviceFleet.of("laptop", 10).purchaseYear(2022), DeviceFleet.of("laptop", 4).purchaseYear(2016),
                DeviceFleet.of("laptop", 7)), Y2024, 2);
        assertThat(d).hasSize(2); // the undated line has no age
        KeepOrReplace.Decision recent = d.get(0);
        // 2022–2024: 3 of 5 years: 10 × 185.09 × 3 / 5 = 1110.54 amortised, 740.36 still to amortise
        assertThat(recent.ageYears()).isEqualTo(3);
        assertThat(recent.amortisedKgCo2e()).isCloseTo(1110.54, within(1e-9));
        assertThat(recent.toAmortiseKgCo2e()).isCloseTo(740.36, within(1e-9));
        // replacing the 10 now: 2 of a new laptop's 5 years, 10 × 185.09 × 2 / 5 = 740.36; refurbished 180.36
        assertThat(recent.replaceNewKgCo2e()).isCloseTo(740.36, within(1e-9));
        assertThat(recent.replaceRefurbishedKgCo2e()).isCloseTo(10 * 45.09 * 2 / 5, within(1e-9));
        // bought 2016: fully amortised
        assertThat(d.get(1).toAmortiseKgCo2e()).isZero();
        assertThat(d.get(1).amortisedKgCo2e()).isCloseTo(4 * 185.09, within(1e-9));
        assertThat(KeepOrReplace.table(d, 2)).contains("740.4");
        assertThatThrownBy(() -> KeepOrReplace.of(ENGINE, Inventory.of("x"), Y2024, 0))
                .hasMessage("years must be between 1 and 30, was 0");
    }
}
