package dev.impact.report;

import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.Factor;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.Parameter;
import dev.impact.factor.Provenance;
import dev.impact.factor.ReferenceUnit;
import dev.impact.factor.Source;
import dev.impact.factor.Uncertainty;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;

/**
 * A fixed, self-made catalog and inventory for report tests: golden files must not move when the bundled factor
 * data changes. Round numbers, so that expected values can be worked out by hand (see ReportTest).
 */
public final class Fixtures {
    public static final Source SOURCE = new Source("test-src", "Fixed test factors", "impact tests", 2024,
            "impact-report/src/test/java/dev/impact/report/Fixtures.java", "CC0-1.0");

    private Fixtures() {
    }

    static Provenance provenance(String zone, boolean estimate, String note) {
        return new Provenance(SOURCE, zone, 2023, estimate, note);
    }

    /**
     * device.laptop: manufacture 250 kgCO2e, 0.01 kgSbeq, 3000 MJ, 1.5 m3; distribution 5 kgCO2e, 60 MJ; end of
     * life 2 kgCO2e, 10 MJ. device.monitor: manufacture 300 kgCO2e, 0.02 kgSbeq, 4000 MJ; distribution 10 kgCO2e,
     * 100 MJ; end of life 3 kgCO2e, 15 MJ (no water data). electricity.FR: 0.052 kgCO2e, 11 MJ, 0.9 kBqU235eq per
     * kWh. Laptop: 5 years, 20 W × 8 h/day, 2 kg; monitor: 8 years, 25 W × 8 h/day, 5 kg.
     */
    public static FactorCatalog catalog() {
        Footprint laptop = Footprint.builder()
                .set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 250)
                .set(Phase.MANUFACTURE, Indicator.ABIOTIC_DEPLETION, 0.01)
                .set(Phase.MANUFACTURE, Indicator.FOSSIL_RESOURCE_USE, 3000)
                .set(Phase.MANUFACTURE, Indicator.WATER_USE, 1.5)
                .set(Phase.DISTRIBUTION, Indicator.CLIMATE_CHANGE, 5)
                .set(Phase.DISTRIBUTION, Indicator.FOSSIL_RESOURCE_USE, 60)
                .set(Phase.END_OF_LIFE, Indicator.CLIMATE_CHANGE, 2)
                .set(Phase.END_OF_LIFE, Indicator.FOSSIL_RESOURCE_USE, 10)
                .build();
        Footprint monitor = Footprint.builder()
                .set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 300)
                .set(Phase.MANUFACTURE, Indicator.ABIOTIC_DEPLETION, 0.02)
                .set(Phase.MANUFACTURE, Indicator.FOSSIL_RESOURCE_USE, 4000)
                .set(Phase.DISTRIBUTION, Indicator.CLIMATE_CHANGE, 10)
                .set(Phase.DISTRIBUTION, Indicator.FOSSIL_RESOURCE_USE, 100)
                .set(Phase.END_OF_LIFE, Indicator.CLIMATE_CHANGE, 3)
                .set(Phase.END_OF_LIFE, Indicator.FOSSIL_RESOURCE_USE, 15)
                .build();
        Footprint grid = Footprint.builder()
                .set(Phase.USE, Indicator.CLIMATE_CHANGE, 0.052)
                .set(Phase.USE, Indicator.FOSSIL_RESOURCE_USE, 11)
                .set(Phase.USE, Indicator.IONISING_RADIATION, 0.9)
                .build();
        return FactorCatalog.builder().name("impact test catalog").version("test-1").checksum("sha256:0123abcd")
                .add(new Factor("device.laptop.test", "device.laptop", "Laptop", ReferenceUnit.UNIT, laptop,
                        provenance("WORLD", false, "table 3"), Uncertainty.lognormal(1.5)))
                .add(new Factor("device.monitor.test", "device.monitor", "Monitor 24 inches", ReferenceUnit.UNIT,
                        monitor, provenance("WORLD", true, "average of two models"), Uncertainty.exact()))
                .add(new Factor("electricity.FR.test", "electricity.FR", "Electricity, France", ReferenceUnit.KWH,
                        grid, provenance("FR", false, ""), Uncertainty.normal(0.1)))
                .add(parameter("device.laptop.lifetime", 5, "year"))
                .add(parameter("device.laptop.power", 20, "W"))
                .add(parameter("device.laptop.hours_per_day", 8, "h"))
                .add(parameter("device.laptop.mass", 2, "kg"))
                .add(parameter("device.monitor.lifetime", 8, "year"))
                .add(parameter("device.monitor.power", 25, "W"))
                .add(parameter("device.monitor.hours_per_day", 8, "h"))
                .add(parameter("device.monitor.mass", 5, "kg"))
                .build();
    }

    static Parameter parameter(String id, double value, String unit) {
        return new Parameter(id, value, unit, provenance("WORLD", false, ""), Uncertainty.exact());
    }

    /**
     * 120 laptops kept 5 years, 80 monitors with every default, 12 CAD workstations (laptops) kept 4 years at
     * 35 W × 10 h/day; yearly accounting, 2024, zone FR.
     */
    public static Inventory inventory() {
        return Inventory.of("Ville d'Exemple — parc informatique 2024",
                DeviceFleet.of("laptop", 120).lifetimeYears(5).label("Agents' laptops, 14\""),
                DeviceFleet.of("monitor", 80).label("Écrans 24 pouces"),
                DeviceFleet.of("laptop", 12).lifetimeYears(4).power(35, 10).label("Postes CAO"));
    }

    public static Assessment assessment() {
        return Engine.of(catalog()).assess(inventory(), AssessmentOptions.defaults().reportingYear(2024));
    }

    public static Report report() {
        return Report.of(assessment(), catalog());
    }

    /**
     * The totals of {@link #assessment()} as a streamed run of 5 records would report them: 3 lines assessed, 2 left
     * out (one with two problems), a notice.
     */
    public static TotalsReport totals() {
        return TotalsReport.of(assessment().totals()).withReading(new TotalsReport.Reading(5, 2, 3,
                reasons(),
                java.util.List.of(new TotalsReport.Problem("parc.csv", 3, "category", "unknown category 'tablet'"),
                        new TotalsReport.Problem("parc.csv", 5, "quantity", "quantity must be > 0, was -1"),
                        new TotalsReport.Problem("parc.csv", 5, "category", "unknown category 'phablet'")),
                java.util.List.of("read as UTF-8, separator ','")));
    }

    /** The reasons of {@link #totals()}'s three problems, most frequent first. */
    static java.util.Map<String, Long> reasons() {
        java.util.Map<String, Long> m = new java.util.LinkedHashMap<>();
        m.put("category: unknown category '…'", 2L);
        m.put("quantity: quantity must be > #, was #", 1L);
        return m;
    }

    /** A report whose inventory name and labels try to inject script, markup, table breaks and formulas. */
    public static Report hostile() {
        Inventory inv = Inventory.of("<img src=x onerror=alert(1)> parc",
                DeviceFleet.of("laptop", 3).label("<script>alert('x')</script>"),
                DeviceFleet.of("laptop", 2).label("=HYPERLINK(\"http://evil\",\"click\")"),
                DeviceFleet.of("monitor", 1).label("| col | # title\n- item *bold* [link](http://x) & <b>"),
                DeviceFleet.of("monitor", 1).label("@SUM(A1), +1, -2"));
        Assessment a = Engine.of(catalog()).assess(inv, AssessmentOptions.defaults().reportingYear(2024));
        return Report.of(a, catalog());
    }
}
