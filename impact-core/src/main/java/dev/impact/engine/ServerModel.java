package dev.impact.engine;

import dev.impact.factor.Parameter;
import dev.impact.inventory.CaseType;
import dev.impact.inventory.ServerFleet;
import dev.impact.measure.Footprint;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Servers bottom-up, following BoaviztAPI's published component methodology (the constants are catalog data with
 * their sources):
 * <ul>
 * <li>CPU: units × (die area mm² × {@code server.cpu.die} + {@code server.cpu.base}); die area = given, else
 *     per-core area × cores;</li>
 * <li>RAM and SSD: units × (GB / density GB·cm⁻² × {@code server.<ram|ssd>.die} + {@code server.<ram|ssd>.base});</li>
 * <li>HDD, motherboard, case (rack or blade) and assembly per unit; power supplies per kg.</li>
 * </ul>
 * Use: (CPU power × units + RAM GB × W/GB) × (1 + other-components ratio), all year round, where the CPU power at
 * load L % is {@code a·ln(b·(L + c)) + d} (floored at 1 W), or, when a TDP is given, the TDP-relative curve through
 * 0/10/50/100 % (linear between points). A measured average power replaces the whole model. Hosting: IT energy ×
 * the PUE of the room or data centre (the line's, else the catalog's for the zone, else the world's).
 *
 * <p>The component factors cover manufacture only (as BoaviztAPI's): distribution and end of life are reported
 * as not available rather than zero.
 */
final class ServerModel {
    private ServerModel() {
    }

    /** Embodied manufacture of one CPU of this die area, per the die and base factors. */
    static Footprint cpu(Resolver r, double dieAreaMm2) {
        return new Footprint.Accumulator()
                .add(r.factor("server.cpu.die", "CPU die factor").values(), dieAreaMm2)
                .add(r.factor("server.cpu.base", "CPU base factor").values())
                .toFootprint();
    }

    static UnitPlan plan(Resolver r, ServerFleet.Configuration c, String zone) {
        List<AppliedDefault> defaults = new ArrayList<>();
        List<String> params = new ArrayList<>();
        Defaults d = new Defaults(r, defaults, params);

        int cpuUnits = d.integer(c.cpuUnits(), "cpu.units", "server.cpu.units", "");
        double dieArea;
        if (c.cpuDieAreaMm2().isPresent()) {
            dieArea = c.cpuDieAreaMm2().getAsDouble();
        } else {
            int cores = d.integer(c.cpuCores(), "cpu.cores", "server.cpu.cores", "");
            double perCore = d.real(c.cpuDiePerCoreMm2(), "cpu.dieAreaPerCore", "server.cpu.die_per_core", "mm2");
            dieArea = perCore * cores;
            defaults.add(AppliedDefault.numeric("cpu.dieArea", dieArea, "mm2", InputStatus.COMPLETED,
                    "die area per core × cores", ""));
        }
        int ramUnits = d.integer(c.ramUnits(), "ram.units", "server.ram.units", "");
        double ramGb = d.real(c.ramGb(), "ram.capacity", "server.ram.capacity", "GB");
        double ramDensity = d.real(c.ramDensity(), "ram.density", "server.ram.density", "GB/cm2");
        int ssdUnits = d.integer(c.ssdUnits(), "ssd.units", "server.ssd.units", "");
        double ssdGb = ssdUnits == 0 ? 0 : d.real(c.ssdGb(), "ssd.capacity", "server.ssd.capacity", "GB");
        double ssdDensity = ssdUnits == 0 ? 1 : d.real(c.ssdDensity(), "ssd.density", "server.ssd.density", "GB/cm2");
        int hddUnits = d.integer(c.hddUnits(), "hdd.units", "server.hdd.units", "");
        int psuUnits = d.integer(c.psuUnits(), "psu.units", "server.psu.units", "");
        double psuKg = d.real(c.psuMassKg(), "psu.mass", "server.psu.mass", "kg");
        CaseType caseType = c.caseType().orElse(CaseType.RACK);
        if (c.caseType().isEmpty()) {
            defaults.add(AppliedDefault.text("case", "rack", InputStatus.DEFAULT,
                    "rack case assumed when none is given (BoaviztAPI's default case type)"));
        }

        List<String> ids = new ArrayList<>();
        Footprint.Accumulator acc = new Footprint.Accumulator();
        List<LineTrace.Term> terms = new ArrayList<>();
        add(r, acc, ids, defaults, terms, "server.cpu.die", dieArea * cpuUnits);
        add(r, acc, ids, defaults, terms, "server.cpu.base", cpuUnits);
        add(r, acc, ids, defaults, terms, "server.ram.die", ramUnits * ramGb / ramDensity);
        add(r, acc, ids, defaults, terms, "server.ram.base", ramUnits);
        if (ssdUnits > 0) {
            add(r, acc, ids, defaults, terms, "server.ssd.die", ssdUnits * ssdGb / ssdDensity);
            add(r, acc, ids, defaults, terms, "server.ssd.base", ssdUnits);
        }
        if (hddUnits > 0) {
            add(r, acc, ids, defaults, terms, "server.hdd", hddUnits);
        }
        add(r, acc, ids, defaults, terms, "server.motherboard", 1);
        add(r, acc, ids, defaults, terms, "server.psu", psuUnits * psuKg);
        add(r, acc, ids, defaults, terms, caseType == CaseType.RACK ? "server.case.rack" : "server.case.blade", 1);
        add(r, acc, ids, defaults, terms, "server.assembly", 1);
        Footprint embodied = acc.toFootprint().onlyPhases(Phase.MANUFACTURE);

        double watts;
        List<Multiplier> kWhMultipliers = new ArrayList<>(2);
        if (c.averagePowerWatts().isPresent()) {
            watts = c.averagePowerWatts().getAsDouble();
            kWhMultipliers.add(Multiplier.input(Multiplier.ENERGY, 1));
        } else {
            double load = d.real(c.load(), "load", "server.cpu.load", "ratio");
            double cpuW;
            if (c.cpuTdpWatts().isPresent()) {
                cpuW = tdpCurve(r, c.cpuTdpWatts().getAsDouble(), load);
                params.addAll(List.of("server.cpu.tdp_curve.p0", "server.cpu.tdp_curve.p10", "server.cpu.tdp_curve.p50",
                        "server.cpu.tdp_curve.p100"));
            } else {
                cpuW = logCurve(r, load);
                params.addAll(List.of("server.cpu.power_curve.a", "server.cpu.power_curve.b",
                        "server.cpu.power_curve.c", "server.cpu.power_curve.d"));
            }
            double ramW = r.parameter("server.ram.power", "RAM power per GB").value();
            double ratio = r.parameter("server.other_consumption_ratio", "other components' power ratio").value();
            params.addAll(List.of("server.ram.power", "server.other_consumption_ratio"));
            watts = (cpuW * cpuUnits + ramUnits * ramGb * ramW) * (1 + ratio);
            defaults.add(AppliedDefault.numeric("averagePower", watts, "W", InputStatus.COMPLETED,
                    "(CPU power curve × CPUs + RAM GB × server.ram.power) × (1 + server.other_consumption_ratio)",
                    ""));
        }
        double pue;
        if (c.pue().isPresent()) {
            pue = c.pue().getAsDouble();
        } else {
            Parameter p = r.optionalParameter("datacenter.pue." + zone)
                    .orElseGet(() -> r.parameter("datacenter.pue.world", "default data-centre PUE"));
            defaults.add(Resolver.archetype("pue", p, ""));
            params.add(p.id());
            pue = p.value();
            kWhMultipliers.add(Multiplier.of(p, 1));
        }
        Resolver.Resolved grid = r.factor("electricity." + zone, "electricity zone '" + zone + "'");
        ids.addAll(grid.ids());
        Resolver.addNotices(defaults, grid);
        Parameter lifetime = r.parameter("server.lifetime", "default server lifetime");
        double kWh = watts * 8760 / 1000 * pue;
        return new UnitPlan(embodied, grid.values().onlyPhases(Phase.USE), lifetime.value(),
                Resolver.archetype("lifetimeYears", lifetime, "years"), kWh, null, Double.NaN, null,
                List.copyOf(ids), List.copyOf(params), List.copyOf(defaults), List.of(lifetime.id()), List.of(),
                List.of(), List.copyOf(terms), grid.pieces(Phase.USE), List.copyOf(kWhMultipliers),
                Multiplier.of(lifetime, 1, Multiplier.LIFETIME), null);
    }

    private static void add(Resolver r, Footprint.Accumulator acc, List<String> ids, List<AppliedDefault> defaults,
                            List<LineTrace.Term> terms, String key, double quantity) {
        Resolver.Resolved f = r.factor(key, "server component factor");
        acc.add(f.values(), quantity);
        ids.addAll(f.ids());
        Resolver.addNotices(defaults, f);
        for (LineTrace.Term t : f.pieces(Phase.MANUFACTURE)) {
            terms.add(t.scaled(quantity, List.of()));
        }
    }

    /** CPU power at {@code load} (0..1) from the log curve {@code a·ln(b·(L% + c)) + d}, floored at 1 W. */
    static double logCurve(Resolver r, double load) {
        double a = r.parameter("server.cpu.power_curve.a", "CPU power curve").value();
        double b = r.parameter("server.cpu.power_curve.b", "CPU power curve").value();
        double c = r.parameter("server.cpu.power_curve.c", "CPU power curve").value();
        double d = r.parameter("server.cpu.power_curve.d", "CPU power curve").value();
        return Math.max(1, a * Math.log(b * (load * 100 + c)) + d);
    }

    /** CPU power at {@code load} (0..1) from the TDP-relative points at 0, 10, 50 and 100 %, linear between. */
    static double tdpCurve(Resolver r, double tdp, double load) {
        double[] x = {0, 0.10, 0.50, 1.0};
        double[] y = {
            r.parameter("server.cpu.tdp_curve.p0", "TDP power curve").value(),
            r.parameter("server.cpu.tdp_curve.p10", "TDP power curve").value(),
            r.parameter("server.cpu.tdp_curve.p50", "TDP power curve").value(),
            r.parameter("server.cpu.tdp_curve.p100", "TDP power curve").value()
        };
        for (int i = 1; i < x.length; i++) {
            if (load <= x[i]) {
                double t = (load - x[i - 1]) / (x[i] - x[i - 1]);
                return tdp * (y[i - 1] + t * (y[i] - y[i - 1]));
            }
        }
        return tdp * y[y.length - 1];
    }

    /** Takes an input when given, else the archetype parameter, recording the default. */
    private static final class Defaults {
        private final Resolver r;
        private final List<AppliedDefault> out;
        private final List<String> params;

        Defaults(Resolver r, List<AppliedDefault> out, List<String> params) {
            this.r = r;
            this.out = out;
            this.params = params;
        }

        int integer(OptionalInt given, String field, String parameterId, String unit) {
            if (given.isPresent()) {
                return given.getAsInt();
            }
            Parameter p = r.parameter(parameterId, "server archetype default for " + field);
            out.add(Resolver.archetype(field, p, unit));
            params.add(p.id());
            return (int) Math.round(p.value());
        }

        double real(OptionalDouble given, String field, String parameterId, String unit) {
            if (given.isPresent()) {
                return given.getAsDouble();
            }
            Parameter p = r.parameter(parameterId, "server archetype default for " + field);
            out.add(Resolver.archetype(field, p, unit));
            params.add(p.id());
            return p.value();
        }
    }
}
