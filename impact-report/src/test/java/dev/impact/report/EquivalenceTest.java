package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EquivalenceTest {

    @Test
    void carKm_isImpactCo2PetrolCar() {
        // ADEME Impact CO2, deplacement.ts id 4 "voiturethermique": ecv 6 (use) 0.1105577600556303
        // + ecv 5 (construction) 0.03169565217391306 = 0.1422534 kgCO2e per km
        assertThat(Equivalence.CAR_KM.kgCo2ePerUnit()).isCloseTo(0.1422534, within(1e-7));
        // 1000 kgCO2e / 0.1422534 kgCO2e/km ≈ 7029.7 km
        assertThat(Equivalence.CAR_KM.amountFor(1000)).isCloseTo(7029.7, within(0.05));
    }

    @Test
    void tgvAndBeef_publishedFigures() {
        // TGV: 0.00063 + 0.0023 = 0.00293 kgCO2e/km; beef meal: 7.26 kgCO2e (Base Empreinte)
        assertThat(Equivalence.TGV_KM.kgCo2ePerUnit()).isCloseTo(0.00293, within(1e-12));
        assertThat(Equivalence.BEEF_MEAL.amountFor(72.6)).isCloseTo(10, within(1e-9));
    }

    @Test
    void unit_byLanguage() {
        assertThat(Equivalence.CAR_KM.unit(Locale.FRANCE)).isEqualTo("km en voiture thermique");
        assertThat(Equivalence.CAR_KM.unit(Locale.GERMAN)).isEqualTo("km by petrol car");
    }

    @Test
    void new_nonPositiveFactor() {
        assertThatThrownBy(() -> new Equivalence("x", -1, "a", "b", "c", "d"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kgCo2ePerUnit must be a finite number > 0 (kgCO2e), was -1.0");
        assertThatThrownBy(() -> new Equivalence("x", 1, " ", "b", "c", "d"))
                .hasMessage("equivalence unitEn must not be blank, was ' '");
    }
}
