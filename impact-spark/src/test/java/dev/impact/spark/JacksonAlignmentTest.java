package dev.impact.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.scala.DefaultScalaModule$;
import dev.impact.Impact;
import dev.impact.factors.Catalog;
import dev.impact.factors.Factors;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.NetworkKind;
import dev.impact.io.InventoryFiles;
import dev.impact.io.InventoryFormat;
import dev.impact.io.ReadOptions;
import dev.impact.measure.Indicator;
import dev.impact.report.Format;
import dev.impact.report.TotalsReport;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This module's class path carries Spark's own Jackson (as a cluster does, Spark's jars first): Spark's Scala module
 * accepts it, and every part of impact that uses Jackson works under it.
 */
class JacksonAlignmentTest {

    @Test
    void sparksScalaModuleAcceptsTheDatabindOnTheClassPath() {
        com.fasterxml.jackson.core.Version databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;
        com.fasterxml.jackson.core.Version scala = DefaultScalaModule$.MODULE$.version();
        assertThat(databind.getMajorVersion()).isEqualTo(scala.getMajorVersion());
        assertThat(databind.getMinorVersion()).isEqualTo(scala.getMinorVersion());
        // the module's own check: throws when databind is outside its minor version
        new ObjectMapper().registerModule(DefaultScalaModule$.MODULE$);
    }

    @Test
    void theLibraryWorksUnderIt(@TempDir Path dir) throws Exception {
        // impact-factors: the bundled dataset parsed afresh (jackson-dataformat-csv)
        Catalog catalog = Factors.load(Factors.versions().get(Factors.versions().size() - 1));
        Inventory inventory = Inventory.of("jackson",
                DeviceFleet.of("laptop", 12).lifetimeYears(5),
                NetworkTransfer.ofGb(400).kind(NetworkKind.FIXED));
        // impact-io: the JSON layout written and read back (jackson-core and databind)
        Path json = dir.resolve("fleet.json");
        try (var out = Files.newBufferedWriter(json)) {
            InventoryFiles.write("jackson", inventory.lines(), InventoryFormat.JSON, out);
        }
        Inventory back = InventoryFiles.read(json, ReadOptions.defaults().format(InventoryFormat.JSON));
        assertThat(back.lines()).isEqualTo(inventory.lines());
        // impact-report: the totals as JSON (jackson-core)
        var totals = Impact.using(catalog).reportingYear(2024).assess(back).totals();
        StringWriter w = new StringWriter();
        TotalsReport.of(totals).render(Format.JSON, Locale.ROOT, w);
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(w.toString()).isObject()).isTrue();
        assertThat(totals.total(Indicator.CLIMATE_CHANGE)).isPositive();
    }
}
