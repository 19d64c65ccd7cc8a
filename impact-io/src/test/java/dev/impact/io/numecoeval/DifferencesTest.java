package dev.impact.io.numecoeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.impact.Impact;
import dev.impact.engine.Assessment;
import dev.impact.factors.Catalog;
import dev.impact.factors.Factors;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example lot under both conventions: where they differ, and the reason given for each line. */
class DifferencesTest {
    static Differences diff;
    static Map<String, Differences.Line> byName;
    static Lot.AsInventory inventory;

    @BeforeAll
    static void compare() {
        Lot lot = Lot.read(NumEcoEvalExampleTest.EXAMPLE);
        NumEcoEval ne = NumEcoEval.convention(Referentiel.read(lot.referentielDirectory().orElseThrow()))
                .calculationDate(LocalDate.of(2024, 12, 31));
        Catalog factors = Factors.builtIn();
        inventory = lot.toInventory(factors);
        Assessment a = Impact.using(factors).reportingYear(2024).assess(inventory.inventory());
        diff = Differences.of(ne, lot, ne.assess(lot), a);
        byName = diff.lines().stream().collect(Collectors.toMap(Differences.Line::equipment, Function.identity()));
    }

    @Test
    void everyPhysicalEquipment_becomesALine() {
        assertThat(inventory.problems()).isEmpty();
        assertThat(inventory.inventory().lines()).hasSize(5);
        assertThat(inventory.notices()).anySatisfy(n -> assertThat(n).contains("4 virtual equipment and 3"
                + " applications")).anySatisfy(n -> assertThat(n).contains("2 e-mail rows not assessed"));
    }

    @Test
    void withdrawnInTheReportingYear_countsInNumEcoEvalOnly() {
        Differences.Line srv = byName.get("srv-calcul-01");
        // NumEcoEval: (2226.09317222576 + 46.3607713639849 + 6.97183551903243) × 365 / 1596 = 521.2971952...
        assertThat(srv.numEcoEvalEmbodied()).isCloseTo((2226.09317222576 + 46.3607713639849 + 6.97183551903243)
                * 365 / 1596, within(1e-9 * 521));
        // impact: withdrawn 2024, reporting year 2024 → out of service, nothing counted
        assertThat(srv.impactEmbodied()).isZero();
        assertThat(srv.impactUse()).isZero();
        assertThat(srv.reasons()).anySatisfy(r -> assertThat(r).contains("out of service in the reporting year 2024"))
                .anySatisfy(r -> assertThat(r).contains("lifetime 4.3726 y in NumEcoEval (1596 days ÷ 365) vs 4.0000 y"
                        + " in impact (whole years 2024 − 2020)"));
    }

    @Test
    void laptops_differByTheUsageRateAndTheFactorVintage() {
        Differences.Line pc = byName.get("pc-portables-dsi");
        // NumEcoEval: 40 × (170.3 + 12.3 + 2.8) × 0.8 / 5 = 1186.56 (ADEME–Arcep 2022 via Impact CO2, rate COPE 0.8)
        assertThat(pc.numEcoEvalEmbodied()).isCloseTo(1186.56, within(1e-9 * 1186.56));
        // impact: 40 × (170 + 12.3 + 2.79) / 5 = 1480.72 (its dataset's ADEME acv-numerique 2.1.0 laptop row, no rate)
        assertThat(pc.impactEmbodied()).isCloseTo(1480.72, within(1e-9 * 1480.72));
        assertThat(pc.reasons()).anySatisfy(r -> assertThat(r).startsWith("usage rate 0.8 (COPE)"))
                .anySatisfy(r -> assertThat(r).contains("device.laptop.ademe-acv-numerique-2.1.0-devices"))
                .noneSatisfy(r -> assertThat(r).startsWith("lifetime"));
    }

    @Test
    void secondLife_isLifetimeProportionalOnBothSides() {
        // smartphones: 2.5 y own use + 1 y after: both conventions spread over 3.5 y, no lifetime reason
        assertThat(byName.get("smartphones-byod").reasons()).noneSatisfy(r -> assertThat(r).startsWith("lifetime"));
        // screens: NumEcoEval 1217/365 + 2 = 5.3342 y from the dates; impact has no withdrawal year, so its default
        assertThat(byName.get("ecrans-ecoles").reasons()).anySatisfy(r -> assertThat(r).contains(
                "lifetime 5.3342 y in NumEcoEval (1217 days ÷ 365 + 2 y before) vs 8.0000 y in impact (default 6 y"));
    }

    @Test
    void scope_andTotals() {
        assertThat(diff.totals()).singleElement().satisfies(t -> assertThat(t.criterion()).isEqualTo("Climate change"));
        assertThat(diff.general()).anySatisfy(g -> assertThat(g).startsWith("measured by impact only:")
                .contains("e-waste")).anySatisfy(g -> assertThat(g).startsWith("e-mail"));
        assertThat(diff.toString()).contains("srv-calcul-01").contains("scope");
    }
}
