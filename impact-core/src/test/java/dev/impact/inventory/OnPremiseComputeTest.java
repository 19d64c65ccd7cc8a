package dev.impact.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OnPremiseComputeTest {

    @Test
    void of_defaultsAndCopies() {
        OnPremiseCompute m = OnPremiseCompute.laptop(1760);
        assertThat(m.machineType()).isEqualTo(OnPremiseCompute.MachineType.LAPTOP);
        assertThat(m.label()).isEqualTo("on-premise laptop");
        assertThat(m.utilisation()).isEmpty();
        assertThat(m.pue()).isEmpty();
        assertThat(m.microarchitecture()).isEmpty();
        OnPremiseCompute n = m.microarchitecture("AMD EPYC 2nd Gen").memoryGb(16).utilisation(0.1).pue(1.2)
                .label("ana").uptimeHours(8);
        assertThat(n.microarchitecture()).contains("epyc-2nd-gen"); // CCF's name read as CloudCompute reads it
        assertThat(n.uptimeHours()).isEqualTo(8);
        assertThat(m.uptimeHours()).isEqualTo(1760); // immutable
        assertThat(n).isEqualTo(OnPremiseCompute.laptop(8).microarchitecture("epyc-2nd-gen").memoryGb(16)
                .utilisation(0.1).pue(1.2).label("ana")).isNotEqualTo(m);
        assertThat(n.toString()).isEqualTo(
                "OnPremiseCompute[ana: laptop, 8 h, epyc-2nd-gen, 16 GB, utilisation 0.1, PUE 1.2, country unknown]");
    }

    @Test
    void regionName_countryAndUsStateAsCcfKeysThem() {
        assertThat(OnPremiseCompute.server(1).regionName()).isEmpty();
        assertThat(OnPremiseCompute.server(1).country("South Korea").regionName()).contains("south-korea");
        // CCF keys "United States-Texas"; a state elsewhere is not used
        assertThat(OnPremiseCompute.server(1).country("United States").state("Texas").regionName())
                .contains("united-states-texas");
        assertThat(OnPremiseCompute.server(1).country("France").state("Bretagne").regionName()).contains("france");
    }

    @Test
    void badInput_refusedWithFieldAndValue() {
        assertThatThrownBy(() -> OnPremiseCompute.desktop(-3)).isInstanceOfSatisfying(LineRejectedException.class,
                e -> {
                    assertThat(e.field()).contains("uptimeHours");
                    assertThat(e.value()).isEqualTo("-3.0");
                });
        assertThatThrownBy(() -> OnPremiseCompute.server(1).utilisation(1.5))
                .hasMessage("utilisation must be between 0 and 1, was 1.5");
        assertThatThrownBy(() -> OnPremiseCompute.server(1).country(" ")).hasMessageContaining("country must not be blank");
        assertThatThrownBy(() -> OnPremiseCompute.MachineType.of("serveur")).isInstanceOfSatisfying(
                LineRejectedException.class, e -> {
                    assertThat(e.field()).contains("machineType");
                    assertThat(e.getMessage()).contains("was 'serveur'").contains("server");
                });
        assertThat(OnPremiseCompute.MachineType.of(" Desktop ")).isEqualTo(OnPremiseCompute.MachineType.DESKTOP);
    }
}
