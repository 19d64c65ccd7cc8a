package dev.impact.factors;

import static dev.impact.Impact.inventory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.impact.Impact;
import dev.impact.engine.Assessment;
import dev.impact.inventory.AiInference;
import dev.impact.inventory.AiTask;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import dev.impact.uncertainty.Driver;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.Summary;
import dev.impact.uncertainty.UncertainAssessment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AI lines on the bundled dataset 2026.3, each figure worked by hand from its source's published numbers (Mistral's
 * LCA, Google's per-prompt disclosure, the EcoLogits 2025 method, Luccioni et al.) and the Ember 2024 grids the
 * catalog holds (US 0.38355, WORLD 0.47294 kgCO2e/kWh).
 */
class AiModelsTest {
    private static final Catalog C = Factors.builtIn();
    private static final Indicator GWP = Indicator.CLIMATE_CHANGE;
    private static final Indicator ADPE = Indicator.ABIOTIC_DEPLETION;
    /** GPU server manufacture per GPU-hour: (5700 / 8 + 164) kgCO2e / (3 years × 8760 h) = 876.5 / 26280. */
    private static final double KG_PER_GPU_HOUR = 876.5 / 26280;

    private static Footprint assess(AiInference line) {
        Assessment a = Impact.using(C).reportingYear(2024).zone("FR").assess(inventory("t", line));
        return a.total();
    }

    @Test
    void mistral_publishedLifeCycleFigure_perAnswer() {
        // 192 000 answers × 1.14 gCO2e = 218.88 kg; × 0.16 mg Sb eq = 0.03072 kg Sb eq (lumped: no grid, no hardware)
        Footprint f = assess(AiInference.ofRequests(192_000).model("mistral-large-2"));
        assertThat(f.total(GWP)).isCloseTo(218.88, within(1e-9));
        assertThat(f.total(ADPE)).isCloseTo(0.03072, within(1e-12));
        // per token: 1 000 000 output tokens / 400 per answer × 1.14 g = 2.85 kg
        assertThat(assess(AiInference.ofTokens(1_000_000).model("mistral-large-2")).total(GWP))
                .isCloseTo(2.85, within(1e-9));
    }

    @Test
    void gemini_energyPerPrompt_onTheServicesGrid() {
        // 1000 prompts × 0.24 Wh (overhead included, no PUE) = 0.24 kWh × US 0.38355 = 0.092052 kg, not the user's
        // French grid; hardware: 240 Wh / (700 + 1000 / 8) W = 0.290909 GPU-hours × 876.5 / 26280 = 0.0097025 kg
        Footprint f = assess(AiInference.ofRequests(1000).model("gemini"));
        assertThat(f.value(Phase.USE, GWP)).isCloseTo(0.092052, within(1e-9));
        assertThat(f.value(Phase.MANUFACTURE, GWP)).isCloseTo(240.0 / 825 * KG_PER_GPU_HOUR, within(1e-12));
        assertThat(240.0 / 825 * KG_PER_GPU_HOUR).isCloseTo(0.0097025, within(1e-7));
    }

    @Test
    void tokens_byModelSize_ecologits2025() {
        // 70 B dense, 1 000 000 output tokens, zone US. GPUs: ceil(1.2 × 70 × 4 / 8 / 80) = ceil(0.525) = 1.
        // GPU Wh/token = 6.47e-6 × exp(-2.6e-3 × 64) × 70 + 1.04e-5 = 6.47e-6 × 0.8467075 × 70 + 1.04e-5 = 3.938738e-4
        // latency s/token = 6.78e-4 × 70 + 3.12e-4 × 64 + 1.94e-2 = 0.04746 + 0.019968 + 0.0194 = 0.086828
        // server Wh/token = 0.086828 × 1000 W / 8 / 64 / 3600 = 4.710720e-5; IT = 4.409810e-4 Wh; × PUE 1.2 =
        // 5.291772e-4 Wh; × 1e6 = 529.1772 Wh = 0.5291772 kWh × 0.38355 = 0.2029659 kg
        // hardware: 0.086828 / 64 / 3600 = 3.768576e-7 GPU-hours per token × 1e6 × 876.5 / 26280 = 0.0125691 kg
        Footprint f = assess(AiInference.ofTokens(1_000_000).parameters(70, 70).zone("US"));
        assertThat(f.value(Phase.USE, GWP)).isCloseTo(0.2029659, within(2e-7));
        assertThat(f.value(Phase.MANUFACTURE, GWP)).isCloseTo(0.0125691, within(1e-7));
        // 2 000 000 input tokens cost 0.37 of an output token each (Epoch AI): + 2e6 × 0.37 = 740 000 output
        // tokens' worth, use 0.2029659 × 1.74 = 0.3531607 kg
        Footprint g = assess(AiInference.ofTokens(1_000_000).inputTokens(2_000_000).parameters(70, 70).zone("US"));
        assertThat(g.value(Phase.USE, GWP)).isCloseTo(0.3531607, within(4e-7));
    }

