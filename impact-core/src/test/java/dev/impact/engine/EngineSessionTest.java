package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.AiInference;
import dev.impact.inventory.AiModelSize;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.NetworkKind;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.ServerFleet;
import dev.impact.inventory.StorageMedium;
import dev.impact.measure.Footprint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Engine.Session} gives exactly what {@link Engine#assess} gives, line by line and summed. */
class EngineSessionTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());

    private static List<InventoryLine> lines(long seed) {
        Random r = new Random(seed);
        String[] cats = {"laptop", "monitor"};
        String[] zones = {null, "FR", "DE"};
        List<InventoryLine> l = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String c = cats[r.nextInt(cats.length)];
            DeviceFleet.Builder b = DeviceFleet.builder(c, 1 + r.nextInt(300) + r.nextDouble())
                    .label("site " + i % 7).purchaseYear(2018 + r.nextInt(6));
            String z = zones[r.nextInt(zones.length)];
            if (z != null) {
                b.zone(z);
            }
            if (r.nextBoolean()) {
                b.lifetimeYears(1 + r.nextInt(8));
            }
            if (r.nextInt(3) == 0) {
                b.massKg(0.5 + r.nextDouble() * 3);
            }
            if (r.nextInt(4) == 0) {
                b.power(5 + r.nextInt(60), 1 + r.nextInt(20));
            } else if (r.nextInt(4) == 0) {
                b.energyKWhPerYear(10 + r.nextInt(90));
            }
            if (c.equals("laptop") && r.nextInt(5) == 0) {
                b.refurbished();
            }
            l.add(b.build());
            if (i % 37 == 0) {
                l.add(ServerFleet.of(1 + r.nextInt(8)).zone("FR").purchaseYear(2020).lifetimeYears(6));
            }
            if (i % 53 == 0) {
                l.add(NetworkTransfer.ofGb(100 + r.nextInt(1000)).kind(NetworkKind.FIXED).zone("FR"));
                l.add(DataStorage.ofTbYears(1 + r.nextInt(9)).medium(StorageMedium.SSD).zone("DE"));
                l.add(CloudCompute.of("aws", 1000 + r.nextInt(9000)).zone("FR"));
                l.add(AiInference.of(1000 + r.nextInt(100_000), AiModelSize.MEDIUM));
            }
        }
        return l;
    }

    @Test
    void sameFootprintsFactorsDefaultsAndSumsAsAssess() {
        for (Accounting accounting : Accounting.values()) {
            AssessmentOptions options = AssessmentOptions.defaults().reportingYear(2024).accounting(accounting);
            List<InventoryLine> lines = lines(42 + accounting.ordinal());
            Assessment a = ENGINE.assess(Inventory.of("t", lines), options);
            Engine.Session s = ENGINE.session(options);
            Footprint.Accumulator total = new Footprint.Accumulator();
            Map<String, Footprint.Accumulator> cats = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                InventoryLine line = lines.get(i);
                Footprint f = s.assessInto(line, total,
                        cats.computeIfAbsent(line.category(), k -> new Footprint.Accumulator()));
                LineResult r = a.lines().get(i);
                assertThat(f).as("line %d, %s", i, accounting).isEqualTo(r.footprint());
                assertThat(s.factorIds()).isEqualTo(r.factorIds());
                assertThat(s.parameterIds()).isEqualTo(r.parameterIds());
                assertThat(s.defaults()).isEqualTo(r.defaults());
            }
            assertThat(total.toFootprint()).isEqualTo(a.total());
            Map<String, Footprint> byCategory = new LinkedHashMap<>();
            cats.forEach((k, v) -> byCategory.put(k, v.toFootprint()));
            assertThat(byCategory).containsExactlyEntriesOf(a.byCategory());
        }
    }

    @Test
    void refusesALineWithTheMessageOfAssess() {
        AssessmentOptions options = AssessmentOptions.defaults().reportingYear(2024);
        DeviceFleet bad = DeviceFleet.of("laptpo", 3).label("agents");
        String expected = null;
        try {
            ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 1), bad), options);
        } catch (IllegalArgumentException e) {
            expected = e.getMessage();
        }
        assertThat(expected).startsWith("line 2 ('agents'): ");
        Engine.Session s = ENGINE.session(options);
        s.assess(DeviceFleet.of("laptop", 1));
        assertThatThrownBy(() -> s.assess(bad)).isInstanceOf(IllegalArgumentException.class).hasMessage(expected);
        // the session goes on after a refused line
        assertThat(s.assess(DeviceFleet.of("laptop", 2))).isEqualTo(
                ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 2)), options).total());
    }
}
