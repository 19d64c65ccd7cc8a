package dev.impact.inventory;

import static dev.impact.inventory.ServerFleetBuilderTest.check;
import static dev.impact.inventory.ServerFleetBuilderTest.messageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The activity lines' builders make the lines the copy methods make, and refuse what they refuse, alike. */
class ActivityBuildersTest {
    @Test
    void network() {
        NetworkTransfer chained = NetworkTransfer.ofGb(500).label("web").kind(NetworkKind.FIXED)
                .model(NetworkModel.SWD_V4).withoutBox().greenHosting(0.5).modelGridIntensity().zone("se");
        NetworkTransfer built = NetworkTransfer.builderOfGb(500).label("web").kind(NetworkKind.FIXED)
                .model(NetworkModel.SWD_V4).withoutBox().greenHosting(0.5).modelGridIntensity().zone("se").build();
        assertThat(built).isEqualTo(chained).hasSameHashCodeAs(chained).hasToString(chained.toString());
        assertThat(built.volumeGb()).isEqualTo(500.0);
        assertThat(built.includesBox()).isFalse();
        assertThat(built.usesModelGridIntensity()).isTrue();
        assertThat(built.greenHosting()).isEqualTo(0.5);
        assertThat(built.zone()).contains("SE");
        assertThat(NetworkTransfer.builderOfGb(1).build()).isEqualTo(NetworkTransfer.ofGb(1));
        assertThat(NetworkTransfer.builderOfGb(1).build().label()).isEqualTo("network transfer");

        assertThatThrownBy(() -> NetworkTransfer.builderOfGb(-1)).hasMessage(messageOf(() -> NetworkTransfer.ofGb(-1)))
                .hasMessage("volumeGb must be a finite number >= 0 (GB), was -1.0");
        NetworkTransfer.Builder b = NetworkTransfer.builderOfGb(8).greenHosting(0.25);
        NetworkTransfer n = NetworkTransfer.ofGb(8).greenHosting(0.25);
        check(() -> b.label(""), () -> n.label(""));
        check(() -> b.greenHosting(2), () -> n.greenHosting(2));
        check(() -> b.zone("  "), () -> n.zone("  "));
        assertThatThrownBy(() -> b.kind(null)).isInstanceOf(NullPointerException.class).hasMessage("kind");
        assertThatThrownBy(() -> b.model(null)).isInstanceOf(NullPointerException.class).hasMessage("model");
        assertThat(b.build()).isEqualTo(n);
    }

    @Test
    void storage() {
        DataStorage chained = DataStorage.ofTbYears(40).label("backups").medium(StorageMedium.HDD)
                .model(StorageModel.PER_TB_YEAR).replication(3).pue(1.4).zone("FR");
        DataStorage built = DataStorage.builderOfTbYears(40).label("backups").medium(StorageMedium.HDD)
                .model(StorageModel.PER_TB_YEAR).replication(3).pue(1.4).zone("FR").build();
        assertThat(built).isEqualTo(chained).hasSameHashCodeAs(chained).hasToString(chained.toString());
        assertThat(built.tbYears()).isEqualTo(40.0);
        assertThat(built.replication()).isEqualTo(3.0);
        assertThat(built.pue()).hasValue(1.4);
        assertThat(DataStorage.builderOfTbYears(2).build()).isEqualTo(DataStorage.ofTbYears(2));

        assertThatThrownBy(() -> DataStorage.builderOfTbYears(0))
                .hasMessage(messageOf(() -> DataStorage.ofTbYears(0)));
        DataStorage.Builder b = DataStorage.builderOfTbYears(5).replication(2);
        DataStorage d = DataStorage.ofTbYears(5).replication(2);
        check(() -> b.replication(0.5), () -> d.replication(0.5));
        check(() -> b.pue(Double.NaN), () -> d.pue(Double.NaN));
        check(() -> b.label(" "), () -> d.label(" "));
        check(() -> b.zone(""), () -> d.zone(""));
        assertThatThrownBy(() -> b.replication(0.5))
                .hasMessage("replication must be a finite number >= 1 (copies), was 0.5");
        assertThatThrownBy(() -> b.medium(null)).isInstanceOf(NullPointerException.class).hasMessage("medium");
        assertThat(b.build()).isEqualTo(d);
    }

