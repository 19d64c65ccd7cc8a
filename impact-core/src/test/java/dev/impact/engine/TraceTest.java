package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.AiInference;
import dev.impact.inventory.AiModelSize;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.NetworkKind;
import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.ServerFleet;
import dev.impact.inventory.StorageMedium;
import dev.impact.inventory.StorageModel;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The engine's linear decomposition adds up to each line's footprint, for every line kind and accounting. */
public class TraceTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());

    /** Sums the terms per line. */
    static final class Recorder implements Trace {
        final Map<Integer, Footprint.Accumulator> sums = new HashMap<>();
        final Map<Integer, List<List<Multiplier>>> multipliers = new HashMap<>();
        final Set<Integer> constant = new TreeSet<>();

        @Override
        public void term(int line, Footprint values, List<Multiplier> m) {
            sums.computeIfAbsent(line, k -> new Footprint.Accumulator()).add(values);
            multipliers.computeIfAbsent(line, k -> new ArrayList<>()).add(m);
        }

        @Override
        public void notDecomposed(int line) {
            constant.add(line);
        }
    }

    /** One line of every kind and model path, for tests of the decomposition. */
    public static Inventory everything() {
        return Inventory.of("all kinds",
                DeviceFleet.of("laptop", 120).purchaseYear(2022),
                DeviceFleet.of("laptop", 10).lifetimeYears(3).power(30, 8).massKg(2).zone("DE").purchaseYear(2024),
                DeviceFleet.of("laptop", 5).refurbished().purchaseYear(2020),
                DeviceFleet.of("monitor", 40).purchaseYear(2023),
                ServerFleet.of(4).purchaseYear(2022),
                ServerFleet.of(2).cpuTdpWatts(200).hdd(2).purchaseYear(2024),
                ServerFleet.of(1).averagePowerWatts(350).pue(1.3).lifetimeYears(6).purchaseYear(2024),
                NetworkTransfer.ofGb(12_000).kind(NetworkKind.FIXED),
                NetworkTransfer.ofGb(500).kind(NetworkKind.MOBILE).model(NetworkModel.ONEBYTE),
                NetworkTransfer.ofGb(500).model(NetworkModel.ONEBYTE).modelGridIntensity().greenHosting(0.5),
                NetworkTransfer.ofGb(800).model(NetworkModel.SWD_V4).zone("DE"),
                DataStorage.ofTbYears(10).medium(StorageMedium.SSD).replication(3),
                DataStorage.ofTbYears(10).medium(StorageMedium.HDD).pue(1.2),
                DataStorage.ofTbYears(4),
                DataStorage.ofGbMonths(120_000).model(StorageModel.PER_TB_YEAR),
                CloudCompute.of("aws", 87_600).memoryGbHours(350_000),
                CloudCompute.of("gcp", 1000).utilisation(0.3).pue(1.2).zone("DE"),
                AiInference.of(250_000, AiModelSize.MEDIUM),
                AiInference.ofWhPerRequest(10_000, 1.8).embodiedKgCo2ePerRequest(0.001));
    }

    @ParameterizedTest
    @EnumSource(Accounting.class)
    void terms_addUpToEachLine(Accounting accounting) {
        Recorder r = new Recorder();
        Inventory inv = everything();
        Assessment a = ENGINE.assess(inv, AssessmentOptions.defaults().reportingYear(2024).accounting(accounting), r);
        assertThat(r.constant).isEmpty();
        for (int i = 0; i < inv.size(); i++) {
            Footprint expected = a.lines().get(i).footprint();
            Footprint sum = r.sums.get(i).toFootprint();
            for (Indicator ind : Indicator.values()) {
                for (Phase p : Phase.values()) {
                    assertThat(sum.availability(p, ind).equals(dev.impact.measure.Availability.NOT_AVAILABLE))
                            .as("line %d %s %s", i, p, ind)
                            .isEqualTo(expected.availability(p, ind) == dev.impact.measure.Availability.NOT_AVAILABLE);
                    if (!Double.isNaN(expected.value(p, ind))) {
                        assertThat(sum.value(p, ind)).as("line %d %s %s", i, p, ind)
                                .isCloseTo(expected.value(p, ind), within(1e-9 * Math.abs(expected.value(p, ind))));
                    }
                }
            }
        }
        // the traced run gives the same assessment as the plain one
        assertThat(a.total()).isEqualTo(ENGINE.assess(inv, AssessmentOptions.defaults().reportingYear(2024)
                .accounting(accounting)).total());
    }

    @Test
    void laptop_multipliers() {
        Recorder r = new Recorder();
        ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 2)), AssessmentOptions.defaults()
                .reportingYear(2024), r);
        List<String> all = new ArrayList<>();
        r.multipliers.get(0).forEach(m -> all.add(m.toString()));
        // embodied: the laptop factor × quantity / default lifetime
        assertThat(all).contains("[factor:device.laptop.ademe, input:quantity, 1/parameter:device.laptop.lifetime]");
        // use: grid × power × hours × quantity
        assertThat(all).contains("[factor:electricity.fr.ademe.2024, parameter:device.laptop.power,"
                + " parameter:device.laptop.hours_per_day, input:quantity]");
        // e-waste: mass × quantity / lifetime
        assertThat(all).contains("[input:quantity, 1/parameter:device.laptop.lifetime, parameter:device.laptop.mass]");
    }
}
