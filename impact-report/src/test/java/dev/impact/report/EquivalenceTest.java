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
    void humanScale_personYearsAndTripsAroundTheEarth() {
        // SDES: 9.2 tCO2e per person in 2022; 266 000 kgCO2e / 9 200 = 28.9 person-years
        assertThat(Equivalence.FRENCH_PERSON_YEAR.amountFor(266_000)).isCloseTo(28.91, within(0.01));
        // 40 075 km × 0.1422534 kgCO2e/km = 5 700.8 kgCO2e per trip around the Earth
        assertThat(Equivalence.CAR_AROUND_THE_EARTH.kgCo2ePerUnit()).isCloseTo(5700.8, within(0.05));
    }

    @Test
    void pick_keepsAmountsAReaderCanPicture() {
        // 266 t: 28.9 person-years, 46.7 trips around the Earth, 36 639 beef meals; 1.87 M car km and 90.8 M TGV km
        // are left out (over 100 000)
        assertThat(Equivalence.pick(Equivalence.defaults(), 266_000)).containsExactly(
                Equivalence.FRENCH_PERSON_YEAR, Equivalence.CAR_AROUND_THE_EARTH, Equivalence.BEEF_MEAL);
        // 1 t: 0.11 person-year and 0.18 trip are under 1; 138 meals, 7 030 car km, 341 000 TGV km (over)
        assertThat(Equivalence.pick(Equivalence.defaults(), 1000)).containsExactly(Equivalence.BEEF_MEAL,
                Equivalence.CAR_KM);
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
