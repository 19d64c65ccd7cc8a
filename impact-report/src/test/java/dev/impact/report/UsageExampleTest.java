package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.FactorCatalog;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of README.md and package-info, kept here so that it cannot go stale. */
class UsageExampleTest {

    @Test
    void readmeExample(@TempDir Path dir) throws Exception {
        FactorCatalog catalog = Fixtures.catalog();
        // --- README example
        Assessment a = Engine.of(catalog).assess(Inventory.of("Parc 2024", DeviceFleet.of("laptop", 120)
                .lifetimeYears(5)), AssessmentOptions.defaults().reportingYear(2024));
        Report report = Report.of(a, catalog);
        String html = report.render(Format.HTML, Locale.FRENCH);
        report.write(Format.CSV, Locale.ROOT, dir.resolve("parc.csv"));
        // ---
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Parc 2024");
        assertThat(Files.readAllLines(dir.resolve("parc.csv"))).hasSize(1 + 6 * 4);
    }
}
