package dev.impact.cli;

import static dev.impact.cli.CliTest.EXAMPLES;
import static dev.impact.cli.CliTest.run;

import dev.impact.cli.CliTest.Run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What -o, --format, --title and --annex write: the format follows the file's extension, never plain text in .html. */
class ReportOutputTest {
    static final String OFFER = EXAMPLES.resolve("offers/offer-a-new.csv").toString();

    @Test
    void assess_outputExtensionSetsTheFormat(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("r.html");
        Run r = run("assess", OFFER, "--year", "2025", "-o", html.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("lang=\"fr\"");
        Path json = dir.resolve("r.json");
        assertThat(run("assess", OFFER, "--year", "2025", "-o", json.toString()).code()).isZero();
        assertThat(Files.readString(json)).startsWith("{");
        Path md = dir.resolve("r.md");
        assertThat(run("assess", OFFER, "--year", "2025", "-o", md.toString()).code()).isZero();
        assertThat(Files.readString(md)).startsWith("# Empreinte environnementale");
        Path txt = dir.resolve("r.txt");
        assertThat(run("assess", OFFER, "--year", "2025", "-o", txt.toString()).code()).isZero();
        assertThat(Files.readString(txt)).startsWith("Assessment of");
    }

    @Test
    void assess_unknownExtension_orOneThatContradictsFormat_isRefusedWithAHint(@TempDir Path dir) {
        Path pdf = dir.resolve("r.pdf");
        Run r = run("assess", OFFER, "--year", "2025", "-o", pdf.toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("cannot tell the format from the extension '.pdf'")
                .contains("--format text|html|md|csv|csv-fr|json|xlsx").contains("print the html report from a browser");
        assertThat(pdf).doesNotExist();
        Path html = dir.resolve("r.html");
        Run contradiction = run("assess", OFFER, "--year", "2025", "--format", "text", "-o", html.toString());
        assertThat(contradiction.code()).isEqualTo(Main.USAGE);
        assertThat(contradiction.err()).contains("has the extension of the html format but --format is text");
        assertThat(html).doesNotExist();
    }

    @Test
    void assess_spreadsheets_xlsxAndFrenchCsv(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("rapport.xlsx");
        Run r = run("assess", OFFER, "--year", "2025", "-o", xlsx.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("Log4j");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Synthèse");
            assertThat(wb.getSheet("Par ligne").getLastRowNum()).isEqualTo(
                    Files.readAllLines(EXAMPLES.resolve("offers/offer-a-new.csv")).size() - 1);
        }
        Run noFile = run("assess", OFFER, "--year", "2025", "--format", "xlsx");
        assertThat(noFile.code()).isEqualTo(Main.USAGE);
        assertThat(noFile.err()).contains("give -o FILE.xlsx");

        Path csv = dir.resolve("rapport.csv");
        Run fr = run("assess", OFFER, "--year", "2025", "--format", "csv-fr", "-o", csv.toString());
        assertThat(fr.code()).as(fr.err()).isZero();
        assertThat(Files.readString(csv)).startsWith("\uFEFFligne;libellé;catégorie;quantité;");
    }

    @Test
    void compare_outputExtensionSetsTheFormat(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("offres.html");
        Run r = run("compare", OFFER, EXAMPLES.resolve("offers/offer-b-refurbished.json").toString(), "--per",
                "device-year", "--year", "2025", "--draws", "200", "-o", html.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void assess_titleAndAnnexFile(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("rapport.html");
        Run r = run("assess", OFFER, "--year", "2025", "--title", "Numérique 2025 <conseil>", "--annex", "file",
                "-o", html.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String summary = Files.readString(html);
        assertThat(summary).contains("<h1>Numérique 2025 &lt;conseil&gt;</h1>").contains("Chiffres clés")
                .doesNotContain("class=\"annex\"");
        Path annex = dir.resolve("rapport-annexe.html");
        assertThat(annex).exists();
        assertThat(Files.readString(annex)).contains("class=\"annex\"").contains("Par ligne")
                .doesNotContain("Chiffres clés");
        assertThat(r.err()).contains("written: " + annex);

        Path none = dir.resolve("summary.md");
        assertThat(run("assess", OFFER, "--year", "2025", "--annex", "none", "--lang", "en", "-o", none.toString())
                .code()).isZero();
        assertThat(Files.readString(none)).contains("## Key figures").doesNotContain("# Annex");
        assertThat(dir.resolve("summary-annex.md")).doesNotExist();

        Run noFile = run("assess", OFFER, "--year", "2025", "--annex", "file", "--format", "html");
        assertThat(noFile.code()).isEqualTo(Main.USAGE);
        assertThat(noFile.err()).contains("--annex file needs -o FILE");
        Run json = run("assess", OFFER, "--year", "2025", "--annex", "file", "-o", dir.resolve("x.json").toString());
        assertThat(json.code()).isEqualTo(Main.USAGE);
        assertThat(json.err()).contains("--annex file applies to the html and md reports, not json");
    }
}
