package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The summary's "by site or service" section and the workbook's group tab, from the lines' groups. */
class GroupSectionTest {

    /** The fixture inventory with the laptops at the town hall, the monitors at the schools, the CAD line ungrouped. */
    static Report grouped() {
        Inventory inv = Inventory.of("Ville d'Exemple",
                DeviceFleet.of("laptop", 120).lifetimeYears(5).label("Agents' laptops").group("Hôtel de ville"),
                DeviceFleet.of("monitor", 80).label("Écrans").group("Écoles"),
                DeviceFleet.of("laptop", 12).lifetimeYears(4).power(35, 10).label("Postes CAO"));
        return Report.of(Engine.of(Fixtures.catalog()).assess(inv, AssessmentOptions.defaults().reportingYear(2024)),
                Fixtures.catalog());
    }

    @Test
    void summary_listsGroupsLargestFirst() {
        Document d = Jsoup.parse(grouped().render(Format.HTML, Locale.FRENCH));
        // ReportTest's lines: laptops 6 532.416 kg (60 % of 10 816.812), monitors 3 433.6 kg (32 %), CAD 850.796 (8 %)
        // (percentages with a narrow no-break space, as French typography wants)
        assertThat(d.select("section.groups tbody tr").eachText().stream().map(x -> x.replace('\u202F', ' ')))
                .containsExactly(
                "Hôtel de ville 1 6,53 60 % ordinateur portable (100 %)",
                "Écoles 1 3,43 32 % écran 23–25\" (100 %)",
                "(sans site ni service) 1 0,851 8 % ordinateur portable (100 %)");
        assertThat(d.select("section.groups thead").text()).contains("t CO₂e");
        // no groups, no section
        assertThat(Jsoup.parse(Fixtures.report().render(Format.HTML, Locale.FRENCH)).select("section.groups"))
                .isEmpty();
    }

    @Test
    void workbook_hasAGroupTab() throws Exception {
        try (XSSFWorkbook wb = SpreadsheetTest.workbook(grouped(), Locale.FRENCH)) {
            Sheet g = wb.getSheet("Par groupe");
            assertThat(g).isNotNull();
            assertThat(g.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Hôtel de ville");
            assertThat(g.getRow(1).getCell(2).getNumericCellValue()).isCloseTo(6532.416, within(1e-6));
            assertThat(g.getRow(3).getCell(0).getStringCellValue()).isEqualTo("(sans site ni service)");
        }
        try (XSSFWorkbook wb = SpreadsheetTest.workbook(Fixtures.report(), Locale.FRENCH)) {
            assertThat(wb.getSheet("Par groupe")).isNull();
        }
    }
}
