package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.impact.Impact;
import dev.impact.engine.Assessment;
import dev.impact.factors.Catalog;
import dev.impact.factors.Factors;
import dev.impact.io.InventoryFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bundled example's French report as a council member gets it, printed by a real headless Chromium: the summary
 * fits in six A4 pages, every table column fits the A4 width, and the summary holds no English. The PDFs are kept
 * under target/browser/ to look at.
 */
@Tag("browser")
class CouncilPageInBrowserTest {
    static final Path EXAMPLE = Path.of("..", "examples", "local-authority.csv");
    /** A4 (210 mm) minus the print style's 12 mm side margins, in CSS pixels (96 per inch): 186 mm ≈ 703 px. */
    static final int A4_TEXT_WIDTH_PX = (int) Math.floor(186 / 25.4 * 96);
    /** Words of the English texts and engine names that must not reach a French summary. */
    static final List<String> ENGLISH = List.of("default", "defaults", "assumed", "line", "lines", "factor",
            "factors", "built-in", "fork", "compiling", "lifetime", "kWhPerYear", "massKg", "lifetimeYears",
            "averagePower", "dieArea", "Generated", "mean", "spread", "Vintage", "the", "of", "and", "with", "per",
            "year", "years", "share", "Key", "n/a", "Climate", "Manufacture", "Use", "End", "Total of", "Method");

    static Report report;

    @BeforeAll
    static void assessTheExample() throws IOException {
        assumeTrue(Files.isExecutable(HtmlInBrowserTest.CHROMIUM), "Chromium not installed");
        Files.createDirectories(HtmlInBrowserTest.OUT);
        Catalog catalog = Factors.builtIn();
        Assessment a = Impact.using(catalog).reportingYear(2024).zone("FR").assess(InventoryFiles.read(EXAMPLE));
        report = Report.of(a, catalog).withTitle("Empreinte du numérique 2024");
    }

    @Test
    void summary_printsOnAtMostSixA4Pages() throws Exception {
        Path html = HtmlInBrowserTest.write("council-fr.html",
                report.withSections(Sections.SUMMARY).render(Format.HTML, Locale.FRENCH));
        Path pdf = HtmlInBrowserTest.OUT.resolve("council-fr.pdf").toAbsolutePath();
        HtmlInBrowserTest.chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString());
        int pages = pages(pdf);
        assertThat(pages).as("A4 pages of the summary").isBetween(2, 6);

        // control: the whole report (summary + 1 991-line annex) prints on many more pages, so the count is real
        Path all = HtmlInBrowserTest.write("council-all-fr.html", report.render(Format.HTML, Locale.FRENCH));
        Path allPdf = HtmlInBrowserTest.OUT.resolve("council-all-fr.pdf").toAbsolutePath();
        HtmlInBrowserTest.chromium("--no-pdf-header-footer", "--print-to-pdf=" + allPdf, all.toUri().toString());
        assertThat(pages(allPdf)).isGreaterThan(pages + 30);
    }

    @Test
    void everyTableColumn_fitsTheA4Width() throws Exception {
        // the whole report with its print styles applied on screen, laid out at the A4 text width; a script added to
        // this test copy only (the report has none) lists every table cell whose right edge passes the page's
        String html = report.render(Format.HTML, Locale.FRENCH).replace("@media print", "@media all")
                .replace("</body>", MEASURE + "</body>");
        Path f = HtmlInBrowserTest.write("council-fit-fr.html", html);
        HtmlInBrowserTest.Run run = HtmlInBrowserTest.chromium("--window-size=" + A4_TEXT_WIDTH_PX + ",2000",
                "--hide-scrollbars", "--dump-dom", f.toUri().toString());
        Document dom = Jsoup.parse(run.stdout());
        assertThat(dom.select("#fit-cells").text()).as("cells measured").matches("[1-9][0-9]{4,}");
        assertThat(dom.select("#fit-overflow li").eachText()).as("cells past the A4 width").isEmpty();
    }

    @Test
    void everyTableColumn_fitTest_seesAnOverflow() throws Exception {
        // control: the same measure flags a table made wider than the page
        String html = report.withSections(Sections.SUMMARY).render(Format.HTML, Locale.FRENCH)
                .replace("@media print", "@media all")
                .replace("</style>", "table.fit { min-width: 900px; }</style>")
                .replace("</body>", MEASURE + "</body>");
        Path f = HtmlInBrowserTest.write("council-fit-control.html", html);
        HtmlInBrowserTest.Run run = HtmlInBrowserTest.chromium("--window-size=" + A4_TEXT_WIDTH_PX + ",2000",
                "--hide-scrollbars", "--dump-dom", f.toUri().toString());
        assertThat(Jsoup.parse(run.stdout()).select("#fit-overflow li")).isNotEmpty();
    }

    @Test
    void frenchSummary_hasNoEnglish() throws Exception {
        Path f = HtmlInBrowserTest.write("council-words-fr.html",
                report.withSections(Sections.SUMMARY).render(Format.HTML, Locale.FRENCH));
        HtmlInBrowserTest.Run run = HtmlInBrowserTest.chromium("--dump-dom", f.toUri().toString());
        assertThat(run.consoleMessages()).isEmpty();
        String text = Jsoup.parse(run.stdout()).body().text();
        assertThat(text).contains("Chiffres clés", "t CO₂e", "Durée de vie : 5 ans");
        assertThat(englishWords(text)).isEmpty();
        // control: the English summary is caught by the same list
        String english = Jsoup.parse(report.withSections(Sections.SUMMARY).render(Format.HTML, Locale.ENGLISH))
                .body().text();
        assertThat(englishWords(english)).contains("lines", "lifetime");
    }

    static List<String> englishWords(String text) {
        List<String> found = new ArrayList<>();
        for (String w : ENGLISH) {
            if (Pattern.compile("(?<![\\p{L}\\-/.])" + Pattern.quote(w) + "(?![\\p{L}\\-])",
                    Pattern.CASE_INSENSITIVE).matcher(text).find()) {
                found.add(w);
            }
        }
        return found;
    }

    /** The number of pages of a PDF as Chromium writes it: one "/Type /Page" object per page. */
    static int pages(Path pdf) throws IOException {
        String s = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static final String MEASURE = "<script>(function(){var w=document.documentElement.clientWidth;"
            + "var cells=document.querySelectorAll('table th, table td');var out=[];"
            + "for(var i=0;i<cells.length;i++){var r=cells[i].getBoundingClientRect();"
            + "if(r.right>w+0.5){out.push(cells[i].closest('section').className+': '+cells[i].textContent.trim()"
            + ".slice(0,40)+' right='+Math.round(r.right));}}"
            + "var p=document.createElement('p');p.id='fit-cells';p.textContent=cells.length;document.body.append(p);"
            + "var ul=document.createElement('ul');ul.id='fit-overflow';out.slice(0,20).forEach(function(t){"
            + "var li=document.createElement('li');li.textContent=t;ul.append(li);});document.body.append(ul);})();"
            + "</script>";
}
