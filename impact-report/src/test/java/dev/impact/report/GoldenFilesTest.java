package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Markdown, CSV and JSON of the fixed example against golden files in src/test/resources/dev/impact/report/golden.
 * After an intended change, regenerate with {@code -Dimpact.updateGolden=true} and review the diff.
 */
class GoldenFilesTest {
    private static final String DIR = "dev/impact/report/golden/";

    @ParameterizedTest
    @CsvSource({"MARKDOWN, en, report_en.md", "MARKDOWN, fr, report_fr.md", "CSV, en, report.csv",
            "CSV, fr, report.csv", "JSON, en, report.json", "JSON, fr, report.json"})
    void render_matchesGolden(Format format, String language, String file) throws IOException {
        check(Fixtures.report().render(format, Locale.forLanguageTag(language)), file);
    }

    /** The totals report (no per-line tables) of the fixed example, as a streamed run of 5 records gives it. */
    @ParameterizedTest
    @CsvSource({"MARKDOWN, en, totals_en.md", "MARKDOWN, fr, totals_fr.md", "CSV, en, totals.csv",
            "JSON, fr, totals.json"})
    void totals_matchGolden(Format format, String language, String file) throws IOException {
        check(Fixtures.totals().render(format, Locale.forLanguageTag(language)), file);
    }

    /** The uncertainty, comparison and scenario outputs on DecisionFixtures (self-made catalog, seed 42). */
    @ParameterizedTest
    @CsvSource({"report, MARKDOWN, en, report_uncertainty_en.md", "report, MARKDOWN, fr, report_uncertainty_fr.md",
            "report, JSON, en, report_uncertainty.json",
            "comparison, MARKDOWN, en, comparison_en.md", "comparison, MARKDOWN, fr, comparison_fr.md",
            "comparison, JSON, fr, comparison.json",
            "scenario, MARKDOWN, en, scenario_en.md", "scenario, MARKDOWN, fr, scenario_fr.md",
            "scenario, JSON, fr, scenario.json"})
    void decisions_matchGolden(String kind, Format format, String language, String file) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        String actual;
        switch (kind) {
            case "report":
                actual = DecisionFixtures.report().render(format, locale);
                break;
            case "comparison":
                actual = ComparisonReport.of(DecisionFixtures.comparison()).withTitle("Laptops tender 2025")
                        .render(format, locale);
                break;
            default:
                actual = ScenarioReport.of(DecisionFixtures.scenario()).render(format, locale);
        }
        check(actual, file);
    }

    private static void check(String actual, String file) throws IOException {
        if (Boolean.getBoolean("impact.updateGolden")) {
            Path p = Path.of("src/test/resources", DIR, file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/" + DIR + file)) {
            assertThat(in).as("golden file %s (create it with -Dimpact.updateGolden=true)", file).isNotNull();
            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(actual).isEqualTo(expected);
        }
    }
}
