package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.impact.compare.Award;
import dev.impact.compare.BidNotice;
import dev.impact.compare.Comparison;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factors.Catalog;
import dev.impact.factors.Factors;
import dev.impact.io.Bid;
import dev.impact.io.BidFiles;
import dev.impact.uncertainty.MonteCarlo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The tender annex on the example consultation (examples/consultation): three bids of 200 laptops, award on cost of
 * ownership (60 points, proportional), climate change (30, linear) and e-waste (10, proportional), electricity at
 * 0.20 EUR/kWh in France in 2026.
 */
class AnnexTest {
    static final Path EXAMPLES = Path.of("../examples/consultation");
    static final Catalog CATALOG = Factors.builtIn();

    static ComparisonReport annex() {
        List<Bid> bids = List.of(BidFiles.read(EXAMPLES.resolve("bid-a.json")),
                BidFiles.read(EXAMPLES.resolve("bid-b.json")), BidFiles.read(EXAMPLES.resolve("bid-c.json")));
        Comparison c = Comparison.of(Engine.of(CATALOG), AssessmentOptions.defaults().reportingYear(2026),
                MonteCarlo.builder().draws(4000).seed(42).build(), bids.stream().map(Bid::offer).toList());
        Award award = c.award(BidFiles.readTender(EXAMPLES.resolve("tender.json")));
        List<BidNotice> notes = new ArrayList<>();
        bids.forEach(b -> notes.addAll(b.notices()));
        return ComparisonReport.of(c).withAward(award, CATALOG).withNotes(notes);
    }

    @Test
    void json_scoresTcoAndRobustness_validAgainstTheSchema() throws IOException {
        String json = annex().render(Format.JSON, Locale.ROOT);
        try (InputStream in = Report.class.getResourceAsStream(ComparisonReport.SCHEMA_RESOURCE)) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON)
                    .validate(json, InputFormat.JSON)).isEmpty();
        }
        JsonNode award = new ObjectMapper().readTree(json).get("award");
        // TCO per device-year, by hand. A: 1090 / 5 = 218 purchase; the Latitude 5430 sheet's 23.36 kWh × 0.20 =
        // 4.672; no end-of-life cost → 222.672
        JsonNode a = award.at("/offers/0/tcoPerFunctionalUnit");
        assertThat(a.get("purchase").asDouble()).isCloseTo(218, within(1e-9));
        assertThat(a.get("electricity").asDouble()).isCloseTo(4.672, within(1e-9));
        assertThat(a.get("total").asDouble()).isCloseTo(222.672, within(1e-9));
        // B: 820 / 5 = 164; 15 / 5 = 3 end of life; the ProBook sheet's 13.93 kWh × 0.20 = 2.786 → 169.786
        assertThat(award.at("/offers/1/tcoPerFunctionalUnit/total").asDouble()).isCloseTo(169.786, within(1e-9));
        // C: 980 / 6 = 163.333; 10 / 6 = 1.667; 12 W × 8 h × 365 / 1000 = 35.04 kWh × 0.20 = 7.008 → 172.008
        assertThat(award.at("/offers/2/tcoPerFunctionalUnit/total").asDouble()).isCloseTo(980 / 6.0 + 10 / 6.0
                + 7.008, within(1e-9));
        // cost points, proportional to the best (B, 169.786): A 60 × 169.786 / 222.672 = 45.749
        assertThat(award.at("/offers/0/points/cost").asDouble()).isCloseTo(60 * 169.786 / 222.672, within(1e-9));
        assertThat(award.at("/offers/1/points/cost").asDouble()).isCloseTo(60, within(1e-12));
        // climate, linear between best and worst: C (declared 95 kgCO2e over 6 years) is the best, A the worst
        assertThat(award.at("/offers/2/points/gwp").asDouble()).isCloseTo(30, within(1e-12));
        assertThat(award.at("/offers/0/points/gwp").asDouble()).isCloseTo(0, within(1e-12));
        assertThat(award.get("ranking").get(0).asText()).isEqualTo("C - Lenovo ThinkPad T14 Gen 4");
        double p = award.get("probabilityRankingHolds").asDouble();
        assertThat(p).isBetween(0.5, 1.0);
        assertThat(award.get("probabilityWinnerHolds").asDouble()).isGreaterThanOrEqualTo(p);
        assertThat(award.at("/offers/0/lines/0/declaredFootprint/source").asText()).startsWith("Dell, Latitude 5430");
        assertThat(award.at("/offers/1/lines/0/factorIds").toString())
                .contains("product.laptop.hp-probook-445-14-inch-g9-notebook-pc.boavizta-pcf-models-61323eb");
        assertThat(award.get("sources").toString()).contains("boavizta-pcf-models-61323eb").contains("ODbL");
        assertThat(award.get("sentence").asText()).startsWith("Under the award rules (Cost of ownership: 60 points,"
                + " proportional to the best, ").contains("the bid “C - Lenovo ThinkPad T14 Gen 4” ranks first")
                .contains("Caution: the footprint of “C - Lenovo ThinkPad T14 Gen 4” rests on a supplier’s declared"
                        + " figure outside the usual range");
    }

    @Test
    void html_frenchAndEnglish_withFlagsAndSentence() {
        Document fr = Jsoup.parse(annex().render(Format.HTML, Locale.FRENCH));
        assertThat(fr.select("h1").text()).isEqualTo("Ordinateurs portables des agents 2026 (lot 1)");
        assertThat(fr.select("#sentence").text()).startsWith("Selon les critères d’attribution (Coût complet :"
                + " 60 points, proportionnelle à la meilleure");
        assertThat(fr.select("td.flag").eachText()).anySatisfy(t -> assertThat(t).startsWith("SOUS le 5e centile de"
                + " 420 fiches « ordinateur portable »"));
        assertThat(fr.select("section.perunit th").eachText()).contains("Coût complet (EUR)");
        // the bid reader's notes in the reader's language (bid B: 40 % refurbished, warranty 3 years for a life of 5)
        assertThat(fr.select("li").eachText()).contains(
                "../examples/consultation/bid-b.json : items[0] (« 14-inch laptop ») : 40\u202f% reconditionnés,"
                        + " évalués en deux lignes (neuf et reconditionné) au prix unitaire de l’article.",
                "../examples/consultation/bid-b.json : items[0] (« 14-inch laptop ») : garantie de 3 ans, plus"
                        + " courte que la durée de vie de 5 ans.");
        Document en = Jsoup.parse(annex().render(Format.HTML, Locale.ENGLISH));
        assertThat(en.select("td.flag").eachText()).anySatisfy(t -> assertThat(t).startsWith("BELOW the 5th"
                + " percentile of 420 laptop sheets"));
        assertThat(en.select("section.robustness p").first().text()).startsWith("The whole ranking holds in");
        assertThat(en.select("li").eachText()).contains("../examples/consultation/bid-b.json: items[0] (‘14-inch"
                + " laptop’): warranty of 3 years, shorter than the lifetime of 5 years.");
        assertThat(en.select("section.sources li").eachText()).anySatisfy(t -> assertThat(t)
                .contains("Boavizta environmental-footprint-data"));
    }

    @Test
    void award_ofAnotherComparison_isRefused() {
        ComparisonReport r = annex();
        assertThatThrownBy(() -> ComparisonReport.of(DecisionFixtures.comparison())
                .withAward(r.award().orElseThrow(), CATALOG))
                .hasMessage("award must score this report's comparison, but scores another one");
    }
}
