package dev.impact.cli;

import static dev.impact.cli.CliTest.EXAMPLES;
import static dev.impact.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.impact.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact compare} on the example consultation's bid files with its award rules (--tender). */
class CompareTenderTest {
    private static final String BID_A = EXAMPLES.resolve("consultation/bid-a.json").toString();
    private static final String BID_B = EXAMPLES.resolve("consultation/bid-b.json").toString();
    private static final String BID_C = EXAMPLES.resolve("consultation/bid-c.json").toString();
    private static final String TENDER = EXAMPLES.resolve("consultation/tender.json").toString();

    @TempDir
    Path dir;

    @Test
    void annex_html_writtenWithScoresTcoAndProbability() throws Exception {
        Path out = dir.resolve("annexe.html");
        Run r = run("compare", BID_A, BID_B, BID_C, "--tender", TENDER, "--year", "2026", "--draws", "2000",
                "--lang", "fr", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("note: ").contains("warranty 3 years, shorter than the lifetime of 5 years");
        String html = Files.readString(out);
        assertThat(html).contains("Annexe au rapport d’analyse des offres").contains("Notes d’attribution")
                .contains("Coût complet").contains("Le classement complet se maintient dans")
                .contains("SOUS le 5e centile");
    }

    @Test
    void json_awardByHand_andText() {
        JsonNode j = CompareCommandTest.json(run("compare", BID_A, BID_B, BID_C, "--tender", TENDER, "--year",
                "2026", "--draws", "2000", "--format", "json"));
        JsonNode award = j.get("award");
        // B: 820 / 5 + 15 / 5 + 13.93 kWh (HP ProBook 445 G9 sheet) × 0.20 EUR = 169.786 EUR per device-year
        assertThat(award.at("/offers/1/tcoPerFunctionalUnit/total").asDouble()).isCloseTo(169.786, within(1e-9));
        assertThat(award.at("/offers/1/points/cost").asDouble()).isCloseTo(60, within(1e-12));
        assertThat(award.get("probabilityRankingHolds").asDouble()).isBetween(0.0, 1.0);
        assertThat(award.get("sentence").asText()).contains("ranks first");
        Run text = run("compare", BID_A, BID_B, "--tender", TENDER, "--year", "2026", "--draws", "1000");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Award of Ordinateurs portables des agents 2026 (lot 1): 2 offers")
                .contains("P(ranking holds)").contains("TCO A - Dell Latitude 5430: 222.7 EUR per device-year");
    }

    @Test
    void inventoryOffer_withoutPer_isAUsageError_andBadTender_listsProblems() throws Exception {
        Run r = run("compare", BID_A, EXAMPLES.resolve("offers/offer-a-new.csv").toString(), "--year", "2026");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--per is required (device-year, user-year or seat) unless every offer is a bid"
                + " file");
        Path bad = dir.resolve("tender.json");
        Files.writeString(bad, "{\"name\": \"t\", \"criteria\": [{\"on\": \"cost\", \"weight\": 60, \"scoring\":"
                + " \"best\"}]}");
        Run b = run("compare", BID_A, BID_B, "--tender", bad.toString(), "--year", "2026");
        assertThat(b.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(b.err()).contains(bad + ":1: column 'criteria[0]': scoring must be one of [proportional, linear,"
                + " relative-gap], was 'best'");
    }
}
