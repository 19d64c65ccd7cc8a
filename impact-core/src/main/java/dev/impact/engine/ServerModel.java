package dev.impact.engine;

import dev.impact.factor.Parameter;
import dev.impact.inventory.CaseType;
import dev.impact.inventory.ServerFleet;
import dev.impact.measure.Footprint;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** The power-curve model ranges of the catalog ({@code server.cpu.power_curve.<range>.a}). */
    static final List<String> MODEL_RANGES = List.of("xeon-platinum", "xeon-gold", "xeon-silver", "xeon-e5",
            "xeon-e3", "xeon-e");
    /** GPU wafer geometry of BoaviztAPI's GPU model (models/component/gpu.py @15878f0): kerf and wafer, in mm. */
    static final double GPU_KERF_MM = 0.2;
    static final double GPU_WAFER_DIAMETER_MM = 300;
    /** Die area of GPU memory per GB (BoaviztAPI's VRAM_DIE_SURFACE_PER_GB, an average of the GPUs it studied). */
    static final double GPU_VRAM_MM2_PER_GB = 15.5;

    /** The plan under impact's own conventions. */
    static UnitPlan plan(Resolver r, ServerFleet.Configuration c, String zone) {
        return plan(r, c, zone, false);
    }

    /**
     * The plan of one server configuration in {@code zone}; {@code boaviztapi}: with a TDP, the CPU power follows
     * BoaviztAPI's logarithmic curve refitted through the TDP points (else impact's straight lines between them), and
     * without a PUE of the line's own the energy is IT energy only (BoaviztAPI has no PUE; else the catalog's), and the
     * grid factor is BoaviztAPI's for the zone ({@code boaviztapi.electricity.<zone>}) where the catalog has it.
     */
    static UnitPlan plan(Resolver r, ServerFleet.Configuration c, String zone, boolean boaviztapi) {
        List<AppliedDefault> defaults = new ArrayList<>();
        List<String> params = new ArrayList<>();
        ServerFleet.Detail x = c.detail();
        ServerSpecs specs = x.archetype().isPresent() || x.cpuName().isPresent() || x.cpuFamily().isPresent()
                || x.gpuName().isPresent() ? ServerSpecs.of(r.catalog()) : null;
        String archetype = x.archetype().map(a -> specs.archetype(a)).orElse(null);
        Defaults d = new Defaults(r, defaults, params, archetype);
        ServerSpecs.Cpu named = x.cpuName().map(n -> specs.cpu(n)).orElse(null);

        int cpuUnits = d.integer(c.cpuUnits(), "cpu.units", "server.cpu.units", "");
        OptionalInt givenCores = c.cpuCores();
        if (givenCores.isEmpty() && named != null && !Double.isNaN(named.cores())) {
            givenCores = OptionalInt.of((int) Math.round(named.cores()));
            defaults.add(fromName("cpu.cores", named.cores(), "", named, "cores"));
        }
        double dieArea;
        if (c.cpuDieAreaMm2().isPresent()) {
            dieArea = c.cpuDieAreaMm2().getAsDouble();
        } else if (c.cpuDiePerCoreMm2().isPresent()) {
            int cores = d.integer(givenCores, "cpu.cores", "server.cpu.cores", "");
            dieArea = c.cpuDiePerCoreMm2().getAsDouble() * cores;
            defaults.add(AppliedDefault.numeric("cpu.dieArea", dieArea, "mm2", InputStatus.COMPLETED,
                    "die area per core × cores", ""));
        } else if (named != null && !Double.isNaN(named.dieMm2())) {
            dieArea = named.dieMm2();
            defaults.add(fromName("cpu.dieArea", dieArea, "mm2", named, "die"));
        } else if (x.cpuFamily().isPresent()) {
            dieArea = familyDie(specs.family(x.cpuFamily().get()), givenCores);
            defaults.add(AppliedDefault.numeric("cpu.dieArea", dieArea, "mm2", InputStatus.COMPLETED,
                    "BoaviztAPI's completion from the CPU family '" + x.cpuFamily().get() + "' (mean of the family's"
                            + " rows with the same core count, else rule of three, else linear fit on cores)",
                    "cpu.spec." + ServerSpecs.slug(x.cpuFamily().get())));
        } else {
            int cores = d.integer(givenCores, "cpu.cores", "server.cpu.cores", "");
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
        int hddUnits = d.integer(c.hddUnits(), "hdd.units", "server.hdd.units", "") + x.moreHdd();
        int psuUnits = d.integer(c.psuUnits(), "psu.units", "server.psu.units", "");
        double psuKg = d.real(c.psuMassKg(), "psu.mass", "server.psu.mass", "kg");
        CaseType caseType = c.caseType().orElse(CaseType.RACK);
        if (c.caseType().isEmpty()) {
            defaults.add(AppliedDefault.text("case", "rack", InputStatus.DEFAULT,
                    "rack case assumed when none is given (BoaviztAPI's default case type)"));
        }
        double ramGbTotal = ramUnits * ramGb;
        double ramCm2 = ramUnits * ramGb / ramDensity;
        int ramModules = ramUnits;
        for (ServerFleet.Group g : x.moreRam()) {
            double density = Double.isNaN(g.densityGbPerCm2()) ? d.generic("ram.density", "server.ram.density",
                    "GB/cm2") : g.densityGbPerCm2();
            ramGbTotal += g.units() * g.capacityGb();
            ramCm2 += g.units() * g.capacityGb() / density;
            ramModules += g.units();
        }
        double ssdCm2 = ssdUnits * ssdGb / ssdDensity;
        int ssdDrives = ssdUnits;
        for (ServerFleet.Group g : x.moreSsd()) {
            double density = Double.isNaN(g.densityGbPerCm2()) ? d.generic("ssd.density", "server.ssd.density",
                    "GB/cm2") : g.densityGbPerCm2();
            ssdCm2 += g.units() * g.capacityGb() / density;
            ssdDrives += g.units();
        }
        int gpuUnits = 0;
        if (x.gpuUnits().isPresent()) {
            gpuUnits = x.gpuUnits().getAsInt();
        } else if (archetype != null && r.optionalParameter(archetype + "gpu.units").isPresent()) {
            Parameter p = r.parameter(archetype + "gpu.units", "archetype GPUs");
            params.add(p.id());
            gpuUnits = (int) Math.round(p.value());
            if (gpuUnits > 0) {
                defaults.add(Resolver.archetype("gpu.units", p, ""));
            }
        }

        List<String> ids = new ArrayList<>();
        Footprint.Accumulator acc = new Footprint.Accumulator();
        List<LineTrace.Term> terms = new ArrayList<>();
        add(r, acc, ids, defaults, terms, "server.cpu.die", dieArea * cpuUnits);
        add(r, acc, ids, defaults, terms, "server.cpu.base", cpuUnits);
        add(r, acc, ids, defaults, terms, "server.ram.die", ramCm2);
        add(r, acc, ids, defaults, terms, "server.ram.base", ramModules);
        if (ssdDrives > 0) {
            add(r, acc, ids, defaults, terms, "server.ssd.die", ssdCm2);
            add(r, acc, ids, defaults, terms, "server.ssd.base", ssdDrives);
        }
        if (hddUnits > 0) {
            add(r, acc, ids, defaults, terms, "server.hdd", hddUnits);
        }
        add(r, acc, ids, defaults, terms, "server.motherboard", 1);
        add(r, acc, ids, defaults, terms, "server.psu", psuUnits * psuKg);
        add(r, acc, ids, defaults, terms, caseType == CaseType.RACK ? "server.case.rack" : "server.case.blade", 1);
        add(r, acc, ids, defaults, terms, "server.assembly", 1);
        if (gpuUnits > 0) {
            gpu(r, specs, x, gpuUnits, acc, ids, defaults, params, terms, archetype);
        }
        Footprint embodied = gpuUnits > 0
                ? acc.toFootprint().onlyPhases(Phase.MANUFACTURE, Phase.DISTRIBUTION, Phase.END_OF_LIFE)
                : acc.toFootprint().onlyPhases(Phase.MANUFACTURE);

        double watts;
        List<Multiplier> kWhMultipliers = new ArrayList<>(2);
        if (c.averagePowerWatts().isPresent()) {
            watts = c.averagePowerWatts().getAsDouble();
            kWhMultipliers.add(Multiplier.input(Multiplier.ENERGY, 1));
        } else {
            double load = x.workload().isEmpty() ? d.real(c.load(), "load", "server.cpu.load", "ratio") : Double.NaN;
            String range = named == null ? null : ServerSpecs.modelRange(x.cpuName().get(), MODEL_RANGES).orElse(null);
            String curve = range == null ? "server.cpu.power_curve." : "server.cpu.power_curve." + range + ".";
            OptionalDouble tdp = c.cpuTdpWatts();
            if (tdp.isEmpty() && named != null && !Double.isNaN(named.tdp())) {
                tdp = OptionalDouble.of(named.tdp());
                defaults.add(fromName("cpu.tdp", named.tdp(), "W", named, "tdp"));
            }
            java.util.function.DoubleUnaryOperator cpuAt; // load 0..1 -> W
            if (tdp.isPresent() && boaviztapi) {
                double t = tdp.getAsDouble();
                CpuPowerCurve refit = logCurve(r, curve, params).refit(new double[] {0, 10, 50, 100},
                        tdpPoints(r, t, params));
                cpuAt = l -> refit.watts(l * 100);
                defaults.add(AppliedDefault.numeric("cpu.powerCurve.a", refit.a(), "W", InputStatus.COMPLETED,
                        "BoaviztAPI's log curve a·ln(L + c) + k refitted through the TDP points (c = " + refit.c()
                                + " %, k = " + refit.k() + " W)", "boaviztapi convention"));
            } else if (tdp.isPresent()) {
                double t = tdp.getAsDouble();
                cpuAt = l -> tdpCurve(r, t, l);
                params.addAll(List.of("server.cpu.tdp_curve.p0", "server.cpu.tdp_curve.p10",
                        "server.cpu.tdp_curve.p50", "server.cpu.tdp_curve.p100"));
            } else {
                CpuPowerCurve log = logCurve(r, curve, params);
                cpuAt = l -> log.watts(l * 100);
            }
            double ramW = r.parameter("server.ram.power", "RAM power per GB").value();
            params.add("server.ram.power");
            Parameter ratioParameter = d.parameter("otherConsumptionRatio", "server.other_consumption_ratio");
            double ratio = ratioParameter.value();
            if (archetype != null && ratioParameter.id().startsWith(archetype)) {
                defaults.add(Resolver.archetype("otherConsumptionRatio", ratioParameter, "ratio"));
            }
            double cpuW;
            double onShare;
            if (x.workload().isEmpty()) {
                cpuW = cpuAt.applyAsDouble(load);
                onShare = 1;
            } else {
                cpuW = 0;
                onShare = 0;
                for (ServerFleet.WorkloadShare w : x.workload()) {
                    cpuW += w.timeShare() * cpuAt.applyAsDouble(w.load());
                    onShare += w.timeShare();
                }
            }
            double gpuW = 0;
            if (gpuUnits > 0) {
                if (x.gpuPowerWatts().isPresent()) {
                    gpuW = gpuUnits * x.gpuPowerWatts().getAsDouble();
                } else {
                    defaults.add(AppliedDefault.text("gpu.power", "not counted", InputStatus.DEFAULT,
                            "no GPU power given: BoaviztAPI has no GPU power model, so the GPUs add no energy"));
                }
            }
            watts = (cpuW * cpuUnits + ramGbTotal * ramW * onShare + gpuW) * (1 + ratio);
            defaults.add(AppliedDefault.numeric("averagePower", watts, "W", InputStatus.COMPLETED,
                    "(CPU power curve × CPUs + RAM GB × server.ram.power + GPU power) × (1 +"
                            + " server.other_consumption_ratio)" + (x.workload().isEmpty() ? ""
                            : ", time-weighted over the workload's loads"), ""));
        }
        double pue;
        if (c.pue().isPresent()) {
            pue = c.pue().getAsDouble();
        } else if (boaviztapi) {
            pue = 1;
            defaults.add(AppliedDefault.numeric("pue", 1, "", InputStatus.DEFAULT,
                    "boaviztapi convention: IT energy only (BoaviztAPI applies no data-centre PUE)", ""));
        } else {
            Parameter p = r.optionalParameter("datacenter.pue." + zone)
                    .orElseGet(() -> r.parameter("datacenter.pue.world", "default data-centre PUE"));
            defaults.add(Resolver.archetype("pue", p, ""));
            params.add(p.id());
            pue = p.value();
            kWhMultipliers.add(Multiplier.of(p, 1));
        }
        Resolver.Resolved grid = boaviztapi ? boaviztapiGrid(r, zone, defaults)
                : r.factor("electricity." + zone, "electricity zone '" + zone + "'");
        ids.addAll(grid.ids());
        Resolver.addNotices(defaults, grid);
        Parameter lifetime = d.lookup("lifetime", "server.lifetime");
        double kWh = watts * 8760 / 1000 * pue;
        return new UnitPlan(embodied, grid.values().onlyPhases(Phase.USE), lifetime.value(),
                Resolver.archetype("lifetimeYears", lifetime, "years"), kWh, null, Double.NaN, null,
                List.copyOf(ids), List.copyOf(params), List.copyOf(defaults), List.of(lifetime.id()), List.of(),
                List.of(), List.copyOf(terms), grid.pieces(Phase.USE), List.copyOf(kWhMultipliers),
                Multiplier.of(lifetime, 1, Multiplier.LIFETIME), null);
    }

    /**
     * BoaviztAPI's grid factor for {@code zone} ({@code boaviztapi.electricity.<zone>}), or impact's when the catalog
     * has none, which is then added to {@code notices}: the grid of every line under the BoaviztAPI convention.
     */
    static Resolver.Resolved boaviztapiGrid(Resolver r, String zone, List<AppliedDefault> notices) {
        if (r.hasKey("boaviztapi.electricity." + zone)) {
            return r.factor("boaviztapi.electricity." + zone, "BoaviztAPI's grid factor for zone '" + zone + "'");
        }
        notices.add(AppliedDefault.text("grid", "impact's", InputStatus.DEFAULT, "boaviztapi convention:"
                + " the catalog has no BoaviztAPI grid factor for zone " + zone + ", impact's is used"));
        return r.factor("electricity." + zone, "electricity zone '" + zone + "'");
    }

    private static AppliedDefault fromName(String field, double value, String unit, ServerSpecs.Cpu cpu,
                                           String attribute) {
        return AppliedDefault.numeric(field, value, unit, InputStatus.COMPLETED, cpu.prefix() + "." + attribute,
                "BoaviztAPI CPU table (cpu_specs.csv)");
    }

    /**
     * BoaviztAPI's die-area completion from a family's rows: the mean of the rows with the given core count; without
     * a core count, the family's mean; when every row has one core count, a rule of three on it; else the least-squares
     * line of die area on cores at the given count.
     */
    static double familyDie(List<ServerSpecs.Cpu> rows, OptionalInt cores) {
        if (cores.isEmpty()) {
            return rows.stream().mapToDouble(ServerSpecs.Cpu::dieMm2).average().orElseThrow();
        }
        int n = cores.getAsInt();
        double[] same = rows.stream().filter(c -> c.cores() == n).mapToDouble(ServerSpecs.Cpu::dieMm2).toArray();
        if (same.length > 0) {
            return java.util.Arrays.stream(same).average().orElseThrow();
        }
        List<ServerSpecs.Cpu> withCores = rows.stream().filter(c -> !Double.isNaN(c.cores())).toList();
        if (withCores.isEmpty()) {
            return rows.stream().mapToDouble(ServerSpecs.Cpu::dieMm2).average().orElseThrow();
        }
        double first = withCores.get(0).cores();
        if (withCores.stream().allMatch(c -> c.cores() == first)) {
            return withCores.get(0).dieMm2() * n / first;
        }
        org.apache.commons.math3.stat.regression.SimpleRegression fit =
                new org.apache.commons.math3.stat.regression.SimpleRegression();
        withCores.forEach(c -> fit.addData(c.cores(), c.dieMm2()));
        return fit.predict(n);
    }

    /**
     * One GPU's embodied impacts × {@code units}, BoaviztAPI's GPU model: casing, heatsink (kg), board (cm²), die and
     * memory dies (mm² of wafer used, losses included), upstream transport (kg) in manufacture; transport to the
     * user (kg) in distribution; end of life (kg).
     */
    private static void gpu(Resolver r, ServerSpecs specs, ServerFleet.Detail x, int units,
                            Footprint.Accumulator acc, List<String> ids, List<AppliedDefault> defaults,
                            List<String> params, List<LineTrace.Term> terms, String archetype) {
        String prefix = x.gpuName().map(n -> specs.gpu(n)).orElse("gpu.archetype.default");
        java.util.function.Function<String, Double> attr = a -> {
            Parameter p = r.parameter(prefix + "." + a, "GPU " + a);
            params.add(p.id());
            return p.value();
        };
        double effectiveDie;
        Optional<Parameter> eff = r.optionalParameter(prefix + ".effective_die");
        if (eff.isPresent()) {
            effectiveDie = eff.get().value();
            params.add(eff.get().id());
        } else {
            effectiveDie = waferArea(attr.apply("die"));
        }
        double vramGb;
        if (x.gpuMemoryGb().isPresent()) {
            vramGb = x.gpuMemoryGb().getAsDouble();
        } else if (x.gpuName().isEmpty() && archetype != null
                && r.optionalParameter(archetype + "gpu.vram").isPresent()) {
            Parameter p = r.parameter(archetype + "gpu.vram", "archetype GPU memory");
            params.add(p.id());
            defaults.add(Resolver.archetype("gpu.memory", p, "GB"));
            vramGb = p.value();
        } else {
            vramGb = attr.apply("vram");
        }
        double dies = attr.apply("vram_dies");
        double vramArea = vramGb == 0 ? 0 : waferArea(vramGb * GPU_VRAM_MM2_PER_GB / dies) * dies;
        double mass = attr.apply("mass");
        if (x.gpuName().isEmpty()) {
            defaults.add(AppliedDefault.text("gpu", "Large GPU", InputStatus.ARCHETYPE,
                    "BoaviztAPI's default GPU archetype (gpu.archetype.default)"));
        }
        add(r, acc, ids, defaults, terms, "server.gpu.casing", units * attr.apply("casing_mass"));
        add(r, acc, ids, defaults, terms, "server.gpu.heatsink", units * attr.apply("heatsink_mass"));
        add(r, acc, ids, defaults, terms, "server.gpu.pwb", units * attr.apply("pwb"));
        add(r, acc, ids, defaults, terms, "server.gpu.die", units * effectiveDie);
        add(r, acc, ids, defaults, terms, "server.gpu.vram", units * vramArea);
        add(r, acc, ids, defaults, terms, "server.gpu.upstream", units * mass);
        add(r, acc, ids, defaults, terms, "server.gpu.distribution", units * mass);
        add(r, acc, ids, defaults, terms, "server.gpu.end_of_life", units * mass);
    }

    /**
     * The wafer area one die of {@code dieMm2} takes, losses included (BoaviztAPI's GPU model): the die widened by the
     * kerf; dies per 300 mm wafer = wafer area / die area − π·diameter / √(2·die area); the wafer shared among them;
     * divided by the yield {@code exp(−√(die area / 100 × 0.1))}.
     */
    static double waferArea(double dieMm2) {
        double side = Math.sqrt(dieMm2) + GPU_KERF_MM;
        double area = side * side;
        double wafer = Math.PI * Math.pow(GPU_WAFER_DIAMETER_MM / 2, 2);
        double perWafer = wafer / area - Math.PI * GPU_WAFER_DIAMETER_MM / Math.sqrt(2 * area);
        double effective = area * wafer / (perWafer * area);
        return effective / Math.exp(-Math.sqrt(area / 100 * 0.1));
    }

    private static CpuPowerCurve logCurve(Resolver r, String prefix, List<String> params) {
        double[] v = new double[4];
        String[] n = {"a", "b", "c", "d"};
        for (int i = 0; i < 4; i++) {
            v[i] = r.parameter(prefix + n[i], "CPU power curve").value();
            params.add(prefix + n[i]);
        }
        return CpuPowerCurve.of(v[0], v[1], v[2], v[3]);
    }

    private static double[] tdpPoints(Resolver r, double tdp, List<String> params) {
        String[] p = {"p0", "p10", "p50", "p100"};
        double[] out = new double[4];
        for (int i = 0; i < 4; i++) {
            out[i] = tdp * r.parameter("server.cpu.tdp_curve." + p[i], "TDP power curve").value();
            params.add("server.cpu.tdp_curve." + p[i]);
        }
        return out;
    }

    private static void add(Resolver r, Footprint.Accumulator acc, List<String> ids, List<AppliedDefault> defaults,
                            List<LineTrace.Term> terms, String key, double quantity) {
        Resolver.Resolved f = r.factor(key, "server component factor");
        acc.add(f.values(), quantity);
        ids.addAll(f.ids());
        Resolver.addNotices(defaults, f);
        for (LineTrace.Term t : f.pieces(Phase.MANUFACTURE, Phase.DISTRIBUTION, Phase.END_OF_LIFE)) {
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

    /**
     * Takes an input when given, else the named archetype's parameter ({@code server.archetype.<name>.<field>}) when
     * it has one, else the generic server parameter, recording the default.
     */
    private static final class Defaults {
        private final Resolver r;
        private final List<AppliedDefault> out;
        private final List<String> params;
        private final String archetype; // "server.archetype.<name>." or null

        Defaults(Resolver r, List<AppliedDefault> out, List<String> params, String archetype) {
            this.r = r;
            this.out = out;
            this.params = params;
            this.archetype = archetype;
        }

        Parameter parameter(String field, String parameterId) {
            Parameter p = lookup(field, parameterId);
            params.add(p.id());
            return p;
        }

        /** The archetype's parameter when it has one, else the generic one (not listed in the plan's parameters). */
        Parameter lookup(String field, String parameterId) {
            if (archetype != null) {
                Optional<Parameter> a = r.optionalParameter(archetype + parameterId.substring("server.".length()));
                if (a.isPresent()) {
                    return a.get();
                }
            }
            return r.parameter(parameterId, "server archetype default for " + field);
        }

        int integer(OptionalInt given, String field, String parameterId, String unit) {
            if (given.isPresent()) {
                return given.getAsInt();
            }
            Parameter p = parameter(field, parameterId);
            out.add(Resolver.archetype(field, p, unit));
            return (int) Math.round(p.value());
        }

        double real(OptionalDouble given, String field, String parameterId, String unit) {
            if (given.isPresent()) {
                return given.getAsDouble();
            }
            Parameter p = parameter(field, parameterId);
            out.add(Resolver.archetype(field, p, unit));
            return p.value();
        }

        /** The generic parameter (no archetype), for the further component groups. */
        double generic(String field, String parameterId, String unit) {
            Parameter p = r.parameter(parameterId, "server default for " + field);
            params.add(p.id());
            if (out.stream().noneMatch(x -> x.field().equals(field))) {
                out.add(Resolver.archetype(field, p, unit));
            }
            return p.value();
        }
    }
}
