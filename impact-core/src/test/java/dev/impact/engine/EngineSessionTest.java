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
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
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
                l.add(NetworkTransfer.ofGb(1 + r.nextDouble() * 50).kind(NetworkKind.MOBILE).zone("FR"));
                l.add(NetworkTransfer.ofGb(1 + r.nextDouble() * 50).kind(NetworkKind.FIXED).withoutBox()
                        .zone("FR"));
                l.add(NetworkTransfer.ofGb(1 + r.nextDouble() * 50).kind(NetworkKind.MOBILE));
                l.add(NetworkTransfer.ofGb(1 + r.nextDouble() * 50).model(dev.impact.inventory.NetworkModel.ONEBYTE)
                        .zone("DE"));
                l.add(DataStorage.ofTbYears(1 + r.nextInt(9)).medium(StorageMedium.SSD).zone("DE"));
                l.add(CloudCompute.of("aws", 1000 + r.nextInt(9000)).zone("FR"));
                l.add(AiInference.of(1000 + r.nextInt(100_000), AiModelSize.MEDIUM));
                l.add(NetworkTransfer.ofGb(1 + r.nextDouble() * 50).model(dev.impact.inventory.NetworkModel.ONEBYTE)
                        .kind(NetworkKind.MOBILE).modelGridIntensity().greenHosting(r.nextDouble()));
                l.add(NetworkTransfer.ofGb(1 + r.nextDouble() * 50).model(dev.impact.inventory.NetworkModel.SWD_V4)
                        .zone("FR").greenHosting(r.nextDouble()));
                l.add(NetworkTransfer.ofGb(1 + r.nextDouble() * 50).model(dev.impact.inventory.NetworkModel.SWD_V4)
                        .modelGridIntensity());
                l.add(DataStorage.ofTbYears(1 + r.nextInt(9)).zone("FR").replication(2));
                l.add(DataStorage.ofTbYears(1 + r.nextInt(9)).medium(StorageMedium.HDD).pue(1.2));
                l.add(DataStorage.ofTbYears(1 + r.nextInt(9)).model(dev.impact.inventory.StorageModel.PER_TB_YEAR)
                        .zone("FR"));
                l.add(CloudCompute.of("gcp", 1000 + r.nextInt(9000)).utilisation(r.nextDouble()).pue(1.3)
                        .memoryGbHours(1000 + r.nextInt(9000)));
                l.add(CloudCompute.of("aws", 1000 + r.nextInt(9000)).memoryGbHours(500).zone("DE"));
                l.add(AiInference.ofWhPerRequest(1000 + r.nextInt(100_000), 0.3 + r.nextDouble())
                        .embodiedKgCo2ePerRequest(1e-5).zone("FR"));
                l.add(AiInference.of(1000 + r.nextInt(100_000), AiModelSize.REASONING).pue(1.2));
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
            Engine.Sum total = new Engine.Sum();
            Map<String, Engine.Sum> cats = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                InventoryLine line = lines.get(i);
                LineResult own = s.assess(line);
                Engine.LineOutcome o = s.add(line, total, cats.computeIfAbsent(line.category(), k -> new Engine.Sum()));
                LineResult r = a.lines().get(i);
                assertThat(own).as("line %d, %s", i, accounting).isEqualTo(r);
                assertThat(o.factorIds()).isEqualTo(r.factorIds());
                assertThat(o.parameterIds()).isEqualTo(r.parameterIds());
                assertThat(o.defaults()).isEqualTo(r.defaults());
            }
            assertThat(total.toFootprint()).isEqualTo(a.total());
            Map<String, Footprint> byCategory = new LinkedHashMap<>();
            cats.forEach((k, v) -> byCategory.put(k, v.toFootprint()));
            assertThat(byCategory).containsExactlyEntriesOf(a.byCategory());
        }
    }

    /** Same footprint, bit for bit (Double.compare distinguishes -0.0 and every NaN-free bit pattern), and same
     * availability cell by cell. */
    private static void assertBitIdentical(Footprint actual, Footprint expected, String what) {
        for (Phase p : Phase.values()) {
            for (Indicator i : Indicator.values()) {
                assertThat(actual.availability(p, i)).as("%s %s %s", what, p, i).isEqualTo(expected.availability(p, i));
                assertThat(Double.doubleToRawLongBits(actual.value(p, i))).as("%s %s %s: %s vs %s", what, p, i,
                        actual.value(p, i), expected.value(p, i))
                        .isEqualTo(Double.doubleToRawLongBits(expected.value(p, i)));
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void add_mixedInventoryEveryKindAndAccounting_sumsAreAssessTotalsBitForBit() {
        for (Accounting accounting : Accounting.values()) {
            AssessmentOptions options = AssessmentOptions.defaults().reportingYear(2024).accounting(accounting);
            List<InventoryLine> lines = lines(7 + accounting.ordinal());
            Assessment a = ENGINE.assess(Inventory.of("t", lines), options);
            Engine.Session s = ENGINE.session(options);
            // the public path: each line's footprint from assess, added with Footprint.Accumulator
            Footprint.Accumulator totalRef = new Footprint.Accumulator();
            Map<String, Footprint.Accumulator> catsRef = new LinkedHashMap<>();
            Engine.Sum total = new Engine.Sum();
            Engine.Sum twice = new Engine.Sum();
            Footprint.Accumulator twiceRef = new Footprint.Accumulator();
            Map<String, Engine.Sum> cats = new LinkedHashMap<>();
            Engine.Sum one = new Engine.Sum();
            Engine.Sum scratch = new Engine.Sum();
            for (int i = 0; i < lines.size(); i++) {
                InventoryLine line = lines.get(i);
                LineResult r = a.lines().get(i);
                totalRef.add(r.footprint());
                twiceRef.add(r.footprint()).add(r.footprint());
                catsRef.computeIfAbsent(line.category(), k -> new Footprint.Accumulator()).add(r.footprint());
                Engine.LineOutcome o = s.add(line, total, cats.computeIfAbsent(line.category(), k -> new Engine.Sum()));
                s.add(line, twice, twice);
                assertThat(o.factorIds()).isEqualTo(r.factorIds());
                assertThat(o.parameterIds()).isEqualTo(r.parameterIds());
                assertThat(o.defaults()).isEqualTo(r.defaults());
                // the line alone: what Accumulator.add of the line's footprint gives
                s.add(line, one.reset(), scratch);
                assertBitIdentical(one.toFootprint(), new Footprint.Accumulator().add(r.footprint()).toFootprint(),
                        "line " + i + " " + accounting);
                if (i % 50 == 0) {
                    assertBitIdentical(total.toFootprint(), totalRef.toFootprint(),
                            "running total at " + i + " " + accounting);
                }
            }
            assertBitIdentical(total.toFootprint(), totalRef.toFootprint(), "total " + accounting);
            assertBitIdentical(total.toFootprint(), a.total(), "total vs assess " + accounting);
            assertBitIdentical(twice.toFootprint(), twiceRef.toFootprint(), "twice " + accounting);
            assertThat(cats.keySet()).containsExactlyElementsOf(a.byCategory().keySet());
            for (String c : cats.keySet()) {
                assertBitIdentical(cats.get(c).toFootprint(), catsRef.get(c).toFootprint(), c);
                assertBitIdentical(cats.get(c).toFootprint(), a.byCategory().get(c), c + " vs assess");
            }
            // the sums compared have cells of every kind: available, partial (servers have no distribution or end
            // of life; monitors have no mass; activities no embodied phases) and not available
            java.util.Set<Availability> states = java.util.EnumSet.noneOf(Availability.class);
            for (Footprint f : a.byCategory().values()) {
                for (Phase p : Phase.values()) {
                    for (Indicator i : Indicator.values()) {
                        states.add(f.availability(p, i));
                    }
                }
            }
            assertThat(states).containsExactlyInAnyOrder(Availability.values());
            assertThat(a.total().availability(Phase.END_OF_LIFE, Indicator.E_WASTE)).isEqualTo(Availability.PARTIAL);
        }
    }

    @Test
    void add_oneDeviceLine_isTheHandComputedFootprint() {
        // yearly accounting, 10 laptops in FR, 4-year lifetime, 30 kWh/year, 2 kg: embodied × 10 / 4 per year,
        // use = 30 kWh × 10 × the FR grid factor, e-waste = 2 kg × 10 / 4 at end of life
        AssessmentOptions options = AssessmentOptions.defaults().reportingYear(2024);
        DeviceFleet d = DeviceFleet.builder("laptop", 10).zone("FR").lifetimeYears(4).energyKWhPerYear(30)
                .massKg(2).build();
        Engine.Sum total = new Engine.Sum();
        Engine.Sum cat = new Engine.Sum();
        ENGINE.session(options).add(d, total, cat);
        // ADEME laptop 170 kgCO2e manufacture, 12.3 distribution; French grid 0.0519 kgCO2e/kWh (TestCatalogs)
        Footprint f = total.toFootprint();
        assertThat(f.value(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).isCloseTo(425.0,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(f.value(Phase.DISTRIBUTION, Indicator.CLIMATE_CHANGE)).isCloseTo(30.75,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(f.value(Phase.USE, Indicator.CLIMATE_CHANGE)).isCloseTo(15.57,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(f.value(Phase.END_OF_LIFE, Indicator.E_WASTE)).isCloseTo(5.0,
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(f.value(Phase.USE, Indicator.E_WASTE)).isZero();
        assertThat(cat.toFootprint()).isEqualTo(f);
    }

    @Test
    void add_refusedLine_addsNothingAndSaysWhatAssessSays() {
        AssessmentOptions options = AssessmentOptions.defaults().reportingYear(2024);
        DeviceFleet bad = DeviceFleet.of("laptpo", 3).label("agents");
        String expected = null;
        try {
            ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 1), bad), options);
        } catch (IllegalArgumentException e) {
            expected = e.getMessage();
        }
        Engine.Session s = ENGINE.session(options);
        Engine.Sum total = new Engine.Sum();
        Engine.Sum cat = new Engine.Sum();
        s.add(DeviceFleet.of("laptop", 1), total, cat);
        Footprint sum = total.toFootprint();
        assertThatThrownBy(() -> s.add(bad, total, cat)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(expected);
        assertThat(total.toFootprint()).isEqualTo(sum);
        assertThat(cat.toFootprint()).isEqualTo(sum);
        // a purchase after the reporting year, in flow accounting: refused too, nothing added
        Engine.Session flow = ENGINE.session(options.accounting(Accounting.FLOW).requirePurchaseYears(true));
        Engine.Sum none = new Engine.Sum();
        assertThatThrownBy(() -> flow.add(DeviceFleet.builder("laptop", 1).purchaseYear(2030).build(), none, none))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the reporting year");
        assertThatThrownBy(() -> flow.add(DeviceFleet.of("laptop", 1), none, none))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("purchase years required: this line has none");
        assertThat(none.toFootprint()).isEqualTo(Footprint.zero());
    }

    @Test
    void add_linesOfOneKind_shareTheirOutcome() {
        Engine.Session s = ENGINE.session(AssessmentOptions.defaults().reportingYear(2024));
        Engine.Sum total = new Engine.Sum();
        Engine.LineOutcome first = s.add(DeviceFleet.of("laptop", 1), total, total);
        s.add(DeviceFleet.of("monitor", 2).zone("FR"), total, total);
        assertThat(s.add(DeviceFleet.of("laptop", 3), total, total)).isSameAs(first);
        assertThat(first.defaults()).isNotEmpty();
        Engine.LineOutcome network = s.add(NetworkTransfer.ofGb(3).kind(NetworkKind.FIXED), total, total);
        assertThat(s.add(NetworkTransfer.ofGb(5).kind(NetworkKind.FIXED), total, total)).isSameAs(network);
    }

    @Test
    void manyDeviceKindsInOneSessionWithKeysThatAreEqualButNotTheSameStrings() {
        // 40 categories × 2 zones × 2 conditions: more kinds than the engine's first plan table holds; every line
        // gets a category and zone string of its own (equal, not identical), in a shuffled order. Category i
        // makes (i + 1) kgCO2e and takes 10 kWh a year over 4 years; a refurbished one is 0.5 × that manufacture.
        dev.impact.factor.Source src = new dev.impact.factor.Source("t", "test", "test", 2024, "here", "none");
        dev.impact.factor.SimpleFactorCatalog.Builder b = dev.impact.factor.FactorCatalog.builder().name("many")
                .version("1");
        for (int i = 0; i < 40; i++) {
            b.add(TestCatalogs.factor("d" + i, "device.c" + i, dev.impact.factor.ReferenceUnit.UNIT, src, "WORLD",
                    2024, Footprint.builder().set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, i + 1).build()));
            b.add(TestCatalogs.parameter("device.c" + i + ".lifetime", 4, "year", src));
            b.add(TestCatalogs.parameter("device.c" + i + ".energy", 10, "kWh", src));
            b.add(TestCatalogs.parameter("refurbishment.c" + i + ".impact_ratio", 0.5, "ratio", src));
        }
        b.add(TestCatalogs.factor("fr", "electricity.FR", dev.impact.factor.ReferenceUnit.KWH, src, "FR", 2024,
                Footprint.builder().set(Phase.USE, Indicator.CLIMATE_CHANGE, 0.1).build()));
        b.add(TestCatalogs.factor("de", "electricity.DE", dev.impact.factor.ReferenceUnit.KWH, src, "DE", 2024,
                Footprint.builder().set(Phase.USE, Indicator.CLIMATE_CHANGE, 0.4).build()));
        Engine engine = Engine.of(b.build());
        Engine.Session s = engine.session(AssessmentOptions.defaults().reportingYear(2024));
        Random r = new Random(3);
        Engine.Sum one = new Engine.Sum();
        Engine.Sum all = new Engine.Sum();
        double expectedManufacture = 0;
        double expectedUse = 0;
        for (int n = 0; n < 2000; n++) {
            int i = r.nextInt(40);
            boolean de = r.nextBoolean();
            boolean refurbished = r.nextBoolean();
            int count = 1 + r.nextInt(9);
            DeviceFleet.Builder line = DeviceFleet.builder(new String("c" + i), count)
                    .zone(new String(de ? "DE" : "FR"));
            if (refurbished) {
                line.refurbished();
            }
            s.add(line.build(), one.reset(), all);
            double manufacture = (i + 1) * (refurbished ? 0.5 : 1) * count / 4.0;
            double use = 10 * (de ? 0.4 : 0.1) * count;
            expectedManufacture += manufacture;
            expectedUse += use;
            Footprint f = one.toFootprint();
            assertThat(f.value(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).as("line %d", n)
                    .isCloseTo(manufacture, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(f.value(Phase.USE, Indicator.CLIMATE_CHANGE)).as("line %d", n)
                    .isCloseTo(use, org.assertj.core.api.Assertions.within(1e-9));
        }
        Footprint t = all.toFootprint();
        assertThat(t.value(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).isCloseTo(expectedManufacture,
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(t.value(Phase.USE, Indicator.CLIMATE_CHANGE)).isCloseTo(expectedUse,
                org.assertj.core.api.Assertions.within(1e-6));
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
        assertThat(s.assess(DeviceFleet.of("laptop", 2)).footprint()).isEqualTo(
                ENGINE.assess(Inventory.of("t", DeviceFleet.of("laptop", 2)), options).total());
    }

    @Test
    void add_serversDifferingInOneComponent_eachGetsItsOwnPlan() {
        // a base configuration, and copies differing in one component each (new instances, shuffled): a session
        // that has seen every one gives each line what assessing it alone gives
        ServerFleet base = ServerFleet.of(2).cpu(2, 12).cpuDieAreaPerCoreMm2(24.5).cpuDieAreaMm2(400).cpuTdpWatts(150)
                .load(0.3).ram(12, 32).ramDensity(1.1).ssd(1, 960).ssdDensity(50).hdd(1).powerSupplies(2, 2.99)
                .caseType(dev.impact.inventory.CaseType.RACK).averagePowerWatts(310).pue(1.4).zone("FR");
        List<ServerFleet> variants = List.of(base, base.cpu(3, 12), base.cpu(2, 16), base.cpuDieAreaPerCoreMm2(30),
                base.cpuDieAreaMm2(500), base.cpuTdpWatts(200), base.load(0.6), base.ram(8, 32), base.ram(12, 64),
                base.ramDensity(1.3), base.ssd(2, 960), base.ssd(1, 1920), base.ssdDensity(60), base.hdd(2),
                base.powerSupplies(1, 2.99), base.powerSupplies(2, 4), base.caseType(dev.impact.inventory.CaseType.BLADE),
                base.averagePowerWatts(250), base.pue(1.2), base.zone("DE"));
        AssessmentOptions options = AssessmentOptions.defaults().reportingYear(2024);
        Engine.Session s = ENGINE.session(options);
        Random r = new Random(1);
        for (int n = 0; n < 200; n++) {
            ServerFleet line = variants.get(r.nextInt(variants.size())).label("copy " + n);
            Engine.Sum one = new Engine.Sum();
            s.add(line, one, new Engine.Sum());
            assertThat(one.toFootprint()).as("%s", line)
                    .isEqualTo(ENGINE.assess(Inventory.of("t", line), options).total());
        }
    }
}
