package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The JSON of comparison and scenario reports against their schemas. */
class DecisionSchemaTest {

    private static List<Error> validate(String resource, String json) throws IOException {
        try (InputStream in = Report.class.getResourceAsStream(resource)) {
            assertThat(in).as("schema resource %s", resource).isNotNull();
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
            return schema.validate(json, InputFormat.JSON);
        }
    }

    @Test
    void comparison_isValid() throws IOException {
        String json = ComparisonReport.of(DecisionFixtures.comparison()).withTitle("Tender 2025")
                .render(Format.JSON, Locale.ROOT);
        assertThat(validate(ComparisonReport.SCHEMA_RESOURCE, json)).isEmpty();
        JsonNode n = new ObjectMapper().readTree(json);
        assertThat(n.get("schemaVersion").asText()).isEqualTo(ComparisonReport.SCHEMA_VERSION);
        // 1.1: 100 laptops per offer, one device-year each per year (yearly accounting): 100 functional units
        assertThat(n.at("/offers/0/functionalUnits").asDouble()).isEqualTo(100);
        assertThat(n.at("/offers/0/unit").asText()).isEqualTo("per device-year");
        assertThat(n.at("/options/reportingYear").asInt()).isEqualTo(2024);
        assertThat(n.at("/catalog/checksum").asText()).isEqualTo("sha256:0123abcd");
        // P(a < b) + P(b < a) = 1 (ties count half)
        JsonNode m = n.at("/indicators/0/probabilityLower");
        assertThat(m.get(0).get(1).asDouble() + m.get(1).get(0).asDouble()).isEqualTo(1.0);
        assertThat(m.get(0).get(0).isNull()).isTrue();
    }

    @Test
    void comparison_hostileNames_isValid() throws IOException {
        String json = ComparisonReport.of(DecisionFixtures.comparison("\"}, {\"x\": 1", "<script>", "| a | b |"))
                .render(Format.JSON, Locale.ROOT);
        assertThat(validate(ComparisonReport.SCHEMA_RESOURCE, json)).isEmpty();
        assertThat(new ObjectMapper().readTree(json).at("/offers/0/name").asText()).isEqualTo("\"}, {\"x\": 1");
    }

    @Test
    void comparison_schemaRejectsAProbabilityAboveOne() throws IOException {
        String json = ComparisonReport.of(DecisionFixtures.comparison()).render(Format.JSON, Locale.ROOT);
        String broken = json.replaceFirst("\"probabilityLowest\": [0-9.]+", "\"probabilityLowest\": 2");
        assertThat(broken).isNotEqualTo(json);
        assertThat(validate(ComparisonReport.SCHEMA_RESOURCE, broken)).isNotEmpty();
    }

    @Test
    void scenario_isValid() throws IOException {
        String json = ScenarioReport.of(DecisionFixtures.scenario("<b>plan</b> \"2030\"")).render(Format.JSON,
                Locale.ROOT);
        assertThat(validate(ScenarioReport.SCHEMA_RESOURCE, json)).isEmpty();
        JsonNode n = new ObjectMapper().readTree(json);
        assertThat(n.get("schemaVersion").asText()).isEqualTo(ScenarioReport.SCHEMA_VERSION);
        assertThat(n.get("title").asText()).isEqualTo("<b>plan</b> \"2030\"");
        assertThat(n.at("/scenario/whatIfs/0/type").asText()).isEqualTo("extend_lifetime");
        // 1.1: the lines once the what-ifs are applied (the levers change lines, they add none)
        assertThat(n.at("/scenario/lines").asInt()).isEqualTo(n.at("/baseline/lines").asInt());
        // the change's central value is scenario - baseline
        JsonNode gwp = n.at("/indicators/0");
        assertThat(gwp.at("/change/central").asDouble()).isCloseTo(gwp.at("/scenario/stats/central").asDouble()
                - gwp.at("/baseline/stats/central").asDouble(), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void scenario_schemaRejectsAnUnknownLever() throws IOException {
        String json = ScenarioReport.of(DecisionFixtures.scenario()).render(Format.JSON, Locale.ROOT);
        String broken = json.replace("\"extend_lifetime\"", "\"buy_more\"");
        assertThat(validate(ScenarioReport.SCHEMA_RESOURCE, broken)).isNotEmpty();
    }
}
