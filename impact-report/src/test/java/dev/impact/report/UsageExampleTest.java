package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impact.Impact;
import dev.impact.engine.Assessment;
import dev.impact.factor.FactorCatalog;
import dev.impact.factors.Catalog;
import dev.impact.factors.Factors;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Indicator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of impact-report's README.md and package-info, and the first-screen example of the top-level
 * README.md, kept here so that they cannot go stale.
 */
class UsageExampleTest {

    @Test
    void topReadmeFirstScreen() {
        // --- README.md, first screen
        Catalog factors = Factors.builtIn();                       // ADEME, Boavizta, Ember… cited, versioned
        Inventory fleet = Inventory.of("town hall",
                DeviceFleet.of("laptop", 120).lifetimeYears(5),
                DeviceFleet.of("monitor", 150));
        Assessment a = Impact.using(factors).reportingYear(2024).assess(fleet);  // the one door
        System.out.println(a.total(Indicator.CLIMATE_CHANGE) + " kgCO2e per year");
        // ---
        assertThat(a.total(Indicator.CLIMATE_CHANGE)).isPositive();
        assertThat(a.lines()).hasSize(2);
    }

    @Test
    void readmeExample(@TempDir Path dir) throws Exception {
        FactorCatalog catalog = Fixtures.catalog();
        // --- README example
        Assessment a = Impact.using(catalog).reportingYear(2024)
                .assess(Inventory.of("Parc 2024", DeviceFleet.of("laptop", 120).lifetimeYears(5)));
        Report report = Report.of(a, catalog);
        String html = report.render(Format.HTML, Locale.FRENCH);
        report.write(Format.CSV, Locale.ROOT, dir.resolve("parc.csv"));
        // ---
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Parc 2024");
        assertThat(Files.readAllLines(dir.resolve("parc.csv"))).hasSize(1 + 8 * 4);
    }
}
