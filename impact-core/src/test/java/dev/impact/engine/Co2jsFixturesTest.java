package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.impact.factor.FactorCatalog;
import dev.impact.factor.Parameter;
import dev.impact.factor.ReferenceUnit;
import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OneByte and SWD v4 results equal those of the reference library co2.js 0.19.0 within 0.1 %. The fixtures were
 * produced by running co2.js ({@code src/test/resources/co2js/make-fixtures.mjs}); Node is not needed here.
 */
class Co2jsFixturesTest {

    static List<Map<String, String>> fixtures() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Co2jsFixturesTest.class.getResourceAsStream("/co2js/fixtures.csv"), StandardCharsets.UTF_8))) {
            String[] header = r.readLine().split(",", -1);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cells = line.split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
        }
        assertThat(rows).hasSize(24);
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void matchesCo2js(Map<String, String> row) {
        boolean oneByte = row.get("model").equals("1byte");
        double bytes = Double.parseDouble(row.get("bytes"));
        double green = oneByte ? (Boolean.parseBoolean(row.get("green")) ? 1 : 0)
                : Double.parseDouble(row.get("green_hosting_factor"));
        NetworkTransfer line = NetworkTransfer.ofBytes(bytes).model(oneByte ? NetworkModel.ONEBYTE
                : NetworkModel.SWD_V4).greenHosting(green).label(row.get("case"));
        FactorCatalog catalog = TestCatalogs.ademeLike();
        boolean customGrid = !oneByte && !row.get("grid_network").equals("494");
        if (customGrid) {
            // the intensity co2.js used for every segment, as a zone of its own
            double kgPerKWh = Double.parseDouble(row.get("grid_network")) / 1000;
            Parameter any = catalog.parameter("swd4.grid.global").orElseThrow();
            catalog = FactorCatalog.builder().from(catalog).add(TestCatalogs.factor("electricity.xx", "electricity.XX",
                    ReferenceUnit.KWH, any.provenance().source(), "WORLD", 2024, Footprint.builder()
                            .set(Phase.USE, Indicator.CLIMATE_CHANGE, kgPerKWh).build())).build();
            line = line.zone("XX");
        } else {
            line = line.modelGridIntensity();
        }
        Footprint f = Engine.of(catalog).assess(Inventory.of("t", line),
                AssessmentOptions.defaults().reportingYear(2024)).total();
        double expectedKg = Double.parseDouble(row.get("total_g")) / 1000;
        assertThat(f.total(Indicator.CLIMATE_CHANGE)).isCloseTo(expectedKg, within(expectedKg * 0.001));
        if (!oneByte) {
            double embodiedKg = (Double.parseDouble(row.get("dc_emb_g")) + Double.parseDouble(row.get("net_emb_g"))
                    + Double.parseDouble(row.get("dev_emb_g"))) / 1000;
            assertThat(f.value(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).isCloseTo(embodiedKg,
                    within(embodiedKg * 0.001));
        }
    }
}
