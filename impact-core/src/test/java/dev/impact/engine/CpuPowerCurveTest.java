package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * BoaviztAPI 2.4.1's CPU power-curve refit, GPU wafer area and CPU family completion, against BoaviztAPI's own
 * published test figures and hand computations.
 */
class CpuPowerCurveTest {
    private static final double[] LOADS = {0, 10, 50, 100};
    private static final double[] RATIOS = {0.12, 0.32, 0.75, 1.02};

    private static double[] points(double tdp) {
        double[] y = new double[4];
        for (int i = 0; i < 4; i++) {
            y[i] = tdp * RATIOS[i];
        }
        return y;
    }

    @Test
    void refit_reproducesBoaviztapiTestCp_xeonGoldTdp100() {
        // BoaviztAPI tests/api/test_cp.py (2.4.1), test_complete_valid_cpu_overrides_tdp_if_present: name "intel xeon
        // gold 6134" (base curve: cpu_profile.csv row Xeon Gold, a 35.5688 b 0.2438 c 9.6694 d -0.6087) with TDP 100 W
        // gives a = 50.8479, b = 0.0630, c = 20.4511, d = -0.9990 (checked there to 0.1 %).
        CpuPowerCurve fit = CpuPowerCurve.of(35.5688, 0.2438, 9.6694, -0.6087).refit(LOADS, points(100));
        assertThat(fit.a()).isCloseTo(50.8479, within(50.8479 * 1e-3));
        assertThat(fit.c()).isCloseTo(20.4511, within(20.4511 * 1e-3));
        // k = a·ln(b) + d = 50.8479 × ln(0.0630) − 0.9990 = −140.575 − 0.9990 = −141.574 (b rounded
        // to 4 decimals there, hence the looser check)
        assertThat(fit.k()).isCloseTo(-141.574, within(0.1));
        // power at 50 %: 50.8479 × ln(0.0630 × 70.4511) − 0.9990 = 50.8479 × 1.490290 − 0.9990 = 74.780 W
        assertThat(fit.watts(50)).isCloseTo(74.78, within(0.08));
    }

    @Test
    void refit_sameShapeForOtherCpus_fromBoaviztapiTestCp() {
        // test_cp.py: "amd epyc 7251" (TDP 120 W in cpu_specs.csv) → a = 61.0175, c = 20.4511: a / TDP = 0.508479,
        // the same as 50.8479 / 100 (the unconstrained fit scales with the TDP, c does not)
        CpuPowerCurve fit = CpuPowerCurve.of(171.2, 0.0354, 36.89, -10.13).refit(LOADS, points(120));
        assertThat(fit.a()).isCloseTo(61.0175, within(61.0175 * 1e-3));
        assertThat(fit.c()).isCloseTo(20.4511, within(20.4511 * 1e-3));
    }

    @Test
    void refit_boundOnC_xeonSilver() {
        // Xeon Silver base c = 8.4241: c may not exceed 3 × 8.4241 = 25.2723, above the free optimum 20.4511, so the
        // bound does not bind; with a base c of 5, the bound 15 binds and the fit sits on it
        CpuPowerCurve bounded = CpuPowerCurve.of(20.7794, 0.3043, 5, 0.8613).refit(LOADS, points(85));
        assertThat(bounded.c()).isCloseTo(15, within(1e-6));
        CpuPowerCurve free = CpuPowerCurve.of(20.7794, 0.3043, 8.4241, 0.8613).refit(LOADS, points(85));
        assertThat(free.c()).isCloseTo(20.4511, within(0.02));
    }

