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
        assertThat(dom.select("svg.chart")).hasSize(3);
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
}
