package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.impact.Impact;
import dev.impact.engine.Assessment;
import dev.impact.factors.Catalog;
import dev.impact.factors.Factors;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.measure.Indicator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** French (and English) names for columns, line kinds and categories in inventory files. */
class FrenchNamesTest {
    /** The French report's texts: every category name it prints must be accepted back as input. */
    static final Path REPORT_TEXTS = Path.of("../impact-report/src/main/resources/dev/impact/report/"
            + "messages_fr.properties");

    @Test
    void everyCategoryNameTheFrenchReportPrints_isAcceptedAsInput() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(REPORT_TEXTS, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        int checked = 0;
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith("category.")) {
                continue;
            }
            String code = key.substring("category.".length());
            String name = p.getProperty(key);
            LineKind kind = LineKind.ofCode(code);
            if (kind != null) { // a line kind's own category (server, network, …)
                assertThat(LineKind.ofCode(name)).as("kind named '%s'", name).isEqualTo(kind);
            } else {
                assertThat(Names.category(name)).as("category named '%s'", name).isEqualTo(code);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void namesAreFolded_caseAccentsSpacesAndPlurals() {
        assertThat(Names.category("Ordinateurs portables")).isEqualTo("laptop");
        assertThat(Names.category("PC PORTABLE")).isEqualTo("laptop");
        assertThat(Names.category("ecrans")).isEqualTo("monitor");
        assertThat(Names.category("Écran ≥ 27\"")).isEqualTo("monitor-large");
        assertThat(Names.category("Internet Box")).isEqualTo("internet-box");
        assertThat(Names.category("my-own-category")).isEqualTo("my-own-category"); // left to the engine
        assertThat(Column.ofHeader("Durée de vie (ans)")).isEqualTo(Column.LIFETIME_YEARS);
        assertThat(Column.ofHeader("QUANTITÉ")).isEqualTo(Column.QUANTITY);
        assertThat(Column.ofHeader("année d’achat")).isEqualTo(Column.PURCHASE_YEAR); // curly apostrophe
        assertThat(LineKind.ofCode("Équipements")).isEqualTo(LineKind.DEVICE);
        assertThat(LineKind.ofCode("IA (requêtes)")).isEqualTo(LineKind.AI);
        assertThat(Names.suggestCategory("ordinatuer portable"))
                .isEqualTo("; by name, did you mean ordinateur portable (laptop)?");
    }

    @Test
    void zones_byCodeAlpha3OrName_inFilesAndTheApi(@TempDir Path dir) throws IOException {
        Catalog catalog = Factors.builtIn();
        var assessor = Impact.using(catalog).reportingYear(2024).zone("DE");
        double fr = assessor.assess(Inventory.of("fr", dev.impact.inventory.DeviceFleet.of("laptop", 10).zone("FR")))
                .total().total(Indicator.CLIMATE_CHANGE);
        double de = assessor.assess(Inventory.of("de", dev.impact.inventory.DeviceFleet.of("laptop", 10)))
                .total().total(Indicator.CLIMATE_CHANGE);
        assertThat(fr).isNotCloseTo(de, within(1.0)); // the zone matters, so the checks below can fail
        for (String zone : List.of("France", "FRA", "fr", "france")) {
            double api = assessor.assess(Inventory.of("z", dev.impact.inventory.DeviceFleet.of("laptop", 10)
                    .zone(zone))).total().total(Indicator.CLIMATE_CHANGE);
            assertThat(api).as("API zone '%s'", zone).isCloseTo(fr, within(1e-9 * fr));
        }
        Path f = dir.resolve("zones.csv");
        Files.writeString(f, "kind,label,category,quantity,zone\ndevice,a,laptop,10,France\n"
                + "device,b,laptop,10,FRA\n", StandardCharsets.UTF_8);
        double file = assessor.assess(InventoryFiles.read(f)).total().total(Indicator.CLIMATE_CHANGE);
        assertThat(file).isCloseTo(2 * fr, within(1e-9 * fr));
        // the default zone too
        double byName = Impact.using(catalog).reportingYear(2024).zone("France")
                .assess(Inventory.of("d", dev.impact.inventory.DeviceFleet.of("laptop", 10)))
                .total().total(Indicator.CLIMATE_CHANGE);
        assertThat(byName).isCloseTo(fr, within(1e-9 * fr));
    }

    @Test
    void frenchSpreadsheetCsv_assessesAsItsEnglishTwin(@TempDir Path dir) throws IOException {
        // a French spreadsheet export: ';', decimal comma, thousands with a space, French columns, kinds, categories
        Path fr = dir.resolve("inventaire.csv");
        Files.writeString(fr, "Nature;Libellé;Catégorie;Quantité;Durée de vie;Année d'achat\r\n"
                + "équipement;Portables des agents;Ordinateurs portables;12;5,5;2021\r\n"
                + "équipement;Écrans;écran 23–25\";1 200;;2020\r\n"
                + "Équipement;Tablettes des écoles;tablette;30;;\r\n"
                + "serveur;Salle serveurs;serveur;2;;\r\n", StandardCharsets.UTF_8);
        Path en = dir.resolve("inventory.csv");
        Files.writeString(en, "kind,label,category,quantity,lifetime_years,purchase_year\n"
                + "device,Portables des agents,laptop,12,5.5,2021\n"
                + "device,Écrans,monitor,1200,,2020\n"
                + "device,Tablettes des écoles,tablet,30,,\n"
                + "server,Salle serveurs,server,2,,\n", StandardCharsets.UTF_8);
        Catalog catalog = Factors.builtIn();
        Inventory french = InventoryFiles.read(fr);
        Inventory english = InventoryFiles.read(en);
        assertThat(french.lines()).extracting(InventoryLine::category)
                .containsExactly("laptop", "monitor", "tablet", "server");
        Assessment a = Impact.using(catalog).reportingYear(2024).zone("FR").assess(french);
        Assessment b = Impact.using(catalog).reportingYear(2024).zone("FR").assess(english);
        for (Indicator i : List.of(Indicator.CLIMATE_CHANGE, Indicator.E_WASTE)) {
            assertThat(a.total().total(i)).isCloseTo(b.total().total(i), within(1e-9 * b.total().total(i)));
        }
        assertThat(a.total().total(Indicator.CLIMATE_CHANGE)).isGreaterThan(0);
    }
}
