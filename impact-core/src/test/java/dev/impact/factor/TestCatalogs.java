package dev.impact.factor;

import dev.impact.measure.Footprint;
import java.util.List;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;

/**
 * Small catalogs built from published figures, for tests that must not move when the bundled datasets change.
 * Every number is quoted from its public source below.
 */
public final class TestCatalogs {
    private TestCatalogs() {
    }

    static final Source ADEME = new Source("ademe-test", "Base Empreinte, numérique (ADEME–Arcep 2022, NegaOctet)",
            "ADEME", 2022, "base-empreinte.ademe.fr", "Licence Ouverte");
    static final Source EMBER = new Source("ember-test", "Yearly electricity data", "Ember", 2025, "ember-energy.org",
            "CC BY 4.0");
    static final Source BOAVIZTA = new Source("boavizta-test", "BoaviztAPI factors.yml", "Boavizta", 2026,
            "github.com/Boavizta/boaviztapi boaviztapi/data/factors.yml", "facts only");

    public static Factor factor(String id, String key, ReferenceUnit unit, Source s, String zone, int year,
                                Footprint values) {
        return new Factor(id, key, id, unit, values, new Provenance(s, zone, year, false, ""),
                Uncertainty.lognormal(1.2));
    }

    public static Parameter parameter(String id, double value, String unit, Source s) {
        return new Parameter(id, value, unit, new Provenance(s, "WORLD", 2022, false, ""), Uncertainty.exact());
    }

    static Footprint gwp(Phase p, double v) {
        return Footprint.builder().set(p, Indicator.CLIMATE_CHANGE, v).build();
    }

