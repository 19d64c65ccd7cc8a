package dev.impact.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impact.engine.AssessmentOptions;
import org.junit.jupiter.api.Test;

class ConventionTest {

    @Test
    void of_caseInsensitive_andTheUsualSpellings() {
        assertThat(Convention.of("impact")).isEqualTo(Convention.IMPACT);
        assertThat(Convention.of("CO2JS")).isEqualTo(Convention.CO2JS);
        assertThat(Convention.of(" co2.js ")).isEqualTo(Convention.CO2JS);
        assertThat(Convention.of("Ccf")).isEqualTo(Convention.CCF);
        assertThat(Convention.of("boaviztapi")).isEqualTo(Convention.BOAVIZTAPI);
        assertThat(Convention.of("Boavizta")).isEqualTo(Convention.BOAVIZTAPI);
        assertThat(Convention.of("NumEcoEval")).isEqualTo(Convention.NUMECOEVAL);
    }

    @Test
    void of_unknown_listsTheValues_andSuggests() {
        assertThatThrownBy(() -> Convention.of("co2jss"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("convention must be one of impact, co2js, ccf, boaviztapi, numecoeval, was 'co2jss';"
                        + " did you mean co2js?");
        assertThatThrownBy(() -> Convention.of("")).hasMessageStartingWith(
                "convention must be one of impact, co2js, ccf, boaviztapi, numecoeval, was ''");
    }

    @Test
    void label_isTheLowerCaseName() {
        assertThat(Convention.CO2JS.label()).isEqualTo("co2js");
        for (Convention c : Convention.values()) {
            assertThat(Convention.of(c.label())).isEqualTo(c);
        }
    }

    @Test
    void options_defaultIsImpact_andALineSettingWins() {
        AssessmentOptions d = AssessmentOptions.defaults();
        assertThat(d.convention()).isEqualTo(Convention.IMPACT);
        AssessmentOptions ccf = d.convention(Convention.CCF);
        assertThat(ccf.convention()).isEqualTo(Convention.CCF);
        // the other settings are kept by the copy, and the convention by the other copies
        assertThat(ccf.reportingYear(2024).accounting(dev.impact.engine.Accounting.FLOW).convention())
                .isEqualTo(Convention.CCF);
        assertThat(ccf.reportingYear()).isEqualTo(d.reportingYear());

        NetworkTransfer plain = NetworkTransfer.ofGb(1);
        NetworkTransfer own = plain.convention(Convention.CO2JS);
        assertThat(plain.convention()).isEmpty();
        assertThat(own.convention()).contains(Convention.CO2JS);
        assertThat(ccf.conventionOf(plain)).isEqualTo(Convention.CCF);
        assertThat(ccf.conventionOf(own)).isEqualTo(Convention.CO2JS);
        assertThat(d.conventionOf(DeviceFleet.of("laptop", 1))).isEqualTo(Convention.IMPACT);
    }

    @Test
    void networkTransfer_conventionIsPartOfTheLine() {
        NetworkTransfer a = NetworkTransfer.ofGb(1).convention(Convention.CO2JS);
        assertThat(a).isNotEqualTo(NetworkTransfer.ofGb(1)).isEqualTo(NetworkTransfer.ofGb(1)
                .convention(Convention.CO2JS));
        assertThat(a.hashCode()).isEqualTo(NetworkTransfer.ofGb(1).convention(Convention.CO2JS).hashCode());
        assertThat(a.toString()).endsWith(", convention co2js]");
        // kept by the other copies, and the builder makes the same line
        assertThat(a.zone("DE").label("x").convention()).contains(Convention.CO2JS);
        assertThat(NetworkTransfer.builderOfGb(1).convention(Convention.CO2JS).build()).isEqualTo(a);
        assertThatThrownBy(() -> a.convention(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("convention");
    }
}
