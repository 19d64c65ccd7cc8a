package dev.impact.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.Uncertainty;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Indicator;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloTest {
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;
    private static final AssessmentOptions Y2024 = AssessmentOptions.defaults().reportingYear(2024);
    private static final double Z95 = 1.6448536269514722; // standard normal 95 % quantile

    private static Engine engine(Uncertainty device, Uncertainty lifetime, Uncertainty grid, Uncertainty power) {
        return Engine.of(Catalogs.laptop(device, lifetime, grid, power));
    }

    @Test
    void productOfLognormals_matchesClosedForm() {
        // 10 laptops, no use: total = 10 × 185.09 × F / L, F ~ lognormal(gsd 1.5) (factor), L ~ lognormal(gsd 1.3)
        // (default lifetime, central 5). 1/L is lognormal with the same sigma, so the total is lognormal with
        // median 10 × 185.09 / 5 = 370.18 and sigma² = ln²1.5 + ln²1.3.
        Engine e = engine(Uncertainty.lognormal(1.5), Uncertainty.lognormal(1.3), Uncertainty.exact(),
                Uncertainty.exact());
        Inventory inv = Inventory.of("t", DeviceFleet.of("laptop", 10).energyKWhPerYear(0).massKg(1.65));
        UncertainAssessment u = MonteCarlo.builder().draws(200_000).seed(7).build().run(e, inv, Y2024);
        Summary s = u.total(GWP).orElseThrow();
        double median = 370.18;
        double sigma = Math.sqrt(Math.pow(Math.log(1.5), 2) + Math.pow(Math.log(1.3), 2)); // 0.4764
        // sampling error of a log-quantile: sqrt(p(1-p)/n) / φ(z) × σ ≈ 0.0023 at p5/p95, 0.0013 at the median;
        // 1 % is over 4 standard errors
        assertThat(s.median()).isCloseTo(median, within(0.01 * median));
        assertThat(s.percentile(95)).isCloseTo(median * Math.exp(sigma * Z95), within(0.01 * 560.7));
        assertThat(s.percentile(5)).isCloseTo(median * Math.exp(-sigma * Z95), within(0.01 * 244.4));
        // mean = median × exp(σ²/2) = 370.18 × 1.1202 = 414.7; sd = mean × sqrt(exp(σ²) − 1)
        double mean = median * Math.exp(sigma * sigma / 2);
        assertThat(s.mean()).isCloseTo(mean, within(4 * s.standardError()));
        assertThat(s.standardDeviation()).isCloseTo(mean * Math.sqrt(Math.exp(sigma * sigma) - 1),
                within(0.03 * mean * Math.sqrt(Math.exp(sigma * sigma) - 1)));
        assertThat(u.variables()).containsExactly("factor:device.laptop.ademe", "parameter:device.laptop.lifetime");
        // the central assessment is the deterministic one
        assertThat(u.assessment().total(GWP)).isCloseTo(median, within(1e-9));
    }

    @Test
    void sharedFactor_isDrawnOncePerIteration() {
        // two fleets share the laptop factor: their totals move together, so the sd of the sum is the sum of the
        // sds (perfect correlation), not the root of the sum of squares (independence)
        Engine e = engine(Uncertainty.lognormal(1.5), Uncertainty.exact(), Uncertainty.exact(), Uncertainty.exact());
        Inventory inv = Inventory.of("t", DeviceFleet.of("laptop", 10).lifetimeYears(4).energyKWhPerYear(0),
                DeviceFleet.of("laptop", 30).lifetimeYears(6).energyKWhPerYear(0));
        UncertainAssessment u = MonteCarlo.builder().draws(20_000).build().run(e, inv, Y2024);
        double sd0 = u.line(0, GWP).orElseThrow().standardDeviation();
        double sd1 = u.line(1, GWP).orElseThrow().standardDeviation();
        double sd = u.total(GWP).orElseThrow().standardDeviation();
        assertThat(sd).isCloseTo(sd0 + sd1, within(1e-9 * sd));
        assertThat(sd).isGreaterThan(1.3 * Math.sqrt(sd0 * sd0 + sd1 * sd1));
        assertThat(u.variables()).containsExactly("factor:device.laptop.ademe");
        // the group of both lines is the total, the category too: the same draws, the same sd
        assertThat(u.lines(java.util.List.of(0, 1), GWP).orElseThrow().standardDeviation()).isCloseTo(sd,
                within(1e-9 * sd));
        double median = u.total(GWP).orElseThrow().median();
        assertThat(u.category("laptop", GWP).orElseThrow().median()).isCloseTo(median, within(1e-9 * median));
        assertThat(u.category("tablet", GWP)).isEmpty();
    }

    @Test
    void sameSeed_sameBits_whateverTheThreads() {
        Engine e = engine(Uncertainty.lognormal(1.5), Uncertainty.triangular(0.6, 1.5), Uncertainty.normal(0.2),
                Uncertainty.uniform(0.7, 1.3));
        Inventory inv = Inventory.of("t", DeviceFleet.of("laptop", 10), DeviceFleet.of("laptop", 3).zone("DE"),
                DeviceFleet.of("laptop", 7).refurbished().lifetimeYears(3));
        MonteCarlo one = MonteCarlo.builder().draws(50_000).seed(42).threads(1)
                .input(InputUncertainty.of("laptop", Input.LIFETIME, Uncertainty.uniform(0.8, 1.2))).build();
        MonteCarlo four = one.toBuilder().threads(4).build();
        UncertainAssessment a = one.run(e, inv, Y2024);
        UncertainAssessment b = four.run(e, inv, Y2024);
        assertThat(b.samples(GWP).orElseThrow()).isEqualTo(a.samples(GWP).orElseThrow());
        assertThat(Double.doubleToRawLongBits(b.total(GWP).orElseThrow().percentile(95)))
                .isEqualTo(Double.doubleToRawLongBits(a.total(GWP).orElseThrow().percentile(95)));
        assertThat(one.toBuilder().seed(43).build().run(e, inv, Y2024).samples(GWP).orElseThrow())
                .isNotEqualTo(a.samples(GWP).orElseThrow());
    }

    @Test
    void inputSpread_lifetimeUniform() {
        // exact factors, lifetime 4–6 around 5: U ~ uniform(0.8, 1.2), yearly embodied ∝ 1/U,
        // E[1/U] = ln(1.2 / 0.8) / 0.4 = 1.0136628; total = 10 × 185.09 / 5 × E[1/U] = 375.24
        Engine e = engine(Uncertainty.exact(), Uncertainty.exact(), Uncertainty.exact(), Uncertainty.exact());
        Inventory inv = Inventory.of("t", DeviceFleet.of("laptop", 10).lifetimeYears(5).energyKWhPerYear(0));
        UncertainAssessment u = MonteCarlo.builder().draws(100_000)
                .input(InputUncertainty.of("laptop", Input.LIFETIME, Uncertainty.uniform(0.8, 1.2))).build()
                .run(e, inv, Y2024);
        Summary s = u.total(GWP).orElseThrow();
        assertThat(s.mean()).isCloseTo(370.18 * Math.log(1.5) / 0.4, within(4 * s.standardError()));
        // the 95th percentile of 1/U is 1 / (0.8 + 0.05 × 0.4) = 1 / 0.82
        assertThat(s.percentile(95)).isCloseTo(370.18 / 0.82, within(0.005 * 451.4));
        assertThat(u.variables()).containsExactly("input:laptop:lifetimeYears");
    }

    @Test
    void inputRules_replaceTheDefaultsSpread() {
        // the line takes the default lifetime (catalog spread lognormal 1.3) and the default power × hours (power
        // lognormal 1.2): the user's rules replace both, energy as one multiplier of the product
        Engine e = engine(Uncertainty.exact(), Uncertainty.lognormal(1.3), Uncertainty.exact(),
                Uncertainty.lognormal(1.2));
        UncertainAssessment u = MonteCarlo.builder().draws(1000)
                .input(InputUncertainty.of("laptop", Input.LIFETIME, Uncertainty.uniform(0.9, 1.1)))
                .input(InputUncertainty.of("*", Input.ENERGY, Uncertainty.uniform(0.5, 1.5))).build()
                .run(e, Inventory.of("t", DeviceFleet.of("laptop", 10)), Y2024);
        assertThat(u.variables()).containsExactly("input:laptop:lifetimeYears", "input:*:kWhPerYear");
        // embodied 10 × 185.09 / 5 / U(0.9, 1.1) stays within [336.5, 411.3]; use 10 × 1.50600825 × U(0.5, 1.5)
        // within [7.53, 22.59]
        Summary s = u.total(GWP).orElseThrow();
        assertThat(s.percentile(5)).isGreaterThan(336.5 + 7.53);
        assertThat(s.percentile(95)).isLessThan(411.3 + 22.59);
    }

    @Test
    void wholeEqualsSumOfParts_everyLineKind() {
        // the per-line statistics come from each line's own terms under the same draws: the line means add up to
        // the total's mean, for every indicator, with servers, network, storage, cloud and AI lines included
        Engine e = Engine.of(dev.impact.factor.TestCatalogs.ademeLike());
        Inventory inv = dev.impact.engine.TraceTest.everything();
        UncertainAssessment u = MonteCarlo.builder().draws(2000).build().run(e, inv, Y2024);
        assertThat(u.constantLines()).isEmpty();
        for (Indicator i : Indicator.values()) {
            if (u.total(i).isEmpty()) {
                continue;
            }
            double sum = 0;
            for (int l = 0; l < inv.size(); l++) {
                sum += u.line(l, i).map(Summary::mean).orElse(0.0);
            }
            double total = u.total(i).orElseThrow().mean();
            assertThat(sum).as("%s", i).isCloseTo(total, within(1e-9 * Math.abs(total)));
        }
    }

    @Test
    void truncatedNormal_neverNegative() {
        Engine e = engine(Uncertainty.normal(0.8), Uncertainty.exact(), Uncertainty.exact(), Uncertainty.exact());
        Inventory inv = Inventory.of("t", DeviceFleet.of("laptop", 1).lifetimeYears(5).energyKWhPerYear(0));
        double[] s = MonteCarlo.builder().draws(20_000).build().run(e, inv, Y2024).samples(GWP).orElseThrow();
        assertThat(java.util.Arrays.stream(s).min().orElseThrow()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void sensitivity_ranksTheDrivers() {
        // embodied 10 × 185.09 / 5 = 370.18 with gsd 1.5 dominates use 10 × 29.0175 kWh × 0.0519 = 15.06 (gsd 1.1)
        Engine e = engine(Uncertainty.lognormal(1.5), Uncertainty.triangular(0.8, 1.4), Uncertainty.lognormal(1.1),
                Uncertainty.exact());
        Inventory inv = Inventory.of("t", DeviceFleet.of("laptop", 10));
        UncertainAssessment u = MonteCarlo.builder().draws(20_000).build().run(e, inv, Y2024);
        List<Driver> d = u.sensitivity(GWP);
        assertThat(d).extracting(Driver::variable).startsWith("factor:device.laptop.ademe",
                "parameter:device.laptop.lifetime");
        assertThat(d.stream().mapToDouble(Driver::varianceShare).sum()).isCloseTo(1, within(1e-9));
        Driver life = d.get(1);
        // a longer lifetime lowers the yearly total: negative rank correlation, and the low-end lifetime gives the
        // high total. Low end of triangular(0.8, 1.4): 0.8 + sqrt(0.025 × 0.6 × 0.2) = 0.85477
        assertThat(life.rankCorrelation()).isNegative();
        assertThat(life.low()).isCloseTo(370.18 / 0.8547723 + 15.0600825, within(1e-3));
        assertThat(life.low()).isGreaterThan(life.high());
        assertThat(u.toString()).contains("climate change").contains("Main drivers")
                .contains("factor:device.laptop.ademe");
    }

    @Test
    void badInput_namesTheFieldAndValue() {
        assertThatThrownBy(() -> MonteCarlo.builder().draws(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("draws must be >= 2, was 0");
        assertThatThrownBy(() -> MonteCarlo.builder().percentiles(5, 100))
                .hasMessage("percentiles must be in (0, 100) (%), was 100.0");
        assertThatThrownBy(() -> MonteCarlo.builder().percentiles(0))
                .hasMessage("percentiles must be in (0, 100) (%), was 0.0");
        assertThatThrownBy(() -> MonteCarlo.builder().threads(0)).hasMessage("threads must be >= 1, was 0");
        assertThatThrownBy(() -> Uncertainty.uniform(1.2, 0.8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("low=1.2, high=0.8");
        assertThatThrownBy(() -> Uncertainty.lognormal(0.5)).hasMessage(
                "lognormal gsd must be a number > 1 and <= 10 (10 already spreads the 95 % interval over nearly four orders of magnitude), was 0.5");
        assertThatThrownBy(() -> Uncertainty.normal(-0.1)).hasMessage("normal cv must be a number > 0 and <= 1 (beyond, most draws would be cut at 0: use lognormal), was -0.1");
        assertThatThrownBy(() -> InputUncertainty.of(" ", Input.LIFETIME, Uncertainty.exact()))
                .hasMessage("target must be a line label, a category or *, was ' '");
        Engine e = engine(Uncertainty.lognormal(1.5), Uncertainty.exact(), Uncertainty.exact(), Uncertainty.exact());
        UncertainAssessment u = MonteCarlo.builder().draws(10).build().run(e,
                Inventory.of("t", DeviceFleet.of("laptop", 1)), Y2024);
        assertThatThrownBy(() -> u.total(GWP).orElseThrow().percentile(42))
                .hasMessage("percentile 42.0 was not requested; requested: [5.0, 50.0, 95.0]");
        assertThatThrownBy(() -> u.line(3, GWP)).hasMessage("line index must be in [0, 1), was 3");
        // a lifetime (a denominator in yearly accounting) whose spread reaches 0 would give infinite draws
        assertThatThrownBy(() -> MonteCarlo.defaults().toBuilder()
                .input(InputUncertainty.of("laptop", Input.LIFETIME, Uncertainty.uniform(0, 1.5))).build()
                .run(e, Inventory.of("t", DeviceFleet.of("laptop", 1)), Y2024))
                .hasMessage("line 1 ('laptop'): input:laptop:lifetimeYears divides the footprint but its spread"
                        + " uniform(low=0.0,high=1.5) reaches 0 (infinite draws); give it a lognormal spread, or a"
                        + " triangular or uniform one with low > 0");
    }
}
