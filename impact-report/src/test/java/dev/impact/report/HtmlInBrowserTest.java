package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Opens the HTML report in a real headless Chromium ({@code /usr/bin/chromium}): the DOM after parsing (--dump-dom)
 * must hold the charts and show injected markup as text, the browser log (--enable-logging=stderr) must have no
 * console message at all (the page has no script, so any message means a script ran or something failed to load),
 * and a screenshot and a PDF print are kept under target/browser/ as build artifacts.
 *
 * <p>Tagged {@code browser}: excluded by default, run with {@code -Pbrowser}; skipped when Chromium is absent.
 */
@Tag("browser")
class HtmlInBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path OUT = Path.of("target", "browser");

    @BeforeAll
    static void needsChromium() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM);
        Files.createDirectories(OUT);
    }

    /** The result of one Chromium run. */
    record Run(String stdout, String log) {
        List<String> consoleMessages() {
            List<String> out = new ArrayList<>();
            for (String line : log.split("\n")) {
                if (line.contains("CONSOLE") || line.contains("Uncaught")) {
                    out.add(line);
                }
            }
            return out;
        }
    }

    static Run chromium(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("impact-chromium-");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--enable-logging=stderr", "--v=0"));
        cmd.addAll(List.of(args));
        Path stdout = Files.createTempFile("chromium-out-", ".txt");
        Path stderr = Files.createTempFile("chromium-err-", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished within 120 s: %s", cmd).isTrue();
        } finally {
            p.destroyForcibly();
        }
        return new Run(Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr,
                StandardCharsets.UTF_8));
    }

    static Path write(String name, String html) throws IOException {
        Path f = OUT.resolve(name).toAbsolutePath();
        Files.writeString(f, html, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void consoleScan_detectsAScriptError() throws Exception {
        // control: the log scan really sees console errors, so an empty scan below means something
        Path f = write("control.html", "<!DOCTYPE html><html><body><script>throw new Error('boom')</script></body></html>");
        Run run = chromium("--dump-dom", f.toUri().toString());
        assertThat(run.consoleMessages()).anyMatch(l -> l.contains("Uncaught Error: boom"));
    }

    @Test
    void report_rendersChartsWithoutConsoleMessages() throws Exception {
        Path f = write("report-fr.html", Fixtures.report().render(Format.HTML, Locale.FRENCH));
        Run run = chromium("--dump-dom", f.toUri().toString());
        assertThat(run.consoleMessages()).isEmpty();
        Document dom = Jsoup.parse(run.stdout());
        assertThat(dom.select("svg.chart")).hasSize(2);
        assertThat(dom.select("svg.chart rect").size()).isGreaterThan(10);
        assertThat(dom.select("h1").text()).isEqualTo("Ville d'Exemple — parc informatique 2024");

        Path png = OUT.resolve("report-fr.png").toAbsolutePath();
        chromium("--hide-scrollbars", "--window-size=1200,3400", "--screenshot=" + png, f.toUri().toString());
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(20_000);

        Path pdf = OUT.resolve("report-fr.pdf").toAbsolutePath();
        chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, f.toUri().toString());
        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
    }

    @Test
    void totals_rendersChartsAndReadingWithoutConsoleMessages() throws Exception {
        Path f = write("totals-fr.html", Fixtures.totals().render(Format.HTML, Locale.FRENCH));
        Run run = chromium("--dump-dom", f.toUri().toString());
        assertThat(run.consoleMessages()).isEmpty();
        Document dom = Jsoup.parse(run.stdout());
        assertThat(dom.select("svg.chart")).hasSize(2);
        assertThat(dom.select("section.lines")).isEmpty();
        assertThat(dom.select("section.reading li")).hasSize(4); // 3 problems and 1 notice
        assertThat(dom.select("h1").text()).isEqualTo("Ville d'Exemple — parc informatique 2024");

        Path png = OUT.resolve("totals-fr.png").toAbsolutePath();
        chromium("--hide-scrollbars", "--window-size=1200,3000", "--screenshot=" + png, f.toUri().toString());
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(20_000);

        Path pdf = OUT.resolve("totals-fr.pdf").toAbsolutePath();
        chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, f.toUri().toString());
        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
    }

    @Test
    void tenderAnnex_rendersAndPrints() throws Exception {
        Path f = write("annex-fr.html", AnnexTest.annex().render(Format.HTML, Locale.FRENCH));
        Run run = chromium("--dump-dom", f.toUri().toString());
        assertThat(run.consoleMessages()).isEmpty();
        Document dom = Jsoup.parse(run.stdout());
        assertThat(dom.select("#sentence").text()).startsWith("Selon les critères d’attribution");
        assertThat(dom.select("section.scores tbody tr")).hasSize(3);
        assertThat(dom.select("section.bids td.flag")).isNotEmpty();
        Path pdf = OUT.resolve("annex-fr.pdf").toAbsolutePath();
        chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, f.toUri().toString());
        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
    }

    @Test
    void scriptInLabel_showsAsText() throws Exception {
        String attack = "<script>document.body.setAttribute('data-pwned','1')</script>";
        Inventory inv = Inventory.of("<script>document.title='pwned'</script>",
                DeviceFleet.of("laptop", 3).label(attack), DeviceFleet.of("monitor", 2).label("<b>bold</b>"));
        Assessment a = Engine.of(Fixtures.catalog()).assess(inv, AssessmentOptions.defaults().reportingYear(2024));
        Path f = write("report-hostile.html", Report.of(a, Fixtures.catalog()).render(Format.HTML, Locale.ENGLISH));
        Run run = chromium("--dump-dom", f.toUri().toString());
        assertThat(run.consoleMessages()).isEmpty();
        Document dom = Jsoup.parse(run.stdout());
        assertThat(dom.select("script")).isEmpty();
        assertThat(dom.select("b")).isEmpty();
        assertThat(dom.body().hasAttr("data-pwned")).isFalse();
        assertThat(dom.title()).endsWith("<script>document.title='pwned'</script>");
        assertThat(dom.select("td").eachText()).contains(attack, "<b>bold</b>");
        Path png = OUT.resolve("report-hostile.png").toAbsolutePath();
        chromium("--hide-scrollbars", "--window-size=1200,1600", "--screenshot=" + png, f.toUri().toString());
        assertThat(png).exists();
    }

    @Test
    void uncertainReport_rendersRangesAndTornado() throws Exception {
        Path f = write("report-uncertainty-fr.html", DecisionFixtures.report().render(Format.HTML, Locale.FRENCH));
        Run run = chromium("--dump-dom", f.toUri().toString());
        assertThat(run.consoleMessages()).isEmpty();
        Document dom = Jsoup.parse(run.stdout());
        assertThat(dom.select("svg.chart")).hasSize(3);
        assertThat(dom.select(".card.main .range").text()).startsWith("moyenne des simulations").contains("p5–p95");
        assertThat(dom.select("section.drivers svg.chart rect").size()).isGreaterThanOrEqualTo(2);
        screenshot(f, "report-uncertainty-fr.png", 3800);
    }

    @Test
    void comparison_rendersWhiskersWithoutConsoleMessages() throws Exception {
        Path f = write("comparison-fr.html", ComparisonReport.of(DecisionFixtures.comparison())
                .withTitle("Appel d'offres <ordinateurs> 2025").render(Format.HTML, Locale.FRENCH));
        Run run = chromium("--dump-dom", f.toUri().toString());
        assertThat(run.consoleMessages()).isEmpty();
        Document dom = Jsoup.parse(run.stdout());
        assertThat(dom.select("h1").text()).isEqualTo("Appel d'offres <ordinateurs> 2025");
        // one chart per indicator compared, one bar and one whisker (3 lines) per offer
        assertThat(dom.select("svg.chart")).hasSize(DecisionFixtures.comparison().indicators().size());
        assertThat(dom.select("#ind-gwp svg.chart rect")).hasSize(3);
        assertThat(dom.select("#ind-gwp svg.chart g.whisker line")).hasSize(9);
        assertThat(dom.select("#ind-gwp table.matrix td")).hasSize(9);
        screenshot(f, "comparison-fr.png", 2400);
    }

    @Test
    void scenario_rendersDeltaChartWithoutConsoleMessages() throws Exception {
        Path f = write("scenario-fr.html", ScenarioReport.of(DecisionFixtures.scenario())
                .render(Format.HTML, Locale.FRENCH));
        Run run = chromium("--dump-dom", f.toUri().toString());
        assertThat(run.consoleMessages()).isEmpty();
        Document dom = Jsoup.parse(run.stdout());
        assertThat(dom.select("svg.chart")).hasSize(1);
        assertThat(dom.select("svg.chart rect[fill=#009E73]").size()).isGreaterThanOrEqualTo(6); // savings + legend
        assertThat(dom.select("ul.levers li")).hasSize(2);
        screenshot(f, "scenario-fr.png", 1500);
    }

    @Test
    void trajectory_french_showsSitesTrajectoryAndLevers() throws Exception {
        Path f = write("trajectory-fr.html", TrajectoryReportTest.report().render(Format.HTML, Locale.FRENCH));
        Run run = chromium("--dump-dom", f.toUri().toString());
        assertThat(run.consoleMessages()).isEmpty();
        Document dom = Jsoup.parse(run.stdout());
        assertThat(dom.select("#trajectory tbody tr")).hasSize(2);
        assertThat(dom.select("#groups tbody tr td:first-child")).extracting(e -> e.text())
                .contains("Hôtel de ville", "École Jean Jaurès");
        assertThat(dom.select("#levers tbody tr")).hasSize(2);
        assertThat(dom.select("#levers tbody tr").get(0).text()).contains("ordinateur portable");
        assertThat(dom.select("#waste tbody").first().select("tr")).hasSize(5);
        screenshot(f, "trajectory-fr.png", 2200);
    }

    @Test
    void hostileOfferAndScenarioNames_showAsText() throws Exception {
        String attack = "<script>document.body.setAttribute('data-pwned','1')</script>";
        Path f = write("comparison-hostile.html", ComparisonReport.of(DecisionFixtures.comparison(attack, "<b>B</b>",
                "C & D")).render(Format.HTML, Locale.ENGLISH));
        Run run = chromium("--dump-dom", f.toUri().toString());
        assertThat(run.consoleMessages()).isEmpty();
        Document dom = Jsoup.parse(run.stdout());
        assertThat(dom.select("script, b")).isEmpty();
        assertThat(dom.body().hasAttr("data-pwned")).isFalse();
        assertThat(dom.select("td").eachText()).contains(attack, "<b>B</b>", "C & D");

        Path g = write("scenario-hostile.html", ScenarioReport.of(DecisionFixtures.scenario(attack))
                .render(Format.HTML, Locale.ENGLISH));
        Run run2 = chromium("--dump-dom", g.toUri().toString());
        assertThat(run2.consoleMessages()).isEmpty();
        Document dom2 = Jsoup.parse(run2.stdout());
        assertThat(dom2.select("script")).isEmpty();
        assertThat(dom2.select("h1").text()).isEqualTo(attack);
    }

    private static void screenshot(Path page, String name, int height) throws Exception {
        Path png = OUT.resolve(name).toAbsolutePath();
        chromium("--hide-scrollbars", "--window-size=1200," + height, "--screenshot=" + png, page.toUri().toString());
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(20_000);
    }
}