    @Test
    void cloud() {
        CloudCompute chained = CloudCompute.of(" AWS ", 87_600).label("vms").utilisation(0.35).memoryGbHours(350_000)
                .pue(1.135).zone("IE");
        CloudCompute built = CloudCompute.builder(" AWS ", 87_600).label("vms").utilisation(0.35)
                .memoryGbHours(350_000).pue(1.135).zone("IE").build();
        assertThat(built).isEqualTo(chained).hasSameHashCodeAs(chained).hasToString(chained.toString());
        assertThat(built.provider()).isEqualTo("aws");
        assertThat(built.memoryGbHours()).isEqualTo(350_000.0);
        assertThat(CloudCompute.builder("gcp", 1e-3).build()).isEqualTo(CloudCompute.of("gcp", 1e-3));

        assertThatThrownBy(() -> CloudCompute.builder(" ", 0)).hasMessage(messageOf(() -> CloudCompute.of(" ", 0)))
                .hasMessage("provider must not be blank, was ' '");
        assertThatThrownBy(() -> CloudCompute.builder("aws", -1)).hasMessage(messageOf(() -> CloudCompute.of("aws", -1)));
        // the builder takes 0 vCPU-hours (a transfer-only or GPU-only line) but builds no empty line
        assertThatThrownBy(() -> CloudCompute.builder("aws", 0).build()).hasMessageStartingWith("vcpuHours is 0");
        assertThatThrownBy(() -> CloudCompute.of("aws", 0))
                .hasMessage("vcpuHours must be a finite number > 0 (vCPU.h), was 0.0");
        CloudCompute.Builder b = CloudCompute.builder("azure", 10).utilisation(0.5);
        CloudCompute c = CloudCompute.of("azure", 10).utilisation(0.5);
        check(() -> b.utilisation(-0.1), () -> c.utilisation(-0.1));
        check(() -> b.memoryGbHours(-1), () -> c.memoryGbHours(-1));
        check(() -> b.pue(0), () -> c.pue(0));
        check(() -> b.label(""), () -> c.label(""));
        check(() -> b.zone(" "), () -> c.zone(" "));
        assertThat(b.build()).isEqualTo(c);
    }

    @Test
    void ai() {
        AiInference chained = AiInference.of(250_000, AiModelSize.REASONING).label("chat").pue(1.2)
                .embodiedKgCo2ePerRequest(1e-5).zone("US");
        AiInference built = AiInference.builder(250_000, AiModelSize.REASONING).label("chat").pue(1.2)
                .embodiedKgCo2ePerRequest(1e-5).zone("US").build();
        assertThat(built).isEqualTo(chained).hasSameHashCodeAs(chained).hasToString(chained.toString());
        assertThat(built.size()).contains(AiModelSize.REASONING);
        assertThat(built.whPerRequest()).isEmpty();
        AiInference measured = AiInference.builderOfWhPerRequest(10_000, 0.34).build();
        assertThat(measured).isEqualTo(AiInference.ofWhPerRequest(10_000, 0.34));
        assertThat(measured.whPerRequest()).hasValue(0.34);
        assertThat(measured.size()).isEmpty();
        assertThat(measured.label()).isEqualTo("AI inference");

        assertThatThrownBy(() -> AiInference.builder(0, AiModelSize.SMALL))
                .hasMessage(messageOf(() -> AiInference.of(0, AiModelSize.SMALL)));
        assertThatThrownBy(() -> AiInference.builder(1, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("size");
        assertThatThrownBy(() -> AiInference.builderOfWhPerRequest(-1, -1))
                .hasMessage(messageOf(() -> AiInference.ofWhPerRequest(-1, -1)))
                .hasMessage("requests must be a finite number > 0 (requests), was -1.0");
        assertThatThrownBy(() -> AiInference.builderOfWhPerRequest(1, 0))
                .hasMessage(messageOf(() -> AiInference.ofWhPerRequest(1, 0)));
        AiInference.Builder b = AiInference.builder(5, AiModelSize.LARGE).pue(1.1);
        AiInference a = AiInference.of(5, AiModelSize.LARGE).pue(1.1);
        check(() -> b.pue(0.5), () -> a.pue(0.5));
        check(() -> b.embodiedKgCo2ePerRequest(-1), () -> a.embodiedKgCo2ePerRequest(-1));
        check(() -> b.label(" "), () -> a.label(" "));
        check(() -> b.zone(""), () -> a.zone(""));
        assertThat(b.build()).isEqualTo(a);
    }
}
