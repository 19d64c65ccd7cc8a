package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.impact.Impact;
import dev.impact.factors.Catalog;
import dev.impact.factors.Factors;
import dev.impact.inventory.AiInference;
import dev.impact.inventory.Inventory;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.UncertainAssessment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The "What AI costs" section in the JSON report (schema 1.2, field {@code ai}). */
class AiJsonTest {
    private static final Catalog C = Factors.builtIn("2026.3");

    @Test
    void aiObject_totalRangeDriverAndZones_validAgainstTheSchema() throws IOException {
        // 192 000 Mistral Large 2 answers × 1.14 gCO2e = 218.88 kg (Mistral's published life-cycle figure, lognormal
        // gsd 2: p5 = 218.88 / 2^1.6449 = 70.00 kg, p95 = 218.88 × 3.1268 = 684.4 kg); 10 000 answers of the default
        // model served in the US (a given zone), beside 200 laptops
        UncertainAssessment u = Impact.using(C).reportingYear(2024).zone("FR")
                .uncertainty(MonteCarlo.builder().draws(20_000).seed(7).build())
                .assessWithUncertainty(Inventory.of("t", Impact.laptops(200),
                        AiInference.ofRequests(192_000).model("mistral-large-2").label("Le Chat"),
                        AiInference.ofRequests(10_000).label("assistant").zone("US")));
        String json = Report.of(u, C).render(Format.JSON, Locale.ROOT);
        try (InputStream in = Report.class.getResourceAsStream(Report.SCHEMA_RESOURCE)) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON)
                    .validate(json, InputFormat.JSON)).isEmpty();
        }
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("schemaVersion").asText()).isEqualTo("1.2");
        JsonNode ai = root.get("ai");
        assertThat(ai.get("lineCount").asInt()).isEqualTo(2);
        JsonNode chat = ai.get("lines").get(0);
        assertThat(chat.get("label").asText()).isEqualTo("Le Chat");
        assertThat(chat.get("kgCo2e").asDouble()).isCloseTo(218.88, within(1e-9));
        JsonNode assistant = ai.get("lines").get(1);
        assertThat(assistant.get("zone").asText()).isEqualTo("US");
        assertThat(assistant.get("zoneBasis").asText()).isEqualTo("given");
        double aiKg = 218.88 + assistant.get("kgCo2e").asDouble();
        assertThat(ai.get("kgCo2e").asDouble()).isCloseTo(aiKg, within(1e-9));
        assertThat(ai.get("shareOfTotal").asDouble()).isCloseTo(aiKg
                / root.at("/total/gwp/total/value").asDouble(), within(1e-12));
        // the Mistral figure dominates the AI category's spread: its range is close to that line's own
        assertThat(ai.at("/range/lowPercentile").asDouble()).isEqualTo(5);
        assertThat(ai.at("/range/highKgCo2e").asDouble()).isGreaterThan(684.4 * 0.9);
        assertThat(ai.at("/driver/variable").asText()).isEqualTo("factor:ai.model.mistral-large-2.mistral-lca-2025");
        // no AI line, no ai object
        String none = Report.of(Impact.using(C).reportingYear(2024).assess(Inventory.of("t", Impact.laptops(2))), C)
                .render(Format.JSON, Locale.ROOT);
        assertThat(new ObjectMapper().readTree(none).has("ai")).isFalse();
    }
}
