package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spreadsheet formats, read back: the xlsx workbook by Apache POI's reader, the French CSV by hand. */
class SpreadsheetTest {

    static XSSFWorkbook workbook(Report report, Locale locale) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.render(Format.XLSX, locale, bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void xlsx_opensWithItsTabsAndNumbers() throws Exception {
        try (XSSFWorkbook wb = workbook(Fixtures.report(), Locale.FRENCH)) {
            List<String> tabs = new ArrayList<>();
            wb.forEach(s -> tabs.add(s.getSheetName()));
            assertThat(tabs).containsExactly("Synthèse", "Par catégorie", "Par ligne", "Données par défaut",
                    "Facteurs");

            Sheet summary = wb.getSheet("Synthèse");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Ville d'Exemple — parc informatique 2024");
            Row climate = summary.getRow(4);
            assertThat(climate.getCell(0).getStringCellValue()).isEqualTo("Changement climatique");
            // ReportTest works the total out by hand: 10 816.812 kgCO2e
            assertThat(climate.getCell(1).getNumericCellValue()).isCloseTo(10816.812, within(1e-6));
            assertThat(climate.getCell(2).getStringCellValue()).isEqualTo("kg CO₂e");

            Sheet lines = wb.getSheet("Par ligne");
            assertThat(lines.getLastRowNum()).isEqualTo(3); // header + 3 lines
            Row first = lines.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Agents' laptops, 14\"");
            // line 1: 120 laptops / 5 years = 24 yearly units × 250 kgCO2e of manufacture
            assertThat(first.getCell(4).getNumericCellValue()).isCloseTo(6000, within(1e-9));
            // water of the monitors' line: no data, an empty cell (never 0)
            Row monitors = lines.getRow(2);
            int water = 4 + 4 + dev.impact.measure.Indicator.WATER_USE.ordinal();
            assertThat(monitors.getCell(water)).isNull();

            Sheet categories = wb.getSheet("Par catégorie");
            Row total = categories.getRow(categories.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCell(3).getNumericCellValue()).isCloseTo(10816.812, within(1e-6));

            Sheet defaults = wb.getSheet("Données par défaut");
            List<String> rows = new ArrayList<>();
            for (Row r : defaults) {
                if (r.getRowNum() > 0) {
                    rows.add(r.getCell(0).getStringCellValue() + " | " + r.getCell(1).getStringCellValue() + " | "
                            + (int) r.getCell(6).getNumericCellValue() + " | " + r.getCell(7).getStringCellValue());
                }
            }
            // the laptops' default mass (2 kg) is used by lines 1 and 3, the zone by all three
            assertThat(rows).contains("Masse | 2 kg | 2 | 1, 3", "Zone électrique | FR | 3 | 1–3");

            // the catalog's identity, as in every output
            List<String> summaryTexts = new ArrayList<>();
            summary.forEach(r -> summaryTexts.add(r.getCell(0) == null ? "" : r.getCell(0).toString()));
            assertThat(summaryTexts).anyMatch(x -> x.contains("test-1") && x.contains("sha256:0123abcd"));
            assertThat(wb.getSheet("Facteurs").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("device.laptop.test");
        }
    }

    @Test
    void xlsx_userTextStaysText() throws Exception {
        try (XSSFWorkbook wb = workbook(Fixtures.hostile(), Locale.ENGLISH)) {
            Sheet lines = wb.getSheet("By line");
            Cell formula = lines.getRow(2).getCell(1);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"click\")");
        }
    }

    @Test
    void xlsx_isBinary_writtenToAFile_refusedAsText(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("parc.xlsx");
        Fixtures.report().write(Format.XLSX, Locale.FRENCH, f);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
        }
        assertThatThrownBy(() -> Fixtures.report().render(Format.XLSX, Locale.FRENCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XLSX is a binary format");
        assertThatThrownBy(() -> Fixtures.totals().write(Format.XLSX, Locale.FRENCH, dir.resolve("t.xlsx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format must be HTML, MARKDOWN, CSV or JSON for a totals report, was XLSX");
        assertThat(dir.resolve("t.xlsx")).doesNotExist();
    }

    @Test
    void frenchCsv_semicolonsDecimalCommaFrenchNames() {
        String csv = Fixtures.report().render(Format.CSV_FR, Locale.FRENCH);
        assertThat(csv).startsWith("\uFEFF");
        String[] records = csv.substring(1).split("\r\n");
        assertThat(records[0]).isEqualTo("ligne;libellé;catégorie;quantité;indicateur;unité;phase;valeur;"
                + "disponibilité;version du catalogue;empreinte du catalogue");
        assertThat(records).hasSize(1 + 3 * dev.impact.measure.Indicator.values().length * 4);
        // line 1, climate change, manufacture: 24 yearly laptops × 250 = 6000
        // the label holds a double quote: quoted, the quote doubled
        assertThat(records[1]).isEqualTo("1;\"Agents' laptops, 14\"\"\";ordinateur portable;120;Changement climatique;"
                + "kg CO₂e;Fabrication;6000;disponible;test-1;sha256:0123abcd");
        // line 1, ADPe, manufacture: 24 × 0.01 = 0.24, with a decimal comma
        assertThat(records).contains("1;\"Agents' laptops, 14\"\"\";ordinateur portable;120;Épuisement des ressources"
                + " abiotiques (minéraux et métaux);kg Sb éq.;Fabrication;0,24;disponible;test-1;sha256:0123abcd");
        // not available: an empty value, never 0
        assertThat(records).contains("2;Écrans 24 pouces;\"écran 23–25\"\"\";80;Utilisation des ressources en eau (AWARE);m³ éq. monde;Utilisation;;"
                + "non disponible;test-1;sha256:0123abcd");
        assertThat(Format.of("csv-fr")).isEqualTo(Format.CSV_FR);
    }

    @Test
    void frenchCsv_quotesCellsHoldingTheSemicolon() {
        StringBuilder sb = new StringBuilder();
        new Csv(sb, ';', true).text("a;b").text("a,b").number(1.5).endRecord();
        assertThat(sb.toString()).isEqualTo("\"a;b\";a,b;1,5\r\n");
        assertThat(new String(sb.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(sb.toString());
    }
}
