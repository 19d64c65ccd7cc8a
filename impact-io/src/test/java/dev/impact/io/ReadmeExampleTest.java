package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impact.Assessor;
import dev.impact.Impact;
import dev.impact.engine.Assessment;
import dev.impact.factors.Factors;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Indicator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example at the top of impact-io/README.md, kept compiling and running. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void readmeExample() throws IOException {
        Path fleet = dir.resolve("fleet.csv");
        Files.writeString(fleet, "kind,label,category,quantity,lifetime_years\n"
                + "device,agents,laptop,120,5\ndevice,screens,monitor,150,\n");
        Path national = fleet;
        Path sobriety = dir.resolve("sobriety.json");
        Files.writeString(sobriety, "{\"name\": \"keep laptops longer\", \"whatIfs\": [{\"type\": \"extendLifetime\","
                + " \"category\": \"laptop\", \"years\": 2}]}");
        StringWriter writer = new StringWriter();
        StreamingAssessor.Result big;

        // --- README ---
        Assessor assessor = Impact.using(Factors.builtIn()).reportingYear(2024);
        Inventory small = InventoryFiles.read(Path.of(fleet.toString()));
        Assessment a = assessor.assess(small);

        try (InventoryReader r = InventoryFiles.open(Path.of(national.toString()), ReadOptions.defaults())) {
            big = StreamingAssessor.of(assessor).run(r);
        }
        ScenarioFiles.Result plan = ScenarioFiles.read(Path.of(sobriety.toString()), small, assessor.catalog());
        InventoryFiles.write("fleet", small.lines(), InventoryFormat.JSON, writer);
        // --- end ---

        assertThat(small.lines()).hasSize(2);
        assertThat(big.summary().total().total(Indicator.CLIMATE_CHANGE))
                .isEqualTo(a.total().total(Indicator.CLIMATE_CHANGE));
        assertThat(plan.scenario().name()).isEqualTo("keep laptops longer");
        assertThat(writer.toString()).contains("\"category\" : \"laptop\"").contains("\"quantity\" : 120");
    }
}
