package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.UncertainAssessment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Report.withUncertainty, ComparisonReport and ScenarioReport: contents, escaping and argument checks. */
class DecisionReportsTest {
    private static final String ATTACK = "<script>alert('x')</script> | # *x* [l](http://e)";

    @Test
    void withUncertainty_keyFiguresShowTheRange() {
        String md = DecisionFixtures.report().render(Format.MARKDOWN, Locale.FRENCH);
        // central 10 816.812 kgCO2e → 10 800 at three significant figures; p5–p95 with a no-break space before ":"
        assertThat(md).containsPattern("\\\\| Changement climatique \\\\| 10\u202F800 kg CO₂e \\\\(p5–p95\u00A0: "
                + "[0-9\u202F]+ – [0-9\u202F]+\\\\) \\\\|");
        assertThat(md).contains("## Ce qui pèse sur l’incertitude").contains("graine 42")
                .contains("Non propagé");
        String en = DecisionFixtures.report().render(Format.MARKDOWN, Locale.ENGLISH);
        assertThat(en).containsPattern("\\\\| Climate change \\\\| 10,800 kg CO₂e \\\\(p5–p95: [0-9,]+ – [0-9,]+\\\\)")
                .contains("2,000 draws, seed 42, percentiles p5, p50, p95");
    }

    @Test
    void withUncertainty_ofAnotherAssessment() {
        Inventory other = Inventory.of("other", DeviceFleet.of("laptop", 3));
        UncertainAssessment u = MonteCarlo.builder().draws(100).build().run(Engine.of(Fixtures.catalog()), other,
                AssessmentOptions.defaults().reportingYear(2024));
        assertThatThrownBy(() -> Fixtures.report().withUncertainty(u)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("uncertain must be the uncertainty of this report's assessment ('Ville")
                .hasMessageContaining("was of 'other', 1 lines");
    }

    @Test
    void withUncertainty_ofAnEqualAssessmentMadeSeparately() {
        Report r = Fixtures.report().withUncertainty(DecisionFixtures.uncertain());
        assertThat(r.uncertainty()).isPresent();
        assertThat(Fixtures.report().uncertainty()).isEmpty();
        // withEquivalences keeps the uncertainty
        assertThat(r.withEquivalences(java.util.List.of()).uncertainty()).isPresent();
    }

    @Test
    void comparison_csvIsRejected() {
        ComparisonReport c = ComparisonReport.of(DecisionFixtures.comparison());
        assertThatThrownBy(() -> c.render(Format.CSV, Locale.ROOT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format must be HTML, MARKDOWN or JSON for a comparison report, was CSV");
        assertThatThrownBy(() -> c.withTitle(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("title must not be blank, was ' '");
        ScenarioReport s = ScenarioReport.of(DecisionFixtures.scenario());
        assertThatThrownBy(() -> s.render(Format.CSV, Locale.ROOT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format must be HTML, MARKDOWN or JSON for a scenario report, was CSV");
    }

    @Test
    void comparison_hostileOfferNames_markdownStaysInItsCells() {
        String md = ComparisonReport.of(DecisionFixtures.comparison(ATTACK, "B | <b>", "C"))
                .withTitle("# <img src=x onerror=alert(1)>").render(Format.MARKDOWN, Locale.ENGLISH);
        assertThat(md).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<img")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; \\| \\# \\*x\\* \\[l\\](http://e)");
        // every table row has as many unescaped pipes as its header
        String[] rows = md.split("\n");
        for (int k = 0; k < rows.length; k++) {
            if (rows[k].startsWith("|---")) {
                long header = pipes(rows[k - 1]);
                for (int j = k + 1; j < rows.length && rows[j].startsWith("|"); j++) {
                    assertThat(pipes(rows[j])).as("row %s", rows[j]).isEqualTo(header);
                }
            }
        }
    }

    @Test
    void comparison_hostileOfferNames_htmlIsText() {
        Document d = Jsoup.parse(ComparisonReport.of(DecisionFixtures.comparison(ATTACK, "<b>B</b>", "C"))
                .withTitle("<img src=x onerror=alert(1)>").render(Format.HTML, Locale.ENGLISH));
        assertThat(d.select("script, b, img, [onerror], link, [src], [href]")).isEmpty();
        assertThat(d.select("h1").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(d.select("td").eachText()).contains(ATTACK, "<b>B</b>");
        // chart labels: shortened, full text in a tooltip, escaped
        assertThat(d.select("svg.chart title").eachText()).anyMatch(s -> s.startsWith("<script>"));
    }

    @Test
    void scenario_hostileName_isTextEverywhere() {
        ScenarioReport s = ScenarioReport.of(DecisionFixtures.scenario(ATTACK));
        Document d = Jsoup.parse(s.render(Format.HTML, Locale.ENGLISH));
        assertThat(d.select("script")).isEmpty();
        assertThat(d.select("h1").text()).isEqualTo(ATTACK);
        String md = s.render(Format.MARKDOWN, Locale.ENGLISH);
        assertThat(md).doesNotContain("<script>").startsWith("# Scenario — &lt;script&gt;");
    }

    @Test
    void scenario_leversInWordsAndSavingFirst() {
        String md = ScenarioReport.of(DecisionFixtures.scenario()).render(Format.MARKDOWN, Locale.ENGLISH);
        assertThat(md).contains("- laptop: kept 2 year(s) longer")
                .contains("- Electricity of zone FR: carbon intensity × 0.8")
                .contains("This scenario lowers the climate-change impact by 20%");
    }

    @Test
    void write_allFormats(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ComparisonReport.of(DecisionFixtures.comparison()).write(Format.HTML, Locale.FRENCH, dir.resolve("c.html"));
        ScenarioReport.of(DecisionFixtures.scenario()).write(Format.JSON, Locale.ROOT, dir.resolve("s.json"));
        assertThat(Files.readString(dir.resolve("c.html"))).contains("<svg");
        assertThat(Files.readString(dir.resolve("s.json"))).contains("\"kind\": \"scenario\"");
    }

    private static long pipes(String row) {
        return row.replace("\\|", "").chars().filter(c -> c == '|').count();
    }
}
