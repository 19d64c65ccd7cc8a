// A town hall's IT fleet, assessed for 2024 with the bundled public factors.
// Run: bin/impact-jshell examples/town-hall.jsh
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
    servers(12).label("on-site servers").cpu(2, 16).ram(12, 32).ssd(2, 960).load(0.3).lifetimeYears(6));
var assessment = assess(factors, fleet, year(2024));
System.out.println(assessment);
/exit
