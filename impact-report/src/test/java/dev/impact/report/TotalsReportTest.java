package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.impact.engine.Totals;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TotalsReportTest {
    // climate change, by hand from Fixtures (see ReportTest):
    // laptops 120/5 = 24 yearly units: 6000 + 120 + 48 + use 7008 kWh × 0.052 = 364.416 → 6532.416
    // monitors 80/8 = 10: 3000 + 100 + 30 + use 5840 kWh × 0.052 = 303.68 → 3433.68
    // CAD laptops 12/4 = 3: 750 + 15 + 6 + use 1533 kWh × 0.052 = 79.716 → 850.716
    private static final double LAPTOP = 6532.416 + 850.716;
    private static final double MONITOR = 3433.68;

    private static List<Error> validate(String json) throws IOException {
        try (InputStream in = TotalsReport.class.getResourceAsStream(TotalsReport.SCHEMA_RESOURCE)) {
            assertThat(in).as("schema resource %s", TotalsReport.SCHEMA_RESOURCE).isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON)
                    .validate(json, InputFormat.JSON);
        }
    }

    @Test
    void formats_theTextOnes() {
        // no spreadsheet formats: they are tables of lines, which a report of totals does not keep
        assertThat(Fixtures.totals().formats()).isEqualTo(EnumSet.of(Format.HTML, Format.MARKDOWN, Format.CSV,
                Format.JSON));
    }

    @Test
    void json_isValidAndHoldsTheTotals() throws IOException {
        String json = Fixtures.totals().render(Format.JSON, Locale.ROOT);
        assertThat(validate(json)).isEmpty();
        JsonNode n = new ObjectMapper().readTree(json);
        assertThat(n.get("schemaVersion").asText()).isEqualTo(TotalsReport.SCHEMA_VERSION);
        assertThat(n.get("kind").asText()).isEqualTo("totals");
        assertThat(n.at("/lines/read").asLong()).isEqualTo(5);
        assertThat(n.at("/lines/assessed").asLong()).isEqualTo(3);
        assertThat(n.at("/lines/invalid").asLong()).isEqualTo(2);
        assertThat(n.at("/total/gwp/total/value").asDouble()).isCloseTo(LAPTOP + MONITOR, within(1e-6));
        // 9750 = 250×24 + 300×10 + 250×3
        assertThat(n.at("/total/gwp/phases/manufacture/value").asDouble()).isEqualTo(9750);
        // largest first: laptops (two lines, 120 + 12 units), then monitors
        assertThat(n.at("/categories/0/name").asText()).isEqualTo("laptop");
        assertThat(n.at("/categories/0/lineCount").asInt()).isEqualTo(2);
        assertThat(n.at("/categories/0/quantity").asDouble()).isEqualTo(132);
        assertThat(n.at("/categories/0/footprint/gwp/total/value").asDouble()).isCloseTo(LAPTOP, within(1e-6));
        // not available is null, never 0 (monitors have no water data)
        assertThat(n.at("/categories/1/footprint/wu/total/value").isNull()).isTrue();
        assertThat(n.at("/invalid/problemCount").asLong()).isEqualTo(3);
        assertThat(n.at("/invalid/problems/1/column").asText()).isEqualTo("quantity");
        assertThat(n.at("/notices/0").asText()).isEqualTo("read as UTF-8, separator ','");
    }

    @Test
    void json_defaultsCountTheirLines() throws IOException {
        JsonNode n = new ObjectMapper().readTree(Fixtures.totals().render(Format.JSON, Locale.ROOT));
        // the monitor line gives no lifetime (8 years from device.monitor.lifetime), the laptop lines give theirs
        JsonNode d = null;
        for (JsonNode x : n.get("defaults")) {
            if (x.get("field").asText().equals("lifetimeYears")) {
                d = x;
            }
        }
        assertThat(d).isNotNull();
        assertThat(d.get("value").asDouble()).isEqualTo(8);
        assertThat(d.get("lineCount").asLong()).isEqualTo(1);
    }

    @Test
    void schema_rejectsZeroForNotAvailable() throws IOException {
        String json = Fixtures.totals().render(Format.JSON, Locale.ROOT);
        String broken = json.replaceFirst("\"value\": null,", "\"value\": 0,");
        assertThat(broken).isNotEqualTo(json);
        assertThat(validate(broken)).isNotEmpty();
    }

    @Test
    void csv_oneRecordPerScopeIndicatorPhase() {
        String csv = Fixtures.totals().render(Format.CSV, Locale.ROOT);
        String[] records = csv.split("\r?\n");
        // header + (total + 2 categories) × 8 indicators × 4 phases = 1 + 96
        assertThat(records).hasSize(97);
        assertThat(records[0]).isEqualTo(TotalsView.CSV_HEADER);
        // the total's climate change at manufacture: 9750
        assertThat(records[1]).isEqualTo("total,3,,gwp,kgCO2e,manufacture,9750,available,test-1,sha256:0123abcd");
        assertThat(csv).contains("laptop,2,132,gwp,kgCO2e,manufacture,6750,available");
    }

    @Test
    void html_hasTotalsCategoriesDefaultsAndReadingButNoLineTable() {
        String html = Fixtures.totals().render(Format.HTML, Locale.FRENCH);
        assertThat(html).contains("Empreinte environnementale — totaux").contains("Lecture des données")
                .contains("5 lignes lues : 3 évaluées, 2 écartées car invalides.")
                .contains("unknown category &#39;tablet&#39;").contains("<svg").doesNotContain("class=\"lines\"");
        assertThat(Fixtures.totals().render(Format.MARKDOWN, Locale.ENGLISH))
                .contains("5 lines read: 3 assessed, 2 left out as invalid.").doesNotContain("## By line");
    }

    @Test
    void withReading_countsMustMatchTheTotals() {
        Totals t = Fixtures.assessment().totals();
        assertThatThrownBy(() -> TotalsReport.of(t).withReading(new TotalsReport.Reading(4, 0, 0, Map.of(),
                List.of(), List.of()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reading must have linesRead - linesInvalid = the lines in the totals (3), was 4 - 0");
    }

    @Test
    void reading_negativeCount() {
        assertThatThrownBy(() -> new TotalsReport.Reading(1, 2, 0, Map.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("counts must be >= 0 with linesInvalid <= linesRead, were linesRead 1, linesInvalid 2,"
                        + " problemCount 0");
    }

    @Test
    void toString_titleLinesAndClimateChange() {
        assertThat(Fixtures.totals().toString()).startsWith("TotalsReport[Ville d'Exemple — parc informatique 2024,"
                + " 3 lines (5 read, 2 invalid), climate change ").endsWith(" kgCO2e]");
    }
}
