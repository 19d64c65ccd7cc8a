// Cloud Carbon Footprint's on-premise CSV, assessed as CCF would and as impact does by default. From the repository root:
//   jshell --class-path "$(bin/classpath)" --startup DEFAULT --startup impact.jsh examples/ccf-on-premise/on-premise.jsh
var catalog = Factors.builtIn();
var csv = OnPremiseCsv.read(Path.of("examples/ccf-on-premise/on-premise.csv"));
var year = csv.inventory(catalog, OnPremiseCsv.Uptime.ANNUAL);   // or DAILY, WEEKLY, MONTHLY
var asCcf = using(catalog).reportingYear(2024).convention(Convention.CCF).assess(year);
System.out.println(asCcf);
var asImpact = using(catalog).reportingYear(2024).zone("BE").assess(year);   // impact's grid for each country
System.out.println(asImpact);
csv.noticesFor(catalog).forEach(System.out::println);
/exit
