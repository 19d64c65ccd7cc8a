package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.impact.engine.ConventionDifference;
import dev.impact.inventory.Convention;
import dev.impact.measure.Indicator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The "why impact's default differs from a peer" section in HTML, Markdown and JSON, in both languages. */
class ConventionDifferenceSectionTest {

    private static Report withDifference() {
        Report r = Fixtures.report();
        double total = r.assessment().total(Indicator.CLIMATE_CHANGE);
        // one SWD line on France's grid: 0.0624326 kg under impact, 0.06093492 under co2.js (+2.46 %)
        ConventionDifference d = new ConventionDifference(Convention.CO2JS, total, total - 0.0624326 + 0.06093492,
                List.of(new ConventionDifference.Choice("grid-source", 1, 0.0624326, 0.06093492)));
        return r.withConventionDifference(d);
    }

    @Test
    void htmlAndMarkdown_nameTheChoiceAndItsEffect_inBothLanguages() {
        Report r = withDifference();
        String en = r.render(Format.HTML, Locale.ENGLISH);
        // (the HTML escapes apostrophes)
        assertThat(en).contains("Why impact&#39;s default differs from co2.js")
                .contains("Grid source: the catalog&#39;s grid factor of the zone").contains("+2%")
                .contains("0.0624").contains("0.0609");
        String fr = r.render(Format.MARKDOWN, Locale.FRENCH);
        assertThat(fr).contains("## Pourquoi impact diffère par défaut de co2.js")
                .contains("| Source du mix électrique").contains("+2\u202f%");
        assertThat(Fixtures.report().render(Format.HTML, Locale.ENGLISH)).doesNotContain("differs from");
    }

    @Test
    void json_carriesTheChoices_andIsValid() throws Exception {
        String json = withDifference().render(Format.JSON, Locale.ROOT);
        JsonNode d = new ObjectMapper().readTree(json).get("conventionDifference");
        assertThat(d.get("peer").asText()).isEqualTo("co2js");
        assertThat(d.get("choices").get(0).get("id").asText()).isEqualTo("grid-source");
        assertThat(d.get("choices").get(0).get("peerKgCo2e").asDouble()).isEqualTo(0.06093492);
        try (InputStream in = Report.class.getResourceAsStream(Report.SCHEMA_RESOURCE)) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON)
                    .validate(json, InputFormat.JSON)).isEmpty();
        }
    }

    @Test
    void aDifferenceOfAnotherInventory_isRefused() {
        ConventionDifference d = new ConventionDifference(Convention.CO2JS, 1e6, 1, List.of());
        assertThatThrownBy(() -> Fixtures.report().withConventionDifference(d))
                .hasMessageStartingWith("difference must be of this report's inventory under impact's conventions");
    }
}
