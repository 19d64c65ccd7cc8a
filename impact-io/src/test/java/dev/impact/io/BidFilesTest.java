package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.impact.compare.Criterion;
import dev.impact.compare.Scoring;
import dev.impact.compare.Tender;
import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factors.Catalog;
import dev.impact.factors.Factors;
import dev.impact.inventory.DeviceFleet;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bid and tender files: read, assessed with the bundled dataset's manufacturer sheets, refused with the field. */
class BidFilesTest {
    private static final Catalog CATALOG = Factors.builtIn();
    private static final AssessmentOptions Y2025 = AssessmentOptions.defaults().reportingYear(2025);
    private static final Path EXAMPLES = Path.of("../examples/consultation");

    private static String bid(String model) {
        return "{\"consultation\": \"c\", \"bidder\": \"" + model + "\", \"functionalUnit\": {\"per\": \"device-year\"},"
                + " \"items\": [{\"category\": \"laptop\", \"model\": \"" + model + "\", \"quantity\": 1,"
                + " \"unitPrice\": 1000, \"lifetimeYears\": 4, \"zone\": \"FR\"}]}";
    }

    @Test
    void twoModels_differentSourcedResults() {
        Assessment dell = Engine.of(CATALOG).assess(BidFiles.parse("a.json", bid("Dell Latitude 5430")).offer()
                .inventory(), Y2025);
        Assessment hp = Engine.of(CATALOG).assess(BidFiles.parse("b.json", bid("HP ProBook 445 14 inch G9 Notebook"
                + " PC")).offer().inventory(), Y2025);
        double grid = CATALOG.resolve("electricity.FR", 2025).orElseThrow().values().value(Phase.USE,
                Indicator.CLIMATE_CHANGE);
        // Dell sheet (March 2022): 301 × (1 − 0.16) = 252.84 kgCO2e embodied over 4 years, 23.36 kWh a year
        assertThat(dell.total(Indicator.CLIMATE_CHANGE)).isCloseTo(252.84 / 4 + 23.36 * grid, within(1e-6));
        // HP sheet (Feb 2022): 185 × (1 − 0.16) = 155.4 kgCO2e embodied, 13.93 kWh a year
        assertThat(hp.total(Indicator.CLIMATE_CHANGE)).isCloseTo(155.4 / 4 + 13.93 * grid, within(1e-6));
        assertThat(dell.factorIds()).contains("product.laptop.dell-latitude-5430.boavizta-pcf-models-61323eb");
        assertThat(hp.factorIds()).contains("product.laptop.hp-probook-445-14-inch-g9-notebook-pc"
                + ".boavizta-pcf-models-61323eb");
        assertThat(CATALOG.factor("product.laptop.dell-latitude-5430.boavizta-pcf-models-61323eb").orElseThrow()
                .provenance().source().licence()).contains("ODbL");
        // searchable by maker and model
        assertThat(CATALOG.search("latitude 5430").factors()).extracting(f -> f.key())
                .contains("product.laptop.dell-latitude-5430", "product.laptop.dell-latitude-5430-rugged");
    }

    @Test
    void exampleConsultation_readsWithDeclarationsAndNotices() {
        Bid a = BidFiles.read(EXAMPLES.resolve("bid-a.json"));
        Bid b = BidFiles.read(EXAMPLES.resolve("bid-b.json"));
        Bid c = BidFiles.read(EXAMPLES.resolve("bid-c.json"));
        assertThat(a.offer().name()).isEqualTo("A - Dell Latitude 5430");
        assertThat(((DeviceFleet) a.offer().inventory().lines().get(0)).declared().orElseThrow().source())
                .startsWith("Dell, Latitude 5430 Product Carbon Footprint datasheet");
        // 40 % refurbished: 120 new + 80 refurbished, both at 820 EUR
        assertThat(b.offer().inventory().lines()).hasSize(2);
        assertThat(b.offer().inventory().lines().get(0).quantity()).isCloseTo(120, within(1e-9));
        assertThat(b.offer().inventory().lines().get(1).quantity()).isCloseTo(80, within(1e-9));
        assertThat(b.offer().costs().unitPrice(1)).isEqualTo(820);
        assertThat(b.notices()).anySatisfy(n -> assertThat(n.toString()).contains("warranty 3 years, shorter than the"
                + " lifetime of 5 years"));
        // C's model is not in the dataset and its declaration (95) is under every laptop sheet: both said
        Assessment ac = Engine.of(CATALOG).assess(c.offer().inventory(), Y2025);
        assertThat(ac.lines().get(0).defaults()).anySatisfy(d -> assertThat(d.text())
                .startsWith("Lenovo ThinkPad T14 Gen 4: not in impact built-in factors 2026.3, laptop average used"));
        assertThat(ac.lines().get(0).defaults()).filteredOn(d -> d.field().equals("declaredFootprint"))
                .singleElement().satisfies(d -> assertThat(d.basis())
                .contains("Fournisseur C, commercial brochure 2025").contains("BELOW the range of laptop: 420 sheets"));
        Tender t = BidFiles.readTender(EXAMPLES.resolve("tender.json"));
        assertThat(t.criteria()).containsExactly(Criterion.cost(60, Scoring.PROPORTIONAL_TO_BEST),
                Criterion.footprint(Indicator.CLIMATE_CHANGE, 30, Scoring.LINEAR_BEST_WORST),
                Criterion.footprint(Indicator.E_WASTE, 10, Scoring.PROPORTIONAL_TO_BEST));
        assertThat(t.electricityPrice("FR", 2026).orElseThrow().pricePerKWh()).isEqualTo(0.20);
    }

