// A town hall's IT fleet, assessed for 2024 with the bundled public factors, and its reports.
// Run: bin/impact-jshell examples/town-hall.jsh   → prints the assessment, writes town-hall.html (French),
// town-hall.md, town-hall.csv and town-hall.json in the current folder.
var factors = Factors.builtIn();
var fleet = inventory("town hall",
    laptops(420).lifetimeYears(5).label("agents' laptops"),
    devices("desktop-pro", 180).label("front-desk desktops"),
    devices("monitor", 640).label("24-inch screens"),
    devices("smartphone", 260).refurbished().label("refurbished phones"),
    devices("tablet", 900).lifetimeYears(4).label("schools' tablets"),
    devices("printer-mfp", 45).label("multifunction printers"),
    devices("switch", 60).energyKWhPerYear(350).label("floor switches"),
    devices("wifi-access-point", 120),
    servers(12).label("on-site servers").cpu(2, 16).ram(12, 32).ssd(2, 960).load(0.3).lifetimeYears(6),
    NetworkTransfer.ofGb(180_000).kind(NetworkKind.FIXED).label("internet traffic"),
    DataStorage.ofTbYears(60).medium(StorageMedium.HDD).replication(2).label("file shares and backups"),
    AiInference.ofRequests(120_000).model("mistral-large-2").label("assistant prompts (Le Chat)"),
    AiInference.ofTokens(2_000_000).inputTokens(5_000_000).parameters(24, 24).label("translation API (tokens)"),
    AiInference.ofImages(1_200).label("generated posters (images)"));
var assessment = using(factors).reportingYear(2024).assess(fleet);
System.out.println(assessment);
var report = Report.of(assessment, factors);
report.write(Format.HTML, Locale.FRENCH, Path.of("town-hall.html"));
report.write(Format.MARKDOWN, Locale.FRENCH, Path.of("town-hall.md"));
report.write(Format.CSV, Locale.ROOT, Path.of("town-hall.csv"));
report.write(Format.JSON, Locale.ROOT, Path.of("town-hall.json"));
System.out.println("reports written: town-hall.html, town-hall.md, town-hall.csv, town-hall.json");
/exit
