package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.impact.Impact;
import dev.impact.compare.Award;
import dev.impact.compare.Comparison;
import dev.impact.compare.Costs;
import dev.impact.compare.Criterion;
import dev.impact.compare.FunctionalUnit;
import dev.impact.compare.Offer;
import dev.impact.compare.Scoring;
import dev.impact.compare.Tender;
import dev.impact.factors.Catalog;
import dev.impact.factors.Factors;
import dev.impact.inventory.DeclaredFootprint;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.io.BidFiles;
import dev.impact.measure.Indicator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The procurement example of the top README ("Procurement: bids compared model by model"), kept running. */
class ProcurementExampleTest {
    @TempDir
    Path dir;

    @Test
    void readmeExample() throws Exception {
        Catalog factors = Factors.builtIn();
        Path examples = Path.of("..");
        // --- README (paths relative to the repository root) ---
        Offer a = Offer.of("A - Dell Latitude 5430", Inventory.of("A",
                DeviceFleet.of("laptop", 200).model("Dell Latitude 5430").lifetimeYears(5)
                    .declared(DeclaredFootprint.of(253, "Dell, Latitude 5430 PCF datasheet, March 2022"))),
                FunctionalUnit.perDeviceYear()).withCosts(Costs.of(new double[] {1090}, new double[] {0}));
        Offer b = BidFiles.read(examples.resolve("examples/consultation/bid-b.json")).offer();
        Comparison c = Impact.using(factors).reportingYear(2026).compare(a, b);
        Award award = c.award(Tender.named("Laptops 2026")
                .criterion(Criterion.cost(60, Scoring.PROPORTIONAL_TO_BEST))
                .criterion(Criterion.footprint(Indicator.CLIMATE_CHANGE, 40, Scoring.LINEAR_BEST_WORST))
                .electricityPrice("FR", 2026, 0.20));
        award.ranking();
        award.tco("A - Dell Latitude 5430");
        award.probabilityRankingHolds();
        award.flip();
        ComparisonReport.of(c).withAward(award, factors).write(Format.HTML, Locale.FRENCH, dir.resolve("annexe.html"));
        // --- end ---
        // A: 1090 / 5 + 23.36 kWh (the sheet's) × 0.20 = 222.672 EUR per device-year; B (bid-b.json): 820 / 5 + 15 / 5
        // + 13.93 × 0.20 = 169.786: B is cheaper and, 40 % refurbished with a lower sheet, lower in climate change
        assertThat(award.tco("A - Dell Latitude 5430").orElseThrow().total()).isCloseTo(222.672, within(1e-9));
        assertThat(award.ranking()).containsExactly("B - HP ProBook 445 G9, 40 % refurbished",
                "A - Dell Latitude 5430");
        assertThat(award.score(award.ranking().get(0))).isCloseTo(100, within(1e-9));
        assertThat(Files.readString(dir.resolve("annexe.html"))).contains("Annexe au rapport d’analyse des offres");
    }
}
