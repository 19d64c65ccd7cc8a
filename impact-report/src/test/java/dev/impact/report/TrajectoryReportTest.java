package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The trajectory report: years and their split, sites, e-waste ahead, target and levers, in every format. */
class TrajectoryReportTest {
    static TrajectoryReport report() {
        return TrajectoryReport.of(DecisionFixtures.trajectory()).target(2030, 0.5)
                .scenario(DecisionFixtures.trajectoryScenario());
    }

    @Test
    void html_french_showsTrajectorySitesAndLevers() {
        Document d = Jsoup.parse(report().render(Format.HTML, Locale.FRENCH));
        assertThat(d.select("html").attr("lang")).isEqualTo("fr");
        assertThat(d.select("#trajectory h2").text()).isEqualTo("Année par année, et ce qui a changé");
        assertThat(d.select("#trajectory tbody tr")).hasSize(2);
        assertThat(d.select("#trajectory tbody tr").get(0).text()).startsWith("2023");
        assertThat(d.select("#groups h2").text()).isEqualTo("Par site ou service");
        assertThat(d.select("#groups tbody tr")).extracting(e -> e.child(0).text())
                .containsExactlyInAnyOrder("Hôtel de ville", "École Jean Jaurès");
        assertThat(d.select("#levers h2").text()).isEqualTo("Leviers du scénario « Plan 2030 »");
        assertThat(d.select("#levers tbody tr")).hasSize(2);
        assertThat(d.select("#target p.key").text()).startsWith("Objectif : 50").contains("d’ici 2030");
        assertThat(d.select("#waste tbody").first().select("tr")).hasSize(5); // 2025–2029
        assertThat(d.select("section.method li").text()).contains("Shapley");
    }

    @Test
    void markdown_english_hasItsTables() {
        String md = report().render(Format.MARKDOWN, Locale.ENGLISH);
        assertThat(md).contains("## Year by year, and what changed").contains("| 2024 |")
                .contains("## By site or service").contains("| Hôtel de ville |")
                .contains("## Levers of the scenario “Plan 2030”").contains("## E-waste ahead");
        assertThat(md).doesNotContain("\n\n|---"); // every table header is followed by its rule
    }

    @Test
    void json_isValidAgainstItsSchema_andTheSplitAddsUp() throws IOException {
        String json = report().render(Format.JSON, Locale.ROOT);
        try (InputStream in = Report.class.getResourceAsStream(TrajectoryReport.SCHEMA_RESOURCE)) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON)
                    .validate(json, InputFormat.JSON)).isEmpty();
        }
        JsonNode n = new ObjectMapper().readTree(json);
        JsonNode c = n.at("/years/1/change");
        assertThat(c.get("fleet").asDouble() + c.get("factors").asDouble() + c.get("method").asDouble())
                .isCloseTo(c.get("total").asDouble(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(n.at("/years/1/groups/0/name").asText()).isEqualTo("Hôtel de ville");
        double leverSum = n.at("/scenario/levers/0/saving/central").asDouble()
                + n.at("/scenario/levers/1/saving/central").asDouble();
        assertThat(leverSum).isCloseTo(n.at("/scenario/saving").asDouble(),
                org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void csv_isNotOffered() {
        assertThatThrownBy(() -> report().render(Format.CSV, Locale.ROOT)).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("trajectory report");
    }
}
