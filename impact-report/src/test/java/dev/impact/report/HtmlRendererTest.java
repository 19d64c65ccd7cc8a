package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    @Test
    void render_selfContainedWithTwoCharts() {
        Document d = Jsoup.parse(Fixtures.report().render(Format.HTML, Locale.ENGLISH));
        assertThat(d.select("html").attr("lang")).isEqualTo("en");
        // climate change by category and phase, phase shares per indicator (the category-share chart repeated the
        // first one's ranking)
        assertThat(d.select("svg.chart")).hasSize(2);
        assertThat(d.select("svg.chart rect").size()).isGreaterThan(10);
        assertThat(d.select("script, link, img, iframe, object")).isEmpty();
        assertThat(d.select("[src], [href]")).isEmpty();
        assertThat(d.select("style").html()).contains("@media print");
    }

    @Test
    void render_hostileTextIsText() {
        String html = Fixtures.hostile().render(Format.HTML, Locale.ENGLISH);
        Document d = Jsoup.parse(html);
        assertThat(d.select("script")).isEmpty();
        assertThat(d.select("img")).isEmpty();
        assertThat(d.select("[onerror]")).isEmpty();
        assertThat(d.select("h1").text()).isEqualTo("<img src=x onerror=alert(1)> parc");
        assertThat(d.select("td").eachText()).contains("<script>alert('x')</script>");
        // chart labels are escaped too (shortened, with the full text as a tooltip)
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>");
    }

    @Test
    void render_frenchLabelsAndNumbers() {
        Document d = Jsoup.parse(Fixtures.report().render(Format.HTML, Locale.FRENCH));
        assertThat(d.select("html").attr("lang")).isEqualTo("fr");
        Element main = d.selectFirst(".card.main .value");
        // 10 816.812 kgCO2e → 10.816 812 t → three significant figures, decimal comma: "10,8 t CO₂e"
        assertThat(main.text()).isEqualTo("10,8t CO₂e");
        assertThat(d.text()).contains("Fabrication").contains("non disponible").doesNotContain("n/a");
        assertThat(d.select("svg.chart text").eachText()).contains("Fabrication", "Utilisation", "Fin de vie");
    }

    @Test
    void render_equivalencesMarkedAsIllustrations() {
        Document d = Jsoup.parse(Fixtures.report().render(Format.HTML, Locale.ENGLISH));
        assertThat(d.select(".equivalences-section .badge").text()).isEqualTo("illustration");
        // 10 816.812 / 9 200 = 1.18 years of a French resident's footprint → two significant figures "1.2"
        assertThat(d.select(".equivalences li").first().text())
                .startsWith("≈ 1.2 years of a French resident's carbon footprint").contains("SDES");
        // 10 816.812 / 5 700.8 = 1.90 trips around the Earth; 10 816.812 / 7.26 = 1 490 beef meals
        assertThat(d.select(".equivalences li").eachText()).hasSize(3);
        assertThat(d.select(".equivalences li").get(1).text()).startsWith("≈ 1.9 trips around the Earth");
        assertThat(d.select(".equivalences li").get(2).text()).startsWith("≈ 1,500 meals with beef");
    }

    @Test
    void keyFigures_noManufactureShareWhereManufactureIsMostlyMissing() {
        // manufacture climate change by line: laptops 6000 (line 1) + 750 (line 3), monitors 3000 (line 2) = 9750;
        // water has manufacture data for the laptops only: 6750 / 9750 = 69 % < 80 %, so no share; ionising
        // radiation has none (0 %); abiotic depletion covers all but has no use-phase data (the fixture grid gives
        // none), so no share either; primary energy has both and keeps its share
        double[] c = View.manufactureCoverage(Fixtures.report());
        assertThat(c[dev.impact.measure.Indicator.WATER_USE.ordinal()]).isCloseTo(6750.0 / 9750, within(1e-12));
        assertThat(c[dev.impact.measure.Indicator.IONISING_RADIATION.ordinal()]).isZero();
        Document d = Jsoup.parse(Fixtures.report().render(Format.HTML, Locale.ENGLISH));
        List<String> subs = d.select(".card .sub").eachText();
        assertThat(subs).contains("manufacture data for 69% of the fleet only: no share given",
                "manufacture data for 0% of the fleet only: no share given");
        assertThat(d.select(".card").get(1).text()).contains("no use-phase data: no share given");
        // primary energy: embodied 3000×24 + 60×24 + 10×24 + 4000×10 + 100×10 + 15×10 + 3000×3 + 60×3 + 10×3 =
        // 124 040 MJ (ReportTest's figures) of 282 231 MJ = 44 %
        assertThat(d.select(".card").get(2).text()).contains("44% from manufacture, distribution and end of life");
    }
}