    @Test
    void refit_versusImpactsLinesBetweenPoints_at25Percent() {
        // refit through the TDP points, TDP 150 W (our own golden-section fit, Python, of a·ln(L + c) + k to
        // (0, 18), (10, 48), (50, 112.5), (100, 153)): a = 0.5084793 × 150, c = 20.45110, k = −1.4153559 × 150;
        // at 25 %: 150 × (0.5084793 × ln(45.45110) − 1.4153559) = 150 × 0.5253251 = 78.799 W.
        // impact's straight line between 10 % and 50 %: 150 × (0.32 + 15/40 × 0.43) = 72.1875 W: 8.39 % lower.
        CpuPowerCurve fit = CpuPowerCurve.of(171.2, 0.0354, 36.89, -10.13).refit(LOADS, points(150));
        assertThat(fit.watts(25)).isCloseTo(78.799, within(0.01));
        assertThat(72.1875 / fit.watts(25) - 1).isCloseTo(-0.0839, within(0.0005));
    }

    @Test
    void logCurve_floorAt1W() {
        // a·ln(b·(L + c)) + d with d = −100: far below 1 W at 0 %, floored
        assertThat(CpuPowerCurve.of(1, 1, 1, -100).watts(0)).isEqualTo(1);
    }

    @Test
    void waferArea_defaultGpuDie() {
        // 814 mm² die: side √814 + 0.2 = 28.7307 mm, area 825.452 mm²; dies per 300 mm wafer
        // 70685.83 / 825.452 − π × 300 / √(2 × 825.452) = 85.6329 − 23.1958 = 62.4370; wafer per die 70685.83 / 62.4370 =
        // 1132.114 mm²; yield exp(−√(825.452 / 100 × 0.1)) = exp(−0.908544) = 0.403111; 1132.114 / 0.403111 = 2808.45 mm²
        assertThat(ServerModel.waferArea(814)).isCloseTo(2808.45, within(0.5));
    }

    @Test
    void familyDie_boaviztapiRules() {
        List<ServerSpecs.Cpu> rows = List.of(new ServerSpecs.Cpu("p", "f", 100, 8, 16, 400),
                new ServerSpecs.Cpu("p", "f", 100, 8, 16, 500), new ServerSpecs.Cpu("p", "f", 100, 16, 32, 700));
        // same core count: mean of the 8-core rows (400 + 500) / 2 = 450
        assertThat(ServerModel.familyDie(rows, OptionalInt.of(8))).isEqualTo(450);
        // no core count: mean of all (400 + 500 + 700) / 3 = 533.33
        assertThat(ServerModel.familyDie(rows, OptionalInt.empty())).isCloseTo(533.333, within(0.001));
        // 12 cores: least squares on (8, 400), (8, 500), (16, 700): mean x 10.667, mean y 533.33,
        // slope = Σ(dx·dy) / Σdx² = ((−2.667)(−133.33) + (−2.667)(−33.33) + (5.333)(166.67)) / (7.111 + 7.111 + 28.444)
        //       = (355.56 + 88.89 + 888.89) / 42.667 = 31.25; at 12: 533.33 + 31.25 × 1.333 = 575.0
        assertThat(ServerModel.familyDie(rows, OptionalInt.of(12))).isCloseTo(575.0, within(0.01));
        // one core count only: rule of three 400 × 12 / 8 = 600 (the first row, as BoaviztAPI)
        List<ServerSpecs.Cpu> one = List.of(new ServerSpecs.Cpu("p", "f", 100, 8, 16, 400));
        assertThat(ServerModel.familyDie(one, OptionalInt.of(12))).isEqualTo(600);
    }

    @Test
    void modelRange_longestWholeWord() {
        assertThat(ServerSpecs.modelRange("Intel Xeon E5-2670", ServerModel.MODEL_RANGES)).contains("xeon-e5");
        assertThat(ServerSpecs.modelRange("intel xeon gold 6134", ServerModel.MODEL_RANGES)).contains("xeon-gold");
        assertThat(ServerSpecs.modelRange("Intel Xeon E-2236", ServerModel.MODEL_RANGES)).contains("xeon-e");
        assertThat(ServerSpecs.modelRange("AMD EPYC 7763", ServerModel.MODEL_RANGES)).isEmpty();
    }
}
