package dev.impact.uncertainty;

import dev.impact.factor.Factor;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.Parameter;
import dev.impact.factor.Provenance;
import dev.impact.factor.ReferenceUnit;
import dev.impact.factor.Source;
import dev.impact.factor.Uncertainty;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;

/**
 * ADEME's laptop (170 / 12.3 / 2.79 kgCO2e manufacture / distribution / end of life, 26.5 W × 3 h/day, 5 years;
 * publicodes-acv-numerique), French grid 0.0519 kgCO2e/kWh (ADEME 2024), German grid 0.34206 (Ember 2024),
 * laptop mass 1.65 kg (Boavizta), refurbishment 30 kgCO2e (test value), with the spreads each test chooses.
 */
public final class Catalogs {
    static final Source ADEME = new Source("ademe-test", "Base Empreinte", "ADEME", 2022, "base-empreinte.ademe.fr",
            "Licence Ouverte");

    private Catalogs() {
    }

    static Factor factor(String id, String key, ReferenceUnit unit, Footprint values, Uncertainty u) {
        return new Factor(id, key, id, unit, values, new Provenance(ADEME, "FR", 2022, false, ""), u);
    }

    static Parameter parameter(String id, double value, String unit, Uncertainty u) {
        return new Parameter(id, value, unit, new Provenance(ADEME, "WORLD", 2022, false, ""), u);
    }

    /** The laptop catalog with these spreads: laptop factor, default lifetime, grids, power. */
    public static FactorCatalog laptop(Uncertainty device, Uncertainty lifetime, Uncertainty grid, Uncertainty power) {
        return FactorCatalog.builder().name("uncertain laptop").version("test")
                .add(factor("device.laptop.ademe", "device.laptop", ReferenceUnit.UNIT, Footprint.builder()
                        .set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 170)
                        .set(Phase.DISTRIBUTION, Indicator.CLIMATE_CHANGE, 12.3)
                        .set(Phase.END_OF_LIFE, Indicator.CLIMATE_CHANGE, 2.79).build(), device))
                .add(factor("refurbishment.laptop.test", "refurbishment.laptop", ReferenceUnit.UNIT,
                        Footprint.builder().set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 30).build(), device))
                .add(factor("electricity.fr.ademe.2024", "electricity.FR", ReferenceUnit.KWH, Footprint.builder()
                        .set(Phase.USE, Indicator.CLIMATE_CHANGE, 0.0519).build(), grid))
                .add(factor("electricity.de.ember.2024", "electricity.DE", ReferenceUnit.KWH, Footprint.builder()
                        .set(Phase.USE, Indicator.CLIMATE_CHANGE, 0.34206).build(), grid))
                .add(parameter("device.laptop.lifetime", 5, "year", lifetime))
                .add(parameter("device.laptop.power", 26.5, "W", power))
                .add(parameter("device.laptop.hours_per_day", 3, "h/day", Uncertainty.exact()))
                .add(parameter("device.laptop.mass", 1.65, "kg", Uncertainty.exact()))
                .add(parameter("datacenter.pue.world", 1.56, "ratio", Uncertainty.exact()))
                .add(parameter("storage.ssd.power", 1.2, "Wh/TB.h", Uncertainty.exact()))
                .add(parameter("storage.hdd.power", 0.65, "Wh/TB.h", Uncertainty.exact()))
                .add(parameter("storage.ssd.capacity", 5000, "GB", Uncertainty.exact()))
                .add(parameter("storage.hdd.capacity", 10000, "GB", Uncertainty.exact()))
                .add(parameter("server.ssd.density", 54.884, "GB/cm2", Uncertainty.exact()))
                .add(parameter("storage.lifetime", 4, "year", Uncertainty.exact()))
                .add(factor("server.ssd.die.b", "server.ssd.die", ReferenceUnit.CM2, Footprint.builder()
                        .set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 2.20).build(), device))
                .add(factor("server.ssd.base.b", "server.ssd.base", ReferenceUnit.UNIT, Footprint.builder()
                        .set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 6.34).build(), device))
                .add(factor("server.hdd.b", "server.hdd", ReferenceUnit.UNIT, Footprint.builder()
                        .set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 31.11).build(), device))
                .build();
    }
}
