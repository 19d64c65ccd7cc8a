package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.Convention;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.NetworkKind;
import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.WebSegment;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import org.junit.jupiter.api.Test;

/**
 * SWD v3, lines of visits, segment grids, segments, ratings, 0 bytes, the CO2JS convention and SCI, each against a
 * value computed by hand from the published formulas (co2.js 0.19.0: dist/esm/sustainable-web-design-v3.js, -v4.js,
 * 1byte.js, constants/index.js). The test catalog's FR grid for 2024 is ADEME's 51.9 g/kWh, DE's Ember 342.06;
 * co2.js's own FR is 44.18 g/kWh.
 */
class WebModelsTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());
    private static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);
    private static final AssessmentOptions CO2JS = Y2024.convention(Convention.CO2JS);
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;

    private static LineResult assess(InventoryLine line, AssessmentOptions o) {
        return ENGINE.assess(Inventory.of("t", line), o).lines().get(0);
    }

    private static double grams(InventoryLine line, AssessmentOptions o) {
        return assess(line, o).footprint().total(GWP) * 1000;
    }

    private static final NetworkTransfer V3_1GB = NetworkTransfer.ofGb(1).model(NetworkModel.SWD_V3);
    private static final NetworkTransfer V4_1GB = NetworkTransfer.ofGb(1).model(NetworkModel.SWD_V4);

    @Test
    void swdV3_modelGrid() {
        // 1 GB × 0.81 kWh/GB × 472.94 g/kWh = 383.0814 g; production 0.81 × 0.19 × 472.94 = 72.785466 g (manufacture)
        Footprint f = assess(V3_1GB.modelGridIntensity(), Y2024).footprint();
        assertThat(f.total(GWP) * 1000).isCloseTo(383.0814, within(1e-9));
        assertThat(f.value(Phase.MANUFACTURE, GWP) * 1000).isCloseTo(72.785466, within(1e-9));
    }

    @Test
    void swdV3_zoneGrid_andGreenHostAt50g() {
        // operational 0.81 × (0.52 + 0.14 + 0.15) = 0.6561 kWh × 51.9 = 34.05159 g + production 72.785466 = 106.837056
        assertThat(grams(V3_1GB.zone("FR"), Y2024)).isCloseTo(106.837056, within(1e-9));
        // green: 0.81 × 0.66 = 0.5346 kWh × 51.9 = 27.74574 + data centre 0.1215 kWh × 50 = 6.075 + 72.785466
        assertThat(grams(V3_1GB.zone("FR").greenHosting(1), Y2024)).isCloseTo(106.606206, within(1e-9));
    }

    @Test
    void co2js_franceUsesCo2jsGridData_andTheDefaultDiffersByItsGrid() {
        // SWD v4, 1 GB, FR. operational 0.194 kWh, embodied 0.106 kWh × 494 = 52.364 g.
        // co2.js: 0.194 × 44.18 = 8.57092 + 52.364 = 60.93492 g; impact's default (ADEME 51.9): 62.4326 g (+2.46 %)
        NetworkTransfer fr = V4_1GB.zone("FR");
        assertThat(grams(fr, CO2JS)).isCloseTo(60.93492, within(1e-9));
        assertThat(grams(fr, Y2024)).isCloseTo(62.4326, within(1e-9));
        // a line's own convention wins over the assessment's
        assertThat(grams(fr.convention(Convention.CO2JS), Y2024)).isCloseTo(60.93492, within(1e-9));
        assertThat(grams(fr.convention(Convention.IMPACT), CO2JS)).isCloseTo(62.4326, within(1e-9));
        assertThat(assess(fr, CO2JS).parameterIds()).contains("co2js.grid.FR");
        // both conventions in one assessment: two plans, each line its own
        Assessment both = ENGINE.assess(Inventory.of("t", fr, fr.convention(Convention.CO2JS)), Y2024);
        assertThat(both.total().total(GWP) * 1000).isCloseTo(62.4326 + 60.93492, within(1e-9));
    }

    @Test
    void co2js_noZone_isCo2jsWithoutACountry() {
        // co2.js perByte(1e9) = 1 × 0.300 kWh × 494 = 148.2 g, whatever the assessment's default zone
        LineResult r = assess(V4_1GB, CO2JS);
        assertThat(r.footprint().total(GWP) * 1000).isCloseTo(148.2, within(1e-9));
        assertThat(r.defaults()).extracting(AppliedDefault::field).containsExactly("zone");
        assertThat(r.defaults().get(0).value()).isEqualTo(494.0);
        // SWD v3: 0.81 × 472.94 = 383.0814 g
        assertThat(grams(V3_1GB, CO2JS)).isCloseTo(383.0814, within(1e-9));
    }

    @Test
    void co2js_oneByteTakesNoGridAndNoKind() {
        // co2.js OneByte: 1 GB × (0.072 + (0.429 + 0.152 + 0.884) / 3) kWh × 519 g/kWh = 290.813 g, even in FR, fixed
        LineResult r = assess(NetworkTransfer.ofGb(1).model(NetworkModel.ONEBYTE).kind(NetworkKind.FIXED).zone("FR"),
                CO2JS);
        assertThat(r.footprint().total(GWP) * 1000).isCloseTo(290.813, within(1e-9));
        assertThat(r.defaults()).extracting(AppliedDefault::field).containsExactly("zone", "networkKind");
    }

    @Test
    void co2js_zoneWithoutCo2jsData_isRefused() {
        assertThatThrownBy(() -> assess(V4_1GB.zone("SE"), CO2JS)).hasMessageContaining(
                "co2.js 0.19.0's grid data (co2js.grid.*) has no intensity for zone 'SE'");
    }

    @Test
    void visits_sharesAndModelDefaults() {
        // SWD v3, 1000 visits of a 2 MB page: 2 GB × 0.81 × 472.94 × (0.75 + 0.25 × 0.02 = 0.755) = 578.452914 g
        NetworkTransfer page = NetworkTransfer.ofVisits(1000, 2e6).model(NetworkModel.SWD_V3).modelGridIntensity();
        LineResult r = assess(page, Y2024);
        assertThat(r.footprint().total(GWP) * 1000).isCloseTo(578.452914, within(1e-9));
        assertThat(r.defaults()).extracting(AppliedDefault::field).contains("visitShares");
        // own shares: 0.6 + 0.4 × 0.1 = 0.64 → 2 × 0.81 × 472.94 × 0.64 = 490.344192 g
        assertThat(grams(page.visitShares(0.6, 0.4, 0.1), Y2024)).isCloseTo(490.344192, within(1e-9));
        // SWD v4: every visit loads the whole page by default: 2 GB × 0.3 × 494 = 296.4 g
        assertThat(grams(page.model(NetworkModel.SWD_V4), Y2024)).isCloseTo(296.4, within(1e-9));
        assertThatThrownBy(() -> V4_1GB.visitShares(1, 0, 0)).hasMessageContaining("visitShares apply to a line of"
                + " visits");
        assertThatThrownBy(() -> page.visitShares(1.2, 0, 0)).hasMessage(
                "firstVisitShare must be between 0 and 1, was 1.2");
    }

    @Test
    void segmentGrids_zonesAndNumbers() {
        // SWD v4 1 GB in FR with the data centre in DE: 0.055 × 342.06 + 0.059 × 51.9 + 0.080 × 51.9 + 52.364
        // = 18.8133 + 3.0621 + 4.152 + 52.364 = 78.3914 g (climate change only)
        NetworkTransfer n = V4_1GB.zone("FR").segmentGrid(WebSegment.DATA_CENTRE, "DE");
        assertThat(grams(n, Y2024)).isCloseTo(78.3914, within(1e-9));
        // device at 300 g/kWh, green host: 0 × DC + 0.059 × 51.9 + 0.080 × 300 + 52.364 = 79.4261 g
        NetworkTransfer m = V4_1GB.zone("FR").segmentGridIntensity(WebSegment.DEVICE, 300).greenHosting(1);
        assertThat(grams(m, Y2024)).isCloseTo(79.4261, within(1e-9));
        assertThatThrownBy(() -> assess(NetworkTransfer.ofGb(1).kind(NetworkKind.FIXED)
                .segmentGrid(WebSegment.NETWORK, "DE"), Y2024)).hasMessageContaining(
                "per-segment grids apply to the SWD_V3 and SWD_V4 models; this line uses PER_GB");
    }

    @Test
    void segments_addUpToTheLine() {
        // SWD v4 1 GB, model grid, green share 0.5: DC 0.055 × 494 × 0.5 = 13.585, network 29.146, device 39.52,
        // embodied 5.928, 6.422, 40.014 → 134.615 g
        NetworkTransfer n = V4_1GB.modelGridIntensity().greenHosting(0.5);
        WebSegments s = ENGINE.webSegments(n, Y2024);
        assertThat(s.dataCentreOperationalKg() * 1000).isCloseTo(13.585, within(1e-9));
        assertThat(s.networkOperationalKg() * 1000).isCloseTo(29.146, within(1e-9));
        assertThat(s.deviceOperationalKg() * 1000).isCloseTo(39.52, within(1e-9));
        assertThat(s.deviceEmbodiedKg() * 1000).isCloseTo(40.014, within(1e-9));
        assertThat(s.productionKg()).isZero();
        assertThat(s.totalKgCo2e() * 1000).isCloseTo(134.615, within(1e-9)).isCloseTo(grams(n, Y2024),
                within(1e-9));
        // SWD v3 in FR (zone grid): device 0.4212 kWh × 51.9 = 21.86028 g, production 72.785466 g
        WebSegments v3 = ENGINE.webSegments(V3_1GB.zone("FR"), Y2024);
        assertThat(v3.deviceOperationalKg() * 1000).isCloseTo(21.86028, within(1e-9));
        assertThat(v3.productionKg() * 1000).isCloseTo(72.785466, within(1e-9));
        assertThat(v3.totalKgCo2e() * 1000).isCloseTo(106.837056, within(1e-9));
        assertThatThrownBy(() -> ENGINE.webSegments(NetworkTransfer.ofGb(1).model(NetworkModel.ONEBYTE), Y2024))
                .hasMessage("webSegments: the line's model must be SWD_V3 or SWD_V4, was ONEBYTE");
    }

    @Test
    void rating_thresholdsAreInclusiveUpperBounds() {
        assertThat(WebRating.of(NetworkModel.SWD_V4, 0.040)).isEqualTo(WebRating.A_PLUS);
        assertThat(WebRating.of(NetworkModel.SWD_V4, 0.0401)).isEqualTo(WebRating.A);
        assertThat(WebRating.of(NetworkModel.SWD_V4, 0.209)).isEqualTo(WebRating.C);
        assertThat(WebRating.of(NetworkModel.SWD_V4, 0.359)).isEqualTo(WebRating.E);
        assertThat(WebRating.of(NetworkModel.SWD_V4, 0.3591)).isEqualTo(WebRating.F);
        assertThat(WebRating.of(NetworkModel.SWD_V3, 0.359)).isEqualTo(WebRating.C);
        assertThat(WebRating.of(NetworkModel.SWD_V3, 0.846)).isEqualTo(WebRating.E);
        assertThat(WebRating.A_PLUS.letter()).isEqualTo("A+");
        // a line of 1000 visits of a 2 MB page, SWD v3 global grid: 0.578 g per visit → D (0.493 < g ≤ 0.656)
        LineResult r = assess(NetworkTransfer.ofVisits(1000, 2e6).model(NetworkModel.SWD_V3).modelGridIntensity(),
                Y2024);
        assertThat(WebRating.of(r)).contains(WebRating.D);
        assertThat(WebRating.of(assess(V4_1GB.modelGridIntensity(), Y2024))).isEmpty(); // a volume, not visits
        assertThatThrownBy(() -> WebRating.of(NetworkModel.ONEBYTE, 1)).hasMessage(
                "model must be SWD_V3 or SWD_V4 for a rating, was ONEBYTE");
    }

    @Test
    void zeroBytes_assessToZero() {
        for (NetworkTransfer n : new NetworkTransfer[] {NetworkTransfer.ofBytes(0).kind(NetworkKind.FIXED),
                NetworkTransfer.ofGb(0).model(NetworkModel.ONEBYTE), NetworkTransfer.ofGb(0).model(NetworkModel.SWD_V4),
                NetworkTransfer.ofVisits(10, 0).model(NetworkModel.SWD_V3)}) {
            assertThat(grams(n, Y2024)).as(n.toString()).isZero();
            assertThat(grams(n, CO2JS)).as(n.toString()).isZero();
        }
    }

    @Test
    void sci_showsEAndIAndM() {
        // 10 laptops, 30 kWh a year each, FR (ADEME 51.9 g/kWh), lifetime 5: E = 300 kWh, E × I = 15.57 kg,
        // M = 10 × (170 + 12.3 + 2.79) / 5 = 370.18 kg.
        // 1 GB SWD v4 at the model grid: E = 0.194 kWh, E × I = 0.095836 kg, M = 0.052364 kg.
        // 1000 GB per-GB fixed network FR: use 9.26934695867389 g/GB → O' = 9.26934695867389 kg, no energy figure.
        Inventory inv = Inventory.of("t", DeviceFleet.of("laptop", 10).lifetimeYears(5).energyKWhPerYear(30),
                V4_1GB.modelGridIntensity(), NetworkTransfer.ofGb(1000).kind(NetworkKind.FIXED));
        Sci sci = ENGINE.sci(inv, Y2024, "user", 100);
        assertThat(sci.energyKWh()).isCloseTo(300.194, within(1e-9));
        assertThat(sci.operationalKgCo2e()).isCloseTo(15.57 + 0.095836, within(1e-9));
        assertThat(sci.intensityKgPerKWh()).isCloseTo((15.57 + 0.095836) / 300.194, within(1e-12));
        assertThat(sci.otherOperationalKgCo2e()).isCloseTo(9.26934695867389, within(1e-9));
        assertThat(sci.embodiedKgCo2e()).isCloseTo(370.18 + 0.052364, within(1e-9));
        assertThat(sci.linesWithEnergy()).isEqualTo(2);
        assertThat(sci.linesWithoutEnergy()).isEqualTo(1);
        // SCI = (15.665836 + 9.26934695867389 + 370.232364) / 100 = 3.9516754695867389 kg per user
        assertThat(sci.kgCo2ePerUnit()).isCloseTo(3.9516754695867389, within(1e-12));
        // the total equals the assessment's climate change
        assertThat(sci.totalKgCo2e()).isCloseTo(ENGINE.assess(inv, Y2024).total().total(GWP), within(1e-9));
        assertThat(sci.toString()).startsWith("SCI = ((E × I) + M) per R = 3.95");
        assertThatThrownBy(() -> ENGINE.sci(inv, Y2024, " ", 1)).hasMessage("functionalUnit must not be blank, was ' '");
        assertThatThrownBy(() -> ENGINE.sci(inv, Y2024, "user", 0)).hasMessage(
                "units (R) must be a finite number > 0, was 0.0");
    }

    @Test
    void differenceFrom_co2js_namesEachChoiceWithItsEffect() {
        // FR SWD v4 GB: 62.4326 g (impact, ADEME grid) vs 60.93492 g (co2.js grid) → grid-source
        // no zone SWD v4 GB: 62.4326 g (default zone FR) vs 148.2 g (co2.js's global) → no-zone
        // OneByte fixed GB, model grid: (0.072 + 0.429) × 519 = 260.019 g vs 290.813 g → onebyte-kind
        // a laptop: the same under both → not listed
        Inventory inv = Inventory.of("t", V4_1GB.zone("FR"), V4_1GB,
                NetworkTransfer.ofGb(1).model(NetworkModel.ONEBYTE).kind(NetworkKind.FIXED).modelGridIntensity(),
                DeviceFleet.of("laptop", 1).lifetimeYears(5));
        ConventionDifference d = ENGINE.differenceFrom(inv, Y2024, Convention.CO2JS);
        assertThat(d.choices()).extracting(ConventionDifference.Choice::id)
                .containsExactly("grid-source", "no-zone", "onebyte-kind");
        ConventionDifference.Choice grid = d.choices().get(0);
        assertThat(grid.lines()).isEqualTo(1);
        assertThat(grid.impactKgCo2e() * 1000).isCloseTo(62.4326, within(1e-9));
        assertThat(grid.peerKgCo2e() * 1000).isCloseTo(60.93492, within(1e-9));
        assertThat(grid.relativeDifference()).isCloseTo(62.4326 / 60.93492 - 1, within(1e-12));
        assertThat(d.choices().get(1).peerKgCo2e() * 1000).isCloseTo(148.2, within(1e-9));
        assertThat(d.choices().get(2).impactKgCo2e() * 1000).isCloseTo(260.019, within(1e-9));
        assertThat(d.choices().get(2).peerKgCo2e() * 1000).isCloseTo(290.813, within(1e-9));
        assertThat(d.impactKgCo2e() - d.peerKgCo2e()).isCloseTo((62.4326 - 60.93492 + 62.4326 - 148.2
                + 260.019 - 290.813) / 1000, within(1e-12));
        assertThatThrownBy(() -> ENGINE.differenceFrom(inv, Y2024, Convention.IMPACT))
                .hasMessage("peer must be another convention than IMPACT, was IMPACT");
    }
}