    @Test
    void examples_validAgainstTheSchemas() throws IOException {
        Schema bid = schema(BidFiles.SCHEMA_RESOURCE);
        for (String f : new String[] {"bid-a.json", "bid-b.json", "bid-c.json"}) {
            assertThat(bid.validate(Files.readString(EXAMPLES.resolve(f)), InputFormat.JSON)).as(f).isEmpty();
        }
        assertThat(schema(BidFiles.TENDER_SCHEMA_RESOURCE).validate(Files.readString(EXAMPLES.resolve(
                "tender.json")), InputFormat.JSON)).isEmpty();
        // what the reader refuses, the schema refuses
        assertThat(bid.validate("{\"consultation\": \"c\", \"bidder\": \"b\", \"functionalUnit\": {\"per\":"
                + " \"device-year\"}, \"items\": [{\"category\": \"laptop\", \"quantity\": 1, \"unitPrice\": -5}]}",
                InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void badBid_everyProblemWithLineAndField() {
        String text = "{\"consultation\": \"c\", \"bidder\": \"b\",\n \"functionalUnit\": {\"per\": \"device-yeer\"},\n"
                + " \"items\": [{\"category\": \"laptop\", \"quantity\": 0, \"unitPrice\": -5,\n"
                + "   \"refurbishedShare\": 1.5, \"powerWatts\": 10}]}";
        assertThatThrownBy(() -> BidFiles.parse("bad.json", text)).isInstanceOfSatisfying(InvalidFileException.class,
                e -> assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                        "bad.json:2: column 'functionalUnit.per': must be device-year, user-year or seat; did you"
                                + " mean device-year?",
                        "bad.json:3: column 'items[0].quantity': must be > 0, was 0",
                        "bad.json:3: column 'items[0].unitPrice': must be >= 0, was -5",
                        "bad.json:4: column 'items[0].refurbishedShare': must be >= 0 and <= 1, was 1.5",
                        "bad.json:3: column 'items[0].hoursPerDay': missing: a power needs the hours of use per day"));
    }

    /** The three JSON readers (bids, tenders, scenarios) share one file reading; each names the file and the kind. */
    @Test
    void unreadableFiles_refusedWithTheFileAndTheReason(@TempDir Path dir) throws IOException {
        Path latin1 = Files.write(dir.resolve("offre.json"), "{\"bidder\": \"Soci\u00e9t\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> BidFiles.read(latin1)).isInstanceOfSatisfying(InvalidFileException.class,
                e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(latin1 + ": is not UTF-8 text; save it as UTF-8"));
        assertThatThrownBy(() -> BidFiles.readTender(latin1)).isInstanceOfSatisfying(InvalidFileException.class,
                e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(latin1 + ": is not UTF-8 text; save it as UTF-8"));
        assertThatThrownBy(() -> BidFiles.readTender(dir)).isInstanceOfSatisfying(InvalidFileException.class,
                e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(dir + ": is a directory, not a tender file"));
        Path missing = dir.resolve("absent.json");
        assertThatThrownBy(() -> ScenarioFiles.read(missing, dev.impact.inventory.Inventory.of("empty"), CATALOG))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(missing + ": no such file"));
    }

    private static Schema schema(String resource) throws IOException {
        try (var in = BidFilesTest.class.getResourceAsStream(resource)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }
}
