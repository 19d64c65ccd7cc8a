package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.factor.FactorCatalog;
import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.AiInference;
import dev.impact.inventory.AiModelSize;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.NetworkKind;
import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.ServerFleet;
import dev.impact.inventory.StorageMedium;
import dev.impact.inventory.StorageModel;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import org.junit.jupiter.api.Test;

/** Network, storage, cloud and AI lines against each model's published formula, worked by hand. */
class UsageModelsTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());
    private static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;

    private static Footprint assess(InventoryLine line) {
        return ENGINE.assess(Inventory.of("t", line), Y2024).total();
    }

    @Test
    void network_perGb_ademe() {
        // 12 000 GB × 9.26934695867389 gCO2e/GB (NegaOctet fixed France, with box) = 111.2322 kgCO2e
        assertThat(assess(NetworkTransfer.ofGb(12_000).kind(NetworkKind.FIXED)).total(GWP))
                .isCloseTo(111.2322, within(1e-4));
        // mobile: 500 GB × 24.6836791969497 g = 12.34184 kg
        assertThat(assess(NetworkTransfer.ofGb(500).kind(NetworkKind.MOBILE)).total(GWP))
                .isCloseTo(12.34184, within(1e-5));
        // without the box: 1000 GB × 2.59 g = 2.59 kg
        assertThat(assess(NetworkTransfer.ofGb(1000).kind(NetworkKind.FIXED).withoutBox()).total(GWP))
                .isCloseTo(2.59, within(1e-9));
    }

    @Test
    void network_perGb_needsAKind() {
        assertThatThrownBy(() -> assess(NetworkTransfer.ofGb(10)))
                .hasMessage("line 1 ('network transfer'): network kind must be FIXED or MOBILE for the PER_GB model,"
                        + " was UNSPECIFIED; give the kind, or use the ONEBYTE, SWD_V3 or SWD_V4 model");
    }

    @Test
    void network_swd4_zoneGrid_isMultiCriteria() {
        // 1 GB, France (ADEME 0.0519 kg/kWh for operational energy; IR from the 2011 row 3.23 kBq/kWh):
        // operational 0.055 + 0.059 + 0.080 = 0.194 kWh → use 0.194 × 0.0519 = 0.0100686 kg; IR 0.194 × 3.23
        // embodied 0.012 + 0.013 + 0.081 = 0.106 kWh × 0.494 kg/kWh = 0.052364 kg (manufacture)
        Footprint f = assess(NetworkTransfer.ofGb(1).model(NetworkModel.SWD_V4).zone("FR"));
        assertThat(f.value(Phase.USE, GWP)).isCloseTo(0.0100686, within(1e-9));
        assertThat(f.value(Phase.MANUFACTURE, GWP)).isCloseTo(0.052364, within(1e-9));
        assertThat(f.value(Phase.USE, Indicator.IONISING_RADIATION)).isCloseTo(0.62662, within(1e-9));
    }

    @Test
    void network_oneByte_zoneGrid() {
        // 10 GB mobile, Germany 2024 (0.34206): (0.072 + 0.884) × 10 = 9.56 kWh × 0.34206 = 3.2700936 kg
        assertThat(assess(NetworkTransfer.ofGb(10).kind(NetworkKind.MOBILE).model(NetworkModel.ONEBYTE).zone("DE"))
                .total(GWP)).isCloseTo(3.2700936, within(1e-9));
    }

    @Test
    void storage_hardware_ssd() {
        Footprint f = assess(DataStorage.ofTbYears(10).medium(StorageMedium.SSD).replication(3).pue(1.4).zone("FR"));
        // 10 TB-years × 3 copies = 30 TB-years
        // use: 30 × 1.2 Wh/TB.h × 8760 h / 1000 = 315.36 kWh × PUE 1.4 = 441.504 kWh × 0.0519 = 22.9140576 kg
        assertThat(f.value(Phase.USE, GWP)).isCloseTo(22.9140576, within(1e-7));
        // embodied per TB of SSD: 1000 / 54.884 GB/cm² = 18.220246 cm² × 2.20 = 40.084542 kg
        //   + 6.34 kg per drive × 1000 / 5000 GB = 1.268 kg → 41.352542 kg/TB; / 4 years × 30 TB-years = 310.14407
        assertThat(f.value(Phase.MANUFACTURE, GWP)).isCloseTo(310.14407, within(1e-4));
        // BoaviztAPI's component figures have no end of life: not available
        assertThat(f.availability(Phase.END_OF_LIFE, GWP)).isEqualTo(Availability.NOT_AVAILABLE);
    }

    @Test
    void storage_hardware_hdd_defaultPue() {
        Assessment a = ENGINE.assess(Inventory.of("t", DataStorage.of(40_000, 1).medium(StorageMedium.HDD)), Y2024);
        // 40 000 GB for 1 year = 40 TB-years; use: 40 × 0.65 × 8.76 = 227.76 kWh × 1.46 (France) × 0.0519
        //   = 332.5296 kWh × 0.0519 = 17.258286 kg
        assertThat(a.total().value(Phase.USE, GWP)).isCloseTo(17.258286, within(1e-6));
        // embodied: 31.11 kg per drive × 1000 / 10000 GB = 3.111 kg/TB / 4 years × 40 = 31.11 kg
        assertThat(a.total().value(Phase.MANUFACTURE, GWP)).isCloseTo(31.11, within(1e-9));
        assertThat(a.lines().get(0).defaults()).extracting(AppliedDefault::field).contains("pue", "zone");
    }

    @Test
    void storage_perTbYear() {
        // 120 000 GB-months = 10 TB-years × (0.12454537 + 0.1107888) kg (Impact CO2) = 2.3533417 kg
        assertThat(assess(DataStorage.ofGbMonths(120_000).model(StorageModel.PER_TB_YEAR)).total(GWP))
                .isCloseTo(2.3533417, within(1e-7));
    }

    @Test
    void cloud_ccf() {
        Footprint f = assess(CloudCompute.of("aws", 87_600).utilisation(0.35).memoryGbHours(350_000).zone("FR"));
        // CPU: (0.74 + 0.35 × (3.5 − 0.74)) = 1.706 W × 87 600 vCPU-h / 1000 = 149.4456 kWh × 1.135 = 169.620756
        // memory: 350 000 GB-h × 0.000392 = 137.2 kWh × 1.135 = 155.722 kWh
        // (169.620756 + 155.722) × 0.0519 = 16.88529 kg
        assertThat(f.value(Phase.USE, GWP)).isCloseTo(16.885289, within(1e-5));
        // embodied: 87 600 × 0.00047873 kg per vCPU-hour = 41.936748 kg
        assertThat(f.value(Phase.MANUFACTURE, GWP)).isCloseTo(41.936748, within(1e-6));
    }

    @Test
    void cloud_defaultsAndMissingEmbodied() {
        Assessment a = ENGINE.assess(Inventory.of("t", CloudCompute.of("GCP", 1000).zone("DE")), Y2024);
        // (0.68 + 0.5 × 3.43) = 2.395 W × 1000 / 1000 = 2.395 kWh × 1.1 = 2.6345 × 0.34206 = 0.90115707
        assertThat(a.total(GWP)).isCloseTo(0.90115707, within(1e-8));
        assertThat(a.total().availability(Phase.MANUFACTURE, GWP)).isEqualTo(Availability.NOT_AVAILABLE);
        assertThat(a.lines().get(0).defaults()).extracting(AppliedDefault::field).containsExactly("utilisation",
                "pue");
    }

    @Test
    void cloud_unknownProvider() {
        assertThatThrownBy(() -> assess(CloudCompute.of("oracle", 10)))
                .hasMessage("line 1 ('cloud compute'): unknown cloud provider 'oracle'; expected one of [aws, gcp]");
    }

    @Test
    void ai_sizeClass_andMeasured() {
        // 250 000 × 0.24 Wh (Google 2025 median, overhead included: no PUE) = 60 kWh, run where the service runs
        // (a size class: WORLD, 0.47294 kg/kWh) = 28.3764 kg; the GPU servers' manufacture by GPU-hours:
        // 60 kWh / (0.700 + 1.000 / 8) kW = 72.72727 h × (5700 / 8 + 164) kg / (3 × 8760 h) = 72.72727 × 0.0333524
        // = 2.425626 kg
        Footprint medium = assess(AiInference.of(250_000, AiModelSize.MEDIUM));
        assertThat(medium.value(Phase.USE, GWP)).isCloseTo(28.3764, within(1e-9));
        assertThat(medium.value(Phase.MANUFACTURE, GWP)).isCloseTo(72.727272727 * 876.5 / 26280, within(1e-6));
        assertThat(72.727272727 * 876.5 / 26280).isCloseTo(2.425626, within(1e-6));
        // measured IT energy: 10 000 × 1.8 Wh = 18 kWh × PUE 1.2 (EcoLogits' AI default) = 21.6 kWh × 0.0519 (the line
        // says FR) = 1.12104 kg, plus 10 000 × 0.001 kg embodied given = 10 kg
        Footprint f = assess(AiInference.ofWhPerRequest(10_000, 1.8).embodiedKgCo2ePerRequest(0.001).zone("FR"));
        assertThat(f.value(Phase.USE, GWP)).isCloseTo(1.12104, within(1e-9));
        assertThat(f.value(Phase.MANUFACTURE, GWP)).isCloseTo(10, within(1e-12));
    }

    @Test
    void badInput_namesFieldAndValue() {
        assertThatThrownBy(() -> NetworkTransfer.ofGb(-5)).hasMessage(
                "volumeGb must be a finite number >= 0 (GB), was -5.0");
        assertThatThrownBy(() -> DataStorage.of(100, -1)).hasMessage(
                "durationYears must be a finite number > 0 (years), was -1.0");
        assertThatThrownBy(() -> DataStorage.ofTbYears(1).replication(0.5)).hasMessage(
                "replication must be a finite number >= 1 (copies), was 0.5");
        assertThatThrownBy(() -> DataStorage.ofTbYears(1).pue(0.9)).hasMessage("pue must be a finite number >= 1, was 0.9");
        assertThatThrownBy(() -> CloudCompute.of("aws", 10).utilisation(1.5)).hasMessage(
                "utilisation must be between 0 and 1, was 1.5");
        assertThatThrownBy(() -> ServerFleet.of(1).pue(Double.NaN)).hasMessage(
                "pue must be a finite number >= 1, was NaN");
        assertThatThrownBy(() -> NetworkTransfer.ofGb(1).greenHosting(2)).hasMessage(
                "greenHosting must be between 0 and 1, was 2.0");
    }

    @Test
    void mixedInventory_totalIsSumOfLines_phaseByPhase() {
        Inventory inv = Inventory.of("everything",
                DeviceFleet.of("laptop", 120).lifetimeYears(5),
                ServerFleet.of(3).cpu(2, 16).ram(8, 32),
                NetworkTransfer.ofGb(5000).kind(NetworkKind.FIXED),
                NetworkTransfer.ofGb(200).model(NetworkModel.SWD_V4),
                DataStorage.ofTbYears(12).medium(StorageMedium.HDD).replication(2),
                CloudCompute.of("aws", 20_000).memoryGbHours(40_000),
                AiInference.of(100_000, AiModelSize.REASONING));
        Assessment a = ENGINE.assess(inv, Y2024);
        assertThat(a.byCategory()).containsOnlyKeys("laptop", "server", "network", "storage", "cloud", "ai");
        for (Indicator i : Indicator.values()) {
            for (Phase p : Phase.values()) {
                double sum = 0;
                int withData = 0;
                for (LineResult l : a.lines()) {
                    if (l.footprint().availability(p, i) != Availability.NOT_AVAILABLE) {
                        sum += l.footprint().value(p, i);
                        withData++;
                    }
                }
                if (withData == 0) {
                    assertThat(a.total().availability(p, i)).isEqualTo(Availability.NOT_AVAILABLE);
                } else {
                    assertThat(a.total().value(p, i)).as("%s %s", p, i).isCloseTo(sum, within(1e-9 * Math.abs(sum)));
                    assertThat(a.total().availability(p, i)).isEqualTo(withData == a.lines().size()
                            && a.lines().stream().allMatch(l -> l.footprint().availability(p, i)
                            == Availability.AVAILABLE) ? Availability.AVAILABLE : Availability.PARTIAL);
                }
            }
        }
    }

    static FactorCatalog catalog() {
        return TestCatalogs.ademeLike();
    }
}
