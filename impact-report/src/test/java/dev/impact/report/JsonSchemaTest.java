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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonSchemaTest {
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Report.class.getResourceAsStream(Report.SCHEMA_RESOURCE)) {
            assertThat(in).as("schema resource %s", Report.SCHEMA_RESOURCE).isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    private static List<Error> validate(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void example_isValid() {
        assertThat(validate(Fixtures.report().render(Format.JSON, Locale.ROOT))).isEmpty();
    }

    @Test
    void hostileLabels_isValid() {
        assertThat(validate(Fixtures.hostile().render(Format.JSON, Locale.ROOT))).isEmpty();
    }

    @Test
    void schemaVersion_matchesConstant() throws IOException {
        JsonNode n = new ObjectMapper().readTree(Fixtures.report().render(Format.JSON, Locale.ROOT));
        assertThat(n.get("schemaVersion").asText()).isEqualTo(Report.SCHEMA_VERSION);
        // not available is null, never 0
        assertThat(n.at("/total/wu/phases/use/value").isNull()).isTrue();
        assertThat(n.at("/total/wu/phases/use/availability").asText()).isEqualTo("not_available");
        // 9750 = 250×24 + 300×10 + 250×3 (see ReportTest)
        assertThat(n.at("/total/gwp/phases/manufacture/value").asDouble()).isEqualTo(9750);
    }

    @Test
    void schema_rejectsZeroForNotAvailable() {
        String json = Fixtures.report().render(Format.JSON, Locale.ROOT);
        String broken = json.replaceFirst("\"value\": null,", "\"value\": 0,");
        assertThat(broken).isNotEqualTo(json);
        assertThat(validate(broken)).isNotEmpty();
    }

    @Test
    void schema_rejectsMissingSchemaVersion() {
        String full = Fixtures.report().render(Format.JSON, Locale.ROOT);
        String json = full.replace("\"schemaVersion\": \"" + Report.SCHEMA_VERSION + "\",", "");
        assertThat(json).isNotEqualTo(full);
        assertThat(validate(json)).extracting(Error::getMessage).anyMatch(m -> m.contains("schemaVersion"));
    }

    @Test
    void uncertainty_isValidAndOptional() throws IOException {
        String json = DecisionFixtures.report().render(Format.JSON, Locale.ROOT);
        assertThat(validate(json)).isEmpty();
        JsonNode n = new ObjectMapper().readTree(json);
        assertThat(n.at("/uncertainty/simulation/seed").asLong()).isEqualTo(42);
        assertThat(n.at("/uncertainty/simulation/draws").asInt()).isEqualTo(2000);
        // the central value is the deterministic total; p5 < central < p95 for the climate-change total
        JsonNode gwp = n.at("/uncertainty/totals/gwp");
        assertThat(gwp.get("central").asDouble()).isEqualTo(n.at("/total/gwp/total/value").asDouble());
        assertThat(gwp.at("/percentiles/5").asDouble()).isLessThan(gwp.get("central").asDouble());
        assertThat(gwp.at("/percentiles/95").asDouble()).isGreaterThan(gwp.get("central").asDouble());
        // a 1.0 consumer's view: without the new object the document is still valid
        ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("uncertainty");
        assertThat(validate(n.toString())).isEmpty();
        assertThat(new ObjectMapper().readTree(Fixtures.report().render(Format.JSON, Locale.ROOT))
                .has("uncertainty")).isFalse();
    }

    @Test
    void uncertainty_schemaRejectsAShareAboveOne() {
        String json = DecisionFixtures.report().render(Format.JSON, Locale.ROOT);
        String broken = json.replaceFirst("\"varianceShare\": [0-9.]+", "\"varianceShare\": 1.5");
        assertThat(broken).isNotEqualTo(json);
        assertThat(validate(broken)).isNotEmpty();
    }
}
