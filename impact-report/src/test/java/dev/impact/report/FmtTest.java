package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impact.measure.Availability;
import dev.impact.measure.Indicator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FmtTest {
    private final Fmt fr = Fmt.of(Locale.FRENCH);
    private final Fmt en = Fmt.of(Locale.ENGLISH);

    @Test
    void number_frenchCommaAndNarrowNoBreakSpace() {
        assertThat(fr.number(12345.6)).isEqualTo("12\u202F346");
        assertThat(fr.number(3.14159)).isEqualTo("3,14");
        assertThat(fr.number(0.000240)).isEqualTo("0,00024");
        assertThat(fr.number(1234567)).isEqualTo("1\u202F234\u202F567");
    }

    @Test
    void number_english() {
        assertThat(en.number(12345.6)).isEqualTo("12,346");
        assertThat(en.number(3.14159)).isEqualTo("3.14");
        assertThat(en.number(48.0)).isEqualTo("48");
        assertThat(en.number(-2.5)).isEqualTo("-2.5");
        assertThat(en.number(2.4e-8)).isEqualTo("2.4E-8");
    }

    @Test
    void number_sameWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Fmt.of(Locale.ENGLISH).number(1234.5)).isEqualTo("1,234");
            assertThat(Fmt.of(Locale.FRENCH).number(0.5)).isEqualTo("0,5");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void value_notAvailableIsNeverZero() {
        assertThat(fr.value(Double.NaN, Availability.NOT_AVAILABLE)).isEqualTo("non disponible");
        assertThat(en.value(0, Availability.NOT_AVAILABLE)).isEqualTo("n/a");
        assertThat(fr.value(12.34, Availability.PARTIAL)).isEqualTo("≥ 12,3");
        assertThat(en.value(12.34, Availability.AVAILABLE)).isEqualTo("12.3");
    }

    @Test
    void percent_byLocale() {
        assertThat(fr.percent(0.783)).isEqualTo("78\u202F%");
        assertThat(en.percent(0.783)).isEqualTo("78%");
        assertThat(en.percent(0.001)).isEqualTo("< 1%");
        assertThat(en.percent(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void unitsAndLabels_localised() {
        assertThat(fr.unit(Indicator.ABIOTIC_DEPLETION)).isEqualTo("kg Sb éq.");
        assertThat(en.unit(Indicator.WATER_USE)).isEqualTo("m³ world eq.");
        assertThat(fr.unit(Indicator.WATER_USE)).isEqualTo("m³ éq. monde");
        assertThat(fr.label(Indicator.WATER_USE)).isEqualTo("Utilisation des ressources en eau (AWARE)");
        assertThat(fr.label(Indicator.E_WASTE)).isEqualTo("Déchets électroniques (masse de DEEE)");
        assertThat(en.label(Indicator.FOSSIL_RESOURCE_USE)).isEqualTo("Fossil resource use (ADPf)");
    }
}
