package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.CaseType;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.ServerFleet;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import org.junit.jupiter.api.Test;

/** Servers bottom-up, checked against BoaviztAPI's published component formulas and constants by hand. */
class ServerAssessmentTest {
    private static final AssessmentOptions LIFECYCLE = AssessmentOptions.defaults().reportingYear(2024)
            .accounting(Accounting.LIFECYCLE);

    @Test
    void cpu_issueExample() {
        Resolver r = new Resolver(TestCatalogs.ademeLike(), LIFECYCLE);
        // 12 cores × 24.5 mm² = 294 mm²; gwp 294 × 0.0197 + 9.14 = 14.9318; adpe 294 × 5.87e-9 + 0.0204 = 0.02040172578
        Footprint cpu = ServerModel.cpu(r, 12 * 24.5);
        assertThat(cpu.value(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).isCloseTo(14.93, within(0.005));
        assertThat(cpu.value(Phase.MANUFACTURE, Indicator.ABIOTIC_DEPLETION)).isCloseTo(0.02040172578, within(1e-12));
    }

    private static ServerFleet server() {
        return ServerFleet.of(1).cpu(2, 12).cpuDieAreaPerCoreMm2(24.5).ram(12, 32).ramDensity(1.6).ssd(2, 960)
                .ssdDensity(48).hdd(0).powerSupplies(2, 2.99).caseType(CaseType.RACK).load(0.5).lifetimeYears(5)
                .zone("FR").pue(1.2);
    }

    @Test
    void fullServer_embodied() {
        Assessment a = Engine.of(TestCatalogs.ademeLike()).assess(Inventory.of("t", server()), LIFECYCLE);
        // CPU 2 × (294 × 0.0197 + 9.14) = 29.8636
        // RAM 12 × 32 GB / 1.6 GB/cm² = 240 cm² × 2.20 + 12 × 5.22 = 528 + 62.64 = 590.64
        // SSD 2 × 960 / 48 = 40 cm² × 2.20 + 2 × 6.34 = 88 + 12.68 = 100.68
        // motherboard 66.10; PSU 2 × 2.99 × 24.30 = 145.314; rack 150; assembly 6.68
        // total 29.8636 + 590.64 + 100.68 + 66.10 + 145.314 + 150 + 6.68 = 1089.2776
        Footprint f = a.total();
        assertThat(f.value(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).isCloseTo(1089.2776, within(1e-6));
        // BoaviztAPI's component figures exclude distribution and end of life: not available, not zero
        assertThat(f.availability(Phase.END_OF_LIFE, Indicator.CLIMATE_CHANGE)).isEqualTo(
                Availability.NOT_AVAILABLE);
        assertThat(f.availability(Indicator.CLIMATE_CHANGE)).isEqualTo(Availability.PARTIAL);
    }

    @Test
    void fullServer_use() {
        Assessment a = Engine.of(TestCatalogs.ademeLike()).assess(Inventory.of("t", server()), LIFECYCLE);
        // CPU at 50 %: 171.2 × ln(0.0354 × (50 + 36.89)) − 10.13 = 171.2 × ln(3.075906) − 10.13
        //            = 171.2 × 1.1235993 − 10.13 = 182.2302 W
        double cpuW = 171.2 * Math.log(0.0354 * 86.89) - 10.13;
        assertThat(cpuW).isCloseTo(182.23, within(0.01));
        // server: (2 × 182.2302 + 384 GB × 0.284 W/GB) × 1.33 = (364.4604 + 109.056) × 1.33 = 629.7766 W
        double watts = (2 * cpuW + 384 * 0.284) * 1.33;
        assertThat(watts).isCloseTo(629.78, within(0.01));
        // 5 years × 8760 h × 629.7766 W / 1000 = 27584.2 kWh IT, × PUE 1.2 = 33101.0 kWh
        // × 0.0519 kgCO2e/kWh = 1717.94 kgCO2e
        assertThat(a.total().value(Phase.USE, Indicator.CLIMATE_CHANGE)).isCloseTo(
                5 * 8760 * watts / 1000 * 1.2 * 0.0519, within(1e-6));
        assertThat(a.total().value(Phase.USE, Indicator.CLIMATE_CHANGE)).isCloseTo(1717.9, within(0.1));
    }

    @Test
    void tdpCurve() {
        Resolver r = new Resolver(TestCatalogs.ademeLike(), LIFECYCLE);
        // 30 % load between 10 % (0.32) and 50 % (0.75): 0.32 + (20/40) × 0.43 = 0.535 × 150 W TDP = 80.25 W
        assertThat(ServerModel.tdpCurve(r, 150, 0.30)).isCloseTo(80.25, within(1e-9));
        assertThat(ServerModel.tdpCurve(r, 150, 1.0)).isCloseTo(153, within(1e-9));
        assertThat(ServerModel.tdpCurve(r, 150, 0.0)).isCloseTo(18, within(1e-9));
    }

    @Test
    void archetypeDefaults_areRecorded() {
        Assessment a = Engine.of(TestCatalogs.ademeLike()).assess(Inventory.of("t", ServerFleet.of(1)), LIFECYCLE);
        assertThat(a.lines().get(0).defaults()).extracting(AppliedDefault::field).contains("cpu.units", "cpu.cores",
                "cpu.dieAreaPerCore", "cpu.dieArea", "ram.units", "ram.capacity", "ram.density", "ssd.units",
                "psu.mass", "case", "load", "averagePower", "pue", "lifetimeYears", "zone");
        // archetype: 2 CPUs × 24 cores × 24.5 mm² = 1176 mm² → 1176 × 0.0197 + 2 × 9.14 = 23.1672 + 18.28 = 41.4472
        // RAM 8 × 32 / 1.2444 = 205.7216 cm² × 2.2 + 8 × 5.22 = 452.5876 + 41.76 = 494.3476
        // SSD 1000 / 54.884 = 18.22025 cm² × 2.2 + 6.34 = 40.08455 + 6.34 = 46.42455
        // + 66.10 + 2 × 2.99 × 24.30 (145.314) + 150 + 6.68 = 950.3139
        assertThat(a.total().value(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).isCloseTo(950.31, within(0.01));
    }

    @Test
    void pue_defaultsToTheZonesThenTheWorlds() {
        Engine e = Engine.of(TestCatalogs.ademeLike());
        Assessment fr = e.assess(Inventory.of("t", ServerFleet.of(1).averagePowerWatts(100)), LIFECYCLE);
        Assessment de = e.assess(Inventory.of("t", ServerFleet.of(1).averagePowerWatts(100).zone("DE")), LIFECYCLE);
        // 100 W × 8760 h × 4 years (archetype) / 1000 = 3504 kWh; France: × 1.46 (Arcep) × 0.0519 = 265.5121
        assertThat(fr.total().value(Phase.USE, Indicator.CLIMATE_CHANGE)).isCloseTo(265.5121, within(1e-4));
        // Germany has no PUE of its own: 3504 × 1.56 (Uptime world) × 0.34206 = 1869.7821
        assertThat(de.total().value(Phase.USE, Indicator.CLIMATE_CHANGE)).isCloseTo(1869.7821, within(1e-4));
        assertThat(de.lines().get(0).defaults()).extracting(AppliedDefault::basis).contains("datacenter.pue.world");
    }

    @Test
    void averagePower_bypassesModel() {
        Assessment a = Engine.of(TestCatalogs.ademeLike()).assess(Inventory.of("t", server()
                .averagePowerWatts(200)), LIFECYCLE);
        // 200 W × 8760 h × 5 y / 1000 = 8760 kWh × PUE 1.2 = 10512 kWh × 0.0519 = 545.5728
        assertThat(a.total().value(Phase.USE, Indicator.CLIMATE_CHANGE)).isCloseTo(545.5728, within(1e-9));
    }
}
