// A procurement tool's use of impact, bid by bid: each supplier's offer built in Java (or read from its bid file),
// compared per device-year under the same Monte Carlo draws, scored with the consultation's award rules, and the
// tender annex written in French.
// Run from the repository's root: bin/impact-jshell examples/consultation/consultation.jsh   → prints the award,
// writes annexe.html in the current folder.
var factors = Factors.builtIn();
System.out.println(factors.search("latitude 5430"));                 // manufacturers' sheets, by maker and model
var per = FunctionalUnit.perDeviceYear();
// bid A, built by the tool: a named model, the supplier's declared footprint with its source, prices
var a = Offer.of("A - Dell Latitude 5430", inventory("A",
        devices("laptop", 200).model("Dell Latitude 5430").lifetimeYears(5).zone("FR").
            declared(DeclaredFootprint.of(253, "Dell, Latitude 5430 PCF datasheet, March 2022"))), per).
    withCosts(Costs.of(new double[] {1090}, new double[] {0}));
// bids B and C, read from the suppliers' files
var b = BidFiles.read(Path.of("examples/consultation/bid-b.json")).offer();
var c = BidFiles.read(Path.of("examples/consultation/bid-c.json")).offer();
var door = using(factors).reportingYear(2026).uncertainty(MonteCarlo.builder().draws(10_000).seed(42).build());
var comparison = door.compare(a, b, c);
// (JShell: a chained call continues on the next line only after a trailing dot)
var tender = Tender.named("Ordinateurs portables des agents 2026 (lot 1)").currency("EUR").
    criterion(Criterion.cost(60, Scoring.PROPORTIONAL_TO_BEST)).
    criterion(Criterion.footprint(Indicator.CLIMATE_CHANGE, 30, Scoring.LINEAR_BEST_WORST)).
    criterion(Criterion.footprint(Indicator.E_WASTE, 10, Scoring.PROPORTIONAL_TO_BEST)).
    electricityPrice("FR", 2026, 0.20);                                // EUR per kWh: the buyer's own price
var award = comparison.award(tender);
System.out.println(award);
ComparisonReport.of(comparison).withAward(award, factors).write(Format.HTML, Locale.FRENCH, Path.of("annexe.html"));
System.out.println("tender annex written: annexe.html");
/exit