    static Footprint manufacture(double gwp, double adpe) {
        return Footprint.builder().set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, gwp)
                .set(Phase.MANUFACTURE, Indicator.ABIOTIC_DEPLETION, adpe).build();
    }

    static final Source USAGE = new Source("usage-test", "co2.js 0.19.0, CCF methodology, ADEME publicodes, Uptime",
            "various", 2025, "see each note", "facts only");

    /**
     * Usage-model data: ADEME/NegaOctet per-GB network factors (publicodes-acv-numerique 2.1.0), OneByte and SWD v4
     * constants (co2.js 0.19.0 dist/esm), Cloud Carbon Footprint coefficients (AWS 0.74 / 3.5 W per vCPU, PUE 1.135,
     * memory 0.000392 kWh/GB.h, SSD 1.2 and HDD 0.65 Wh/TB.h from 6 W / 5 TB and 6.5 W / 10 TB), Uptime 2024 PUE 1.56,
     * Arcep 2023 PUE 1.46 for France, Google 2025 median prompt 0.24 Wh.
     */
    static void addUsage(SimpleFactorCatalog.Builder b) {
        b.add(parameter("datacenter.pue.world", 1.56, "ratio", USAGE));
        b.add(parameter("datacenter.pue.FR", 1.46, "ratio", USAGE));
        b.add(factor("network.fixed.fr.t", "network.fixed.FR", ReferenceUnit.GB, USAGE, "FR", 2022,
                gwp(Phase.USE, 0.00926934695867389)));
        b.add(factor("network.mobile.fr.t", "network.mobile.FR", ReferenceUnit.GB, USAGE, "FR", 2022,
                gwp(Phase.USE, 0.0246836791969497)));
        b.add(factor("network.fixed-no-box.fr.t", "network.fixed-no-box.FR", ReferenceUnit.GB, USAGE, "FR", 2022,
                gwp(Phase.USE, 0.00259)));
        b.add(parameter("onebyte.datacenter", 0.072, "kWh/GB", USAGE));
        b.add(parameter("onebyte.network.wired", 0.429, "kWh/GB", USAGE));
        b.add(parameter("onebyte.network.wifi", 0.152, "kWh/GB", USAGE));
        b.add(parameter("onebyte.network.4g", 0.884, "kWh/GB", USAGE));
        b.add(parameter("onebyte.grid.grey", 519, "g/kWh", USAGE));
        b.add(parameter("onebyte.grid.green.network", 475, "g/kWh", USAGE));
        b.add(parameter("swd4.operational.datacenter", 0.055, "kWh/GB", USAGE));
        b.add(parameter("swd4.operational.network", 0.059, "kWh/GB", USAGE));
        b.add(parameter("swd4.operational.device", 0.080, "kWh/GB", USAGE));
        b.add(parameter("swd4.embodied.datacenter", 0.012, "kWh/GB", USAGE));
        b.add(parameter("swd4.embodied.network", 0.013, "kWh/GB", USAGE));
        b.add(parameter("swd4.embodied.device", 0.081, "kWh/GB", USAGE));
        b.add(parameter("swd4.grid.global", 494, "g/kWh", USAGE));
        // SWD v3 and co2.js 0.19.0's grid data (dist/esm/constants/index.js, data/average-intensities.min.js)
        b.add(parameter("swd3.energy", 0.81, "kWh/GB", USAGE));
        b.add(parameter("swd3.share.device", 0.52, "ratio", USAGE));
        b.add(parameter("swd3.share.network", 0.14, "ratio", USAGE));
        b.add(parameter("swd3.share.datacenter", 0.15, "ratio", USAGE));
        b.add(parameter("swd3.share.production", 0.19, "ratio", USAGE));
        b.add(parameter("swd3.grid.global", 472.94, "g/kWh", USAGE));
        b.add(parameter("swd3.grid.renewables", 50, "g/kWh", USAGE));
        b.add(parameter("swd3.visit.first", 0.75, "ratio", USAGE));
        b.add(parameter("swd3.visit.returning", 0.25, "ratio", USAGE));
        b.add(parameter("swd3.visit.reload", 0.02, "ratio", USAGE));
        b.add(parameter("co2js.grid.FR", 44.18, "g/kWh", USAGE));
        b.add(parameter("co2js.grid.DE", 342.06, "g/kWh", USAGE));
        b.add(parameter("storage.ssd.power", 1.2, "Wh/TB.h", USAGE));
        b.add(parameter("storage.hdd.power", 0.65, "Wh/TB.h", USAGE));
        b.add(parameter("storage.ssd.capacity", 5000, "GB", USAGE));
        b.add(parameter("storage.hdd.capacity", 10000, "GB", USAGE));
        b.add(parameter("storage.lifetime", 4, "year", USAGE));
        b.add(factor("storage.cloud.fr.t", "storage.cloud.FR", ReferenceUnit.TB_YEAR, USAGE, "FR", 2022,
                Footprint.builder().set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 0.12454537)
                        .set(Phase.USE, Indicator.CLIMATE_CHANGE, 0.1107888).build()));
        b.add(parameter("cloud.aws.cpu.min_watts", 0.74, "W/vCPU", USAGE));
        b.add(parameter("cloud.aws.cpu.max_watts", 3.5, "W/vCPU", USAGE));
        b.add(parameter("cloud.aws.pue", 1.135, "ratio", USAGE));
        b.add(parameter("cloud.gcp.cpu.min_watts", 0.68, "W/vCPU", USAGE));
        b.add(parameter("cloud.gcp.cpu.max_watts", 4.11, "W/vCPU", USAGE));
        b.add(parameter("cloud.gcp.pue", 1.1, "ratio", USAGE));
        b.add(parameter("cloud.memory.energy", 0.000392, "kWh/GB.h", USAGE));
        b.add(parameter("cloud.cpu.utilisation", 0.5, "ratio", USAGE));
        b.add(factor("cloud.aws.vcpu.embodied.t", "cloud.aws.vcpu.embodied", ReferenceUnit.VCPU_HOUR, USAGE, "WORLD",
                2021, gwp(Phase.MANUFACTURE, 0.00047873)));
        b.add(parameter("ai.request.medium", 0.24, "Wh/request", USAGE));
        b.add(parameter("ai.request.reasoning", 4.32, "Wh/request", USAGE));
    }

    /**
     * Laptop and monitor from ADEME (laptop 170 / 12.3 / 2.79 kgCO2e manufacture / distribution / end of life,
     * 26.5 W × 3 h/day, 5 years; monitor 64.6 / 1.29 / 3.95, 50 W × 4 h/day, 6 years: publicodes-acv-numerique);
     * laptop mass 1.65 kg (Boavizta PCF-dataset median); refurbished laptop 30 kgCO2e per device (test value);
     * French grid 0.0519 kgCO2e/kWh (ADEME, 2024) and Ember 2024 0.04418 kg/kWh, German grid Ember 2023 0.381 and
     * 2024 0.34206 kg/kWh; ionising radiation 3.23 kBq/kWh for France (Boavizta/ADEME 2011);
     * server components from BoaviztAPI factors.yml.
     */
    public static SimpleFactorCatalog ademeLike() {
        SimpleFactorCatalog.Builder b = FactorCatalog.builder().name("test catalog").version("test")
                .preferSources(java.util.List.of("ademe-test", "ember-test", "boavizta-test"));
        b.add(factor("device.laptop.ademe", "device.laptop", ReferenceUnit.UNIT, ADEME, "FR", 2022,
                Footprint.builder().set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 170)
                        .set(Phase.DISTRIBUTION, Indicator.CLIMATE_CHANGE, 12.3)
                        .set(Phase.END_OF_LIFE, Indicator.CLIMATE_CHANGE, 2.79).build()));
        b.add(factor("device.monitor.ademe", "device.monitor", ReferenceUnit.UNIT, ADEME, "FR", 2022,
                Footprint.builder().set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 64.6)
                        .set(Phase.DISTRIBUTION, Indicator.CLIMATE_CHANGE, 1.29)
                        .set(Phase.END_OF_LIFE, Indicator.CLIMATE_CHANGE, 3.95).build()));
        b.add(factor("refurbishment.laptop.test", "refurbishment.laptop", ReferenceUnit.UNIT, ADEME, "FR", 2022,
                gwp(Phase.MANUFACTURE, 30)));
        b.add(factor("electricity.fr.ademe.2024", "electricity.FR", ReferenceUnit.KWH, ADEME, "FR", 2024,
                gwp(Phase.USE, 0.0519)));
        b.add(factor("electricity.fr.ember.2024", "electricity.FR", ReferenceUnit.KWH, EMBER, "FR", 2024,
                gwp(Phase.USE, 0.04418)));
        b.add(factor("electricity.fr.boavizta.2011", "electricity.FR", ReferenceUnit.KWH, BOAVIZTA, "FR", 2011,
                Footprint.builder().set(Phase.USE, Indicator.CLIMATE_CHANGE, 0.098)
                        .set(Phase.USE, Indicator.IONISING_RADIATION, 3.23).build()));
        b.add(factor("electricity.de.ember.2023", "electricity.DE", ReferenceUnit.KWH, EMBER, "DE", 2023,
                gwp(Phase.USE, 0.381)));
        b.add(factor("electricity.de.ember.2024", "electricity.DE", ReferenceUnit.KWH, EMBER, "DE", 2024,
                gwp(Phase.USE, 0.34206)));
        b.add(parameter("device.laptop.lifetime", 5, "year", ADEME));
        b.add(parameter("device.laptop.power", 26.5, "W", ADEME));
        b.add(parameter("device.laptop.hours_per_day", 3, "h/day", ADEME));
        b.add(parameter("device.laptop.mass", 1.65, "kg", BOAVIZTA));
        b.add(parameter("device.monitor.lifetime", 6, "year", ADEME));
        b.add(parameter("device.monitor.power", 50, "W", ADEME));
        b.add(parameter("device.monitor.hours_per_day", 4, "h/day", ADEME));
        // BoaviztAPI component constants (gwp kgCO2e, pe MJ, adp kgSbeq)
        b.add(factor("server.cpu.die.b", "server.cpu.die", ReferenceUnit.MM2, BOAVIZTA, "WORLD", 2021,
                manufacture(0.0197, 5.87e-9)));
        b.add(factor("server.cpu.base.b", "server.cpu.base", ReferenceUnit.UNIT, BOAVIZTA, "WORLD", 2021,
                manufacture(9.14, 0.0204)));
        b.add(factor("server.ram.die.b", "server.ram.die", ReferenceUnit.CM2, BOAVIZTA, "WORLD", 2021,
                manufacture(2.20, 6.30e-5)));
        b.add(factor("server.ram.base.b", "server.ram.base", ReferenceUnit.UNIT, BOAVIZTA, "WORLD", 2021,
                manufacture(5.22, 1.69e-3)));
        b.add(factor("server.ssd.die.b", "server.ssd.die", ReferenceUnit.CM2, BOAVIZTA, "WORLD", 2021,
                manufacture(2.20, 6.30e-5)));
        b.add(factor("server.ssd.base.b", "server.ssd.base", ReferenceUnit.UNIT, BOAVIZTA, "WORLD", 2021,
                manufacture(6.34, 5.63e-4)));
        b.add(factor("server.hdd.b", "server.hdd", ReferenceUnit.UNIT, BOAVIZTA, "WORLD", 2021,
                manufacture(31.11, 2.5e-4)));
        b.add(factor("server.motherboard.b", "server.motherboard", ReferenceUnit.UNIT, BOAVIZTA, "WORLD", 2021,
                manufacture(66.10, 3.69e-3)));
        b.add(factor("server.psu.b", "server.psu", ReferenceUnit.KG, BOAVIZTA, "WORLD", 2021,
                manufacture(24.30, 8.30e-3)));
        b.add(factor("server.case.rack.b", "server.case.rack", ReferenceUnit.UNIT, BOAVIZTA, "WORLD", 2021,
                manufacture(150, 0.0202)));
        b.add(factor("server.case.blade.b", "server.case.blade", ReferenceUnit.UNIT, BOAVIZTA, "WORLD", 2021,
                manufacture(85.9, 0.027672)));
        b.add(factor("server.assembly.b", "server.assembly", ReferenceUnit.UNIT, BOAVIZTA, "WORLD", 2021,
                manufacture(6.68, 1.41e-6)));
        b.add(parameter("server.cpu.units", 2, "1", BOAVIZTA));
        b.add(parameter("server.cpu.cores", 24, "1", BOAVIZTA));
        b.add(parameter("server.cpu.die_per_core", 24.5, "mm2", BOAVIZTA));
        b.add(parameter("server.cpu.load", 0.5, "ratio", BOAVIZTA));
        b.add(parameter("server.cpu.power_curve.a", 171.2, "1", BOAVIZTA));
        b.add(parameter("server.cpu.power_curve.b", 0.0354, "1", BOAVIZTA));
        b.add(parameter("server.cpu.power_curve.c", 36.89, "1", BOAVIZTA));
        b.add(parameter("server.cpu.power_curve.d", -10.13, "1", BOAVIZTA));
        b.add(parameter("server.cpu.tdp_curve.p0", 0.12, "ratio", BOAVIZTA));
        b.add(parameter("server.cpu.tdp_curve.p10", 0.32, "ratio", BOAVIZTA));
        b.add(parameter("server.cpu.tdp_curve.p50", 0.75, "ratio", BOAVIZTA));
        b.add(parameter("server.cpu.tdp_curve.p100", 1.02, "ratio", BOAVIZTA));
        b.add(parameter("server.ram.units", 8, "1", BOAVIZTA));
        b.add(parameter("server.ram.capacity", 32, "GB", BOAVIZTA));
        b.add(parameter("server.ram.density", 1.2444, "GB/cm2", BOAVIZTA));
        b.add(parameter("server.ram.power", 0.284, "W/GB", BOAVIZTA));
        b.add(parameter("server.ssd.units", 1, "1", BOAVIZTA));
        b.add(parameter("server.ssd.capacity", 1000, "GB", BOAVIZTA));
        b.add(parameter("server.ssd.density", 54.884, "GB/cm2", BOAVIZTA));
        b.add(parameter("server.hdd.units", 0, "1", BOAVIZTA));
        b.add(parameter("server.psu.units", 2, "1", BOAVIZTA));
        b.add(parameter("server.psu.mass", 2.99, "kg", BOAVIZTA));
        b.add(parameter("server.other_consumption_ratio", 0.33, "ratio", BOAVIZTA));
        b.add(parameter("server.lifetime", 4, "year", BOAVIZTA));
        addUsage(b);
        return b.build();
    }
    static final Source PCF = new Source("pcf-test", "Boavizta environmental-footprint-data", "Boavizta",
            2023, "github.com/Boavizta/environmental-footprint-data @61323eb", "ODbL 1.0");

    /**
     * {@link #ademeLike()} plus two manufacturers' sheets as Boavizta compiles them (boavizta-data-us.csv @61323eb):
     * Dell Latitude 5430 (301 kgCO2e, use share 0.16, transport 0.031, end of life 0.004, 23.36 kWh/year, 1.36 kg)
     * and Apple 13-inch MacBook Air M1 (161 kgCO2e, use share 0.15, transport 0.08).
     */
    public static FactorCatalog withProducts() {
        var b = FactorCatalog.builder().name("test catalog").version("test")
                .preferSources(List.of("ademe-test", "ember-test", "boavizta-test"));
        ademeLike().factors().forEach(b::add);
        ademeLike().parameters().forEach(b::add);
        // 301 × (1 − 0.16) = 252.84 embodied; distribution 301 × 0.031 = 9.331; end of life 301 × 0.004 = 1.204;
        // manufacture 252.84 − 9.331 − 1.204 = 242.305
        b.add(new Factor("product.laptop.dell-latitude-5430.t", "product.laptop.dell-latitude-5430",
                "Dell Latitude 5430", ReferenceUnit.UNIT, Footprint.builder()
                .set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 242.305).set(Phase.DISTRIBUTION, Indicator.CLIMATE_CHANGE, 9.331)
                .set(Phase.END_OF_LIFE, Indicator.CLIMATE_CHANGE, 1.204).build(), new Provenance(PCF, "WORLD", 2022, true, ""),
                Uncertainty.uniform(0.804, 1.196)));
        b.add(parameter("product.laptop.dell-latitude-5430.energy", 23.36, "kWh/year", PCF));
        b.add(parameter("product.laptop.dell-latitude-5430.mass", 1.36, "kg", PCF));
        // 161 × (1 − 0.15) = 136.85 embodied; distribution 161 × 0.08 = 12.88; manufacture 123.97; no end of life
        b.add(new Factor("product.laptop.apple-13-inch-macbook-air-m1.t", "product.laptop.apple-13-inch-macbook-air-m1",
                "Apple 13-inch MacBook Air (M1)", ReferenceUnit.UNIT, Footprint.builder()
                .set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 123.97).set(Phase.DISTRIBUTION, Indicator.CLIMATE_CHANGE, 12.88).build(),
                new Provenance(PCF, "WORLD", 2020, true, ""), Uncertainty.uniform(0.8, 1.2)));
        return b.build();
    }

}