    @Test
    void images_luccioniMedian() {
        // 1000 images × 1.35 Wh × PUE 1.2 = 1.62 kWh × WORLD 0.47294 = 0.76616 kg;
        // hardware 1350 Wh / 825 W = 1.636364 h × 876.5 / 26280 = 0.054577 kg
        Footprint f = assess(AiInference.ofImages(1000));
        assertThat(f.value(Phase.USE, GWP)).isCloseTo(0.7661628, within(1e-7));
        assertThat(f.value(Phase.MANUFACTURE, GWP)).isCloseTo(0.054577, within(1e-6));
    }

    @Test
    void survey_agentsSummaries_defaultModel() {
        // 100 agents × 4 summaries a day × 200 days = 80 000 requests of the default model (123 B dense, 1 GPU):
        // GPU Wh/token = 6.47e-6 × 0.8467075 × 123 + 1.04e-5 = 6.842183e-4; latency = 6.78e-4 × 123 + 0.019968
        // + 0.0194 = 0.122762 s; server = 0.122762 × 1000 / 8 / 64 / 3600 = 6.660265e-5 Wh; IT = 7.508209e-4 Wh.
        // tokens per summary: 300 out + 5000 in × 0.37 = 2150 → 1.614265 Wh × 1.2 = 1.937118 Wh × 80 000
        // = 154.9694 kWh × WORLD 0.47294 = 73.29125 kg
        AiInference survey = AiInference.survey(100, 4, 200, AiTask.SUMMARY);
        assertThat(survey.quantity()).isEqualTo(80_000);
        assertThat(assess(survey).value(Phase.USE, GWP)).isCloseTo(73.29125, within(1e-4));
    }

    @Test
    void range_andDriver_ofTheAiCategory() {
        // Mistral's figure carries lognormal(gsd=2): 192 000 answers = 218.88 kg median, p5 = 218.88 / 2^1.6449 =
        // 218.88 / 3.1268 = 70.00 kg, p95 = 218.88 × 3.1268 = 684.4 kg (beside laptops, whose spread must not leak
        // into the AI category's range); its only driver is that factor
        UncertainAssessment u = Impact.using(C).reportingYear(2024).zone("FR")
                .uncertainty(MonteCarlo.builder().draws(20_000).seed(7).build())
                .assessWithUncertainty(inventory("t", Impact.laptops(200),
                        AiInference.ofRequests(192_000).model("mistral-large-2")));
        Summary ai = u.category("ai", GWP).orElseThrow();
        assertThat(ai.percentile(5)).isCloseTo(70.00, withinPercentage(4));
        assertThat(ai.percentile(95)).isCloseTo(684.4, withinPercentage(4));
        List<Driver> drivers = u.sensitivity("ai", GWP);
        assertThat(drivers.get(0).variable()).isEqualTo("factor:ai.model.mistral-large-2.mistral-lca-2025");
        assertThat(drivers.get(0).varianceShare()).isGreaterThan(0.95);
        // the whole inventory's drivers are the laptops' (the AI line is a small share of 200 laptops' footprint)
        assertThat(u.sensitivity(GWP).get(0).variable()).doesNotStartWith("factor:ai.");
    }

    @Test
    void deviceTime_onTheUsersGrid() {
        // 1000 Mistral answers + 1000 × 30 s of a laptop (26.5 W, ADEME) = 1000 × 30 / 3600 × 26.5 / 1000
        // = 0.2208333 kWh × the user's French grid (ADEME Base Empreinte 2024: 0.0519 kg/kWh) = 0.011461 kg
        Footprint with = assess(AiInference.ofRequests(1000).model("mistral-large-2").device("laptop", 30));
        Footprint without = assess(AiInference.ofRequests(1000).model("mistral-large-2"));
        assertThat(with.total(GWP) - without.total(GWP)).isCloseTo(0.2208333 * 0.0519, within(1e-8));
    }

    @Test
    void unknownModel_suggests() {
        assertThatThrownBy(() -> assess(AiInference.ofRequests(10).model("mistral-large")))
                .hasMessageContaining("unknown AI model 'mistral-large'").hasMessageContaining("mistral-large-2");
        assertThatThrownBy(() -> assess(AiInference.ofTokens(10).model("gemini")))
                .hasMessageContaining("per-request figure only");
        assertThatThrownBy(() -> assess(AiInference.ofAudioMinutes(10)))
                .hasMessageContaining("no energy per minute of audio");
    }
}
