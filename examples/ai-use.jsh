// What AI costs the authority: an agents' usage survey, a translation API counted in tokens and generated images,
// assessed for 2024 with their range (10 000 draws, fixed seed) and the assumption that drives it.
// Run: bin/impact-jshell examples/ai-use.jsh
var factors = Factors.builtIn();
var ai = inventory("AI use by agents",
    AiInference.survey(350, 4, 200, AiTask.TEXT).model("mistral-large-2").label("writing and answers (Le Chat)"),
    AiInference.survey(120, 2, 200, AiTask.SUMMARY).label("document summaries"),
    AiInference.ofTokens(3_000_000).inputTokens(3_500_000).parameters(24, 24).label("translation API (tokens)"),
    AiInference.ofImages(6_000).label("communication visuals (images)"));
var draws = MonteCarlo.builder().draws(10_000).seed(42).build();
var simulated = using(factors).reportingYear(2024).zone("FR").uncertainty(draws);
var u = simulated.assessWithUncertainty(ai);
System.out.println(u.assessment());
var range = u.category("ai", Indicator.CLIMATE_CHANGE).orElseThrow();
System.out.printf(Locale.ROOT, "AI use: %.0f kgCO2e a year, between %.0f and %.0f (p5-p95), driven most by %s%n",
    u.assessment().total().total(Indicator.CLIMATE_CHANGE), range.percentile(5), range.percentile(95),
    u.sensitivity("ai", Indicator.CLIMATE_CHANGE).get(0).variable());
/exit
