package dev.impact.engine;

import dev.impact.internal.Suggestions;
import dev.impact.factor.Parameter;
import dev.impact.inventory.Activity;
import dev.impact.inventory.AiInference;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.NetworkKind;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.StorageMedium;
import dev.impact.inventory.LineRejectedException;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The models of usage lines: data transfer, data storage, cloud compute and AI inference. Each turns a line into
 * a footprint for the period from catalog factors and parameters, recording the factors used and the inputs it
 * completed. The formulas are in each method's documentation; the constants are catalog data with their sources.
 */
final class ActivityModels {
    private ActivityModels() {
    }

    /** What a model computed for one line. */
    record Computed(Footprint footprint, List<String> factorIds, List<String> parameterIds,
                    List<AppliedDefault> defaults) {
    }

    static Computed compute(Resolver r, Activity line, String zone, LineTrace trace) {
        Work w = new Work(r, zone, trace);
        if (line instanceof NetworkTransfer) {
            network(w, (NetworkTransfer) line);
        } else if (line instanceof DataStorage) {
            storage(w, (DataStorage) line);
        } else if (line instanceof CloudCompute) {
            cloud(w, (CloudCompute) line);
        } else if (line instanceof AiInference) {
            ai(w, (AiInference) line);
        } else {
            throw new AssertionError(line.getClass());
        }
        return new Computed(w.acc.toFootprint(), w.ids, w.params, w.defaults);
    }

    /** Per-line working state: the footprint being summed, the ids and defaults being recorded. */
    private static final class Work {
        final Resolver r;
        final String zone;
        final Footprint.Accumulator acc = new Footprint.Accumulator();
        final List<String> ids = new ArrayList<>();
        final List<String> params = new ArrayList<>();
        final List<AppliedDefault> defaults = new ArrayList<>();
        /** null in normal runs. */
        final LineTrace trace;
        /** The line's quantity, as a multiplier of the terms proportional to it. */
        final Multiplier q = Multiplier.input(Multiplier.QUANTITY, 1);
        /** The PUE parameter the last {@link #pue} call took, or null when the line gave its PUE. */
        Multiplier pueMultiplier;

        Work(Resolver r, String zone, LineTrace trace) {
            this.r = r;
            this.zone = zone;
            this.trace = trace;
        }

        /**
         * Adds {@code kWh} of electricity in the line's zone (use phase, every indicator the grid factor has),
         * proportional to {@code by}.
         */
        void electricity(double kWh, Multiplier... by) {
            electricityUntraced(kWh);
            traceElectricity(kWh, by);
        }

        void electricityUntraced(double kWh) {
            Resolver.Resolved grid = r.factor("electricity." + zone, "electricity zone '" + zone + "'");
            acc.add(grid.values().onlyPhases(Phase.USE), kWh);
            addIds(grid.ids());
        }

        /** Traces {@code kWh} of electricity (part of what {@link #electricityUntraced} added). */
        void traceElectricity(double kWh, Multiplier... by) {
            if (trace != null) {
                Resolver.Resolved grid = r.factor("electricity." + zone, "electricity zone '" + zone + "'");
                trace.addAll(grid.pieces(Phase.USE), kWh, by);
            }
        }

        /** Adds climate change only, in kgCO2e, to one phase, proportional to {@code by}. */
        void climate(Phase phase, double kg, Multiplier... by) {
            Footprint f = Footprint.builder().set(phase, Indicator.CLIMATE_CHANGE, kg).build();
            acc.add(f);
            if (trace != null) {
                trace.add(f, 1, LineTrace.nonNull(by));
            }
        }

        /** Adds {@code f × scale}, proportional to f's factors and to {@code by}. */
        void add(Resolver.Resolved f, double scale, Multiplier... by) {
            acc.add(f.values(), scale);
            addIds(f.ids());
            if (trace != null) {
                trace.addAll(f.pieces(), scale, by);
            }
        }

        void addIds(List<String> more) {
            for (String id : more) {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }

        double param(String id, String what) {
            return use(r.parameter(id, what));
        }

        /** Records a parameter as used and returns its value. */
        double use(Parameter p) {
            if (!params.contains(p.id())) {
                params.add(p.id());
            }
            return p.value();
        }

        /** The PUE given, else the catalog's for the zone, else the world's; the default is recorded. */
        double pue(java.util.OptionalDouble given) {
            if (given.isPresent()) {
                pueMultiplier = null;
                return given.getAsDouble();
            }
            Optional<Parameter> p = r.optionalParameter("datacenter.pue." + zone);
            Parameter pue = p.orElseGet(() -> r.parameter("datacenter.pue.world", "default data-centre PUE"));
            defaults.add(Resolver.archetype("pue", pue, ""));
            pueMultiplier = Multiplier.of(pue, 1);
            return use(pue);
        }
    }

    /**
     * Data transfer.
     * <ul>
     * <li>{@code PER_GB}: GB × the factor {@code network.<fixed|fixed-no-box|mobile>.<zone>} (NegaOctet, via
     *     ADEME).</li>
     * <li>{@code ONEBYTE}: kWh = GB × (data centre × (1 − green) + network), network = wired (fixed), 4G (mobile)
     *     or the mean of wired, Wi-Fi and 4G (unspecified, as co2.js); × the zone's grid factor, or with
     *     {@code modelGridIntensity()} the model's 519 g/kWh (475 g/kWh for the network share of green
     *     hosting, as co2.js 0.19 does; a fractional green share interpolates between the two).</li>
     * <li>{@code SWD_V4}: operational kWh = GB × (DC × (1 − green) + network + device) × the zone's grid factor (or the
     *     model's 494 g/kWh), reported as use; embodied kWh = GB × (DC + network + device) × 494 g/kWh always
     *     (as the model and co2.js do), reported as manufacture, climate change only.</li>
     * </ul>
     */
    static void network(Work w, NetworkTransfer n) {
        double gb = n.volumeGb();
        double green = n.greenHosting();
        switch (n.model()) {
            case PER_GB: {
                if (n.kind() == NetworkKind.UNSPECIFIED) {
                    throw new LineRejectedException("networkKind", "UNSPECIFIED", "network kind must be FIXED or MOBILE for the"
                            + " PER_GB model, was"
                            + " UNSPECIFIED; give the kind, or use the ONEBYTE or SWD_V4 model");
                }
                Resolver.Resolved f = perGbFactor(w.r, perGbKind(n), w.zone);
                w.add(f, gb, w.q);
                return;
            }
            case ONEBYTE: {
                double dc = w.param("onebyte.datacenter", "OneByte model");
                double net;
                if (n.kind() == NetworkKind.FIXED) {
                    net = w.param("onebyte.network.wired", "OneByte model");
                } else if (n.kind() == NetworkKind.MOBILE) {
                    net = w.param("onebyte.network.4g", "OneByte model");
                } else {
                    net = (w.param("onebyte.network.wired", "OneByte model") + w.param("onebyte.network.wifi",
                            "OneByte model") + w.param("onebyte.network.4g", "OneByte model")) / 3;
                }
                if (n.usesModelGridIntensity()) {
                    double grey = w.param("onebyte.grid.grey", "OneByte model") / 1000;
                    double greenNet = w.param("onebyte.grid.green.network", "OneByte model") / 1000;
                    double kg = gb * (dc * (1 - green) * grey + net * ((1 - green) * grey + green * greenNet));
                    w.climate(Phase.USE, kg, w.q);
                } else {
                    w.electricity(gb * (dc * (1 - green) + net), w.q);
                }
                return;
            }
            case SWD_V4: {
                double opDc = w.param("swd4.operational.datacenter", "SWD v4 model");
                double opNet = w.param("swd4.operational.network", "SWD v4 model");
                double opDev = w.param("swd4.operational.device", "SWD v4 model");
                double emb = w.param("swd4.embodied.datacenter", "SWD v4 model")
                        + w.param("swd4.embodied.network", "SWD v4 model")
                        + w.param("swd4.embodied.device", "SWD v4 model");
                double global = w.param("swd4.grid.global", "SWD v4 model") / 1000;
                double opKWh = gb * (opDc * (1 - green) + opNet + opDev);
                if (n.usesModelGridIntensity()) {
                    w.climate(Phase.USE, opKWh * global, w.q);
                } else {
                    w.electricity(opKWh, w.q);
                }
                w.climate(Phase.MANUFACTURE, gb * emb * global, w.q);
                return;
            }
            default:
                throw new AssertionError(n.model());
        }
    }

    /** The per-GB network kinds, in the order of {@link #perGbKind}. */
    static final String[] PER_GB_KINDS = {"mobile", "fixed", "fixed-no-box"};

    /** The index in {@link #PER_GB_KINDS} of a {@code PER_GB} line's kind (not {@code UNSPECIFIED}). */
    static int perGbKind(NetworkTransfer n) {
        return n.kind() == NetworkKind.MOBILE ? 0 : n.includesBox() ? 1 : 2;
    }

    /** The per-GB factor {@code network.<kind>.<zone>} of {@link #PER_GB_KINDS}{@code [kind]}. */
    static Resolver.Resolved perGbFactor(Resolver r, int kind, String zone) {
        String k = PER_GB_KINDS[kind];
        return r.factor("network." + k + "." + zone, "per-GB " + k + " network factor for zone '" + zone + "'");
    }

    /**
     * Data storage, per TB-year stored × replication.
     * <ul>
     * <li>{@code HARDWARE}: use = Wh per TB-hour of the medium ({@code storage.<ssd|hdd>.power}, Cloud Carbon
     *     Footprint) × 8760 h / 1000 × PUE × the zone's grid factor; embodied (manufacture) = the drives'
     *     manufacture per TB (BoaviztAPI: SSD {@code (1000 / density) × server.ssd.die + server.ssd.base × 1000 /
     *     storage.ssd.capacity}; HDD {@code server.hdd × 1000 / storage.hdd.capacity}) / {@code storage.lifetime}.
     *     An unspecified medium takes the mean of SSD and HDD.</li>
     * <li>{@code PER_TB_YEAR}: the factor {@code storage.cloud.<zone>} per TB-year.</li>
     * </ul>
     */
    static void storage(Work w, DataStorage s) {
        double tbYears = s.tbYears() * s.replication();
        switch (s.model()) {
            case PER_TB_YEAR: {
                Resolver.Resolved f = w.r.factor("storage.cloud." + w.zone, "per-TB-year storage factor for zone '"
                        + w.zone + "'");
                w.add(f, tbYears, w.q);
                return;
            }
            case HARDWARE: {
                double pue = w.pue(s.pue());
                StorageMedium m = s.medium();
                double whPerTbH;
                Footprint embodiedPerTbYear;
                double lifetime = w.param("storage.lifetime", "storage hardware lifetime");
                if (m == StorageMedium.UNSPECIFIED) {
                    whPerTbH = (mediumPower(w, "ssd") + mediumPower(w, "hdd")) / 2;
                    embodiedPerTbYear = new Footprint.Accumulator().add(ssdPerTb(w), 0.5 / lifetime)
                            .add(hddPerTb(w), 0.5 / lifetime).toFootprint();
                    w.defaults.add(AppliedDefault.text("medium", "mean of SSD and HDD", InputStatus.COMPLETED,
                            "no medium given: the mean of the SSD and HDD figures"));
                } else if (m == StorageMedium.TAPE) {
                    whPerTbH = mediumPower(w, "tape");
                    Resolver.Resolved f = w.r.factor("storage.tape", "embodied impact of tape storage per TB-year");
                    w.addIds(f.ids());
                    embodiedPerTbYear = f.values();
                } else {
                    whPerTbH = mediumPower(w, m == StorageMedium.SSD ? "ssd" : "hdd");
                    embodiedPerTbYear = (m == StorageMedium.SSD ? ssdPerTb(w) : hddPerTb(w)).times(1 / lifetime);
                }
                Multiplier power = m == StorageMedium.UNSPECIFIED ? null : Multiplier.of(w.r.parameter("storage."
                        + (m == StorageMedium.SSD ? "ssd" : m == StorageMedium.HDD ? "hdd" : "tape") + ".power",
                        "storage power"), 1);
                w.electricity(tbYears * whPerTbH * 8760 / 1000 * pue, w.q, w.pueMultiplier, power);
                w.acc.add(embodiedPerTbYear.onlyPhases(Phase.MANUFACTURE), tbYears);
                if (w.trace != null) {
                    traceStorageEmbodied(w, m, tbYears, lifetime);
                }
                return;
            }
            default:
                throw new AssertionError(s.model());
        }
    }

    /**
     * Terms of the storage hardware's manufacture: each drive factor × TB-years / lifetime (× the share of SSD and
     * HDD for an unspecified medium), proportional to the factor, the quantity and 1 / storage lifetime; densities
     * and capacities are not propagated. Tape: its per-TB-year factor × TB-years.
     */
    private static void traceStorageEmbodied(Work w, StorageMedium m, double tbYears, double lifetime) {
        Multiplier life = Multiplier.of(w.r.parameter("storage.lifetime", "storage lifetime"), -1);
        if (m == StorageMedium.TAPE) {
            w.trace.addAll(w.r.factor("storage.tape", "tape").pieces(Phase.MANUFACTURE), tbYears, w.q);
            return;
        }
        double share = m == StorageMedium.UNSPECIFIED ? 0.5 : 1;
        double k = tbYears * share / lifetime;
        if (m != StorageMedium.HDD) {
            double density = w.r.parameter("server.ssd.density", "SSD density").value();
            double capacity = w.r.parameter("storage.ssd.capacity", "SSD capacity").value();
            w.trace.addAll(w.r.factor("server.ssd.die", "SSD die").pieces(Phase.MANUFACTURE), k * 1000 / density,
                    w.q, life);
            w.trace.addAll(w.r.factor("server.ssd.base", "SSD base").pieces(Phase.MANUFACTURE), k * 1000 / capacity,
                    w.q, life);
        }
        if (m != StorageMedium.SSD) {
            double capacity = w.r.parameter("storage.hdd.capacity", "HDD capacity").value();
            w.trace.addAll(w.r.factor("server.hdd", "HDD").pieces(Phase.MANUFACTURE), k * 1000 / capacity, w.q,
                    life);
        }
    }

    private static double mediumPower(Work w, String medium) {
        return w.param("storage." + medium + ".power", "storage power of " + medium + " (Wh per TB-hour)");
    }

    /** Manufacture of 1 TB of SSD: 1000 GB / density cm² of die, plus the per-drive part shared by its TB. */
    private static Footprint ssdPerTb(Work w) {
        double density = w.param("server.ssd.density", "SSD density");
        double capacityGb = w.param("storage.ssd.capacity", "SSD drive capacity for storage");
        Resolver.Resolved die = w.r.factor("server.ssd.die", "SSD die factor");
        Resolver.Resolved base = w.r.factor("server.ssd.base", "SSD base factor");
        w.addIds(die.ids());
        w.addIds(base.ids());
        return new Footprint.Accumulator().add(die.values(), 1000 / density).add(base.values(), 1000 / capacityGb)
                .toFootprint();
    }

    /** Manufacture of 1 TB of HDD: one drive's manufacture shared by its TB. */
    private static Footprint hddPerTb(Work w) {
        double capacityGb = w.param("storage.hdd.capacity", "HDD drive capacity for storage");
        Resolver.Resolved hdd = w.r.factor("server.hdd", "HDD factor");
        w.addIds(hdd.ids());
        return hdd.values().times(1000 / capacityGb);
    }

    /**
     * Cloud compute, Cloud Carbon Footprint methodology: kWh = (min W + utilisation × (max W − min W)) per vCPU ×
     * vCPU-hours / 1000 × PUE + memory GB-hours × {@code cloud.memory.energy} × PUE, × the zone's grid factor;
     * embodied = vCPU-hours × {@code cloud.<provider>.vcpu.embodied} where the catalog has it (else not available).
     */
    static void cloud(Work w, CloudCompute c) {
        String p = c.provider();
        if (w.r.optionalParameter("cloud." + p + ".cpu.min_watts").isEmpty()) {
            TreeSet<String> known = new TreeSet<>();
            w.r.catalog().parameters().forEach(x -> {
                String id = x.id();
                if (id.startsWith("cloud.") && id.endsWith(".cpu.min_watts")) {
                    known.add(id.substring(6, id.length() - ".cpu.min_watts".length()));
                }
            });
            throw new LineRejectedException("provider", p, "unknown cloud provider '" + p + "'; expected one of " + known
                    + Suggestions.didYouMean(p, known));
        }
        double min = w.param("cloud." + p + ".cpu.min_watts", "cloud CPU power");
        double max = w.param("cloud." + p + ".cpu.max_watts", "cloud CPU power");
        double u;
        if (c.utilisation().isPresent()) {
            u = c.utilisation().getAsDouble();
        } else {
            Parameter d = w.r.parameter("cloud.cpu.utilisation", "default cloud CPU utilisation");
            w.defaults.add(Resolver.archetype("utilisation", d, ""));
            u = w.use(d);
        }
        double pue;
        if (c.pue().isPresent()) {
            pue = c.pue().getAsDouble();
        } else {
            Parameter d = w.r.parameter("cloud." + p + ".pue", "PUE of " + p);
            w.defaults.add(Resolver.archetype("pue", d, ""));
            pue = w.use(d);
        }
        Multiplier pueBy = c.pue().isPresent() ? null
                : Multiplier.of(w.r.parameter("cloud." + p + ".pue", "PUE of " + p), 1);
        double cpuKWh = (min + u * (max - min)) * c.vcpuHours() / 1000 * pue;
        double kWh = cpuKWh;
        w.traceElectricity(cpuKWh, w.q, pueBy);
        if (c.memoryGbHours() > 0) {
            Parameter mem = w.r.parameter("cloud.memory.energy", "cloud memory energy");
            double memKWh = c.memoryGbHours() * w.use(mem) * pue;
            kWh += memKWh;
            w.traceElectricity(memKWh, pueBy, Multiplier.of(mem, 1));
        }
        w.electricityUntraced(kWh);
        String embodiedKey = "cloud." + p + ".vcpu.embodied";
        if (w.r.hasKey(embodiedKey)) {
            Resolver.Resolved f = w.r.factor(embodiedKey, "embodied emissions per vCPU-hour of " + p);
            w.add(f, c.vcpuHours(), w.q);
        }
    }

    /**
     * AI inference: kWh = requests × Wh per request / 1000 × PUE, × the zone's grid factor; plus requests × the
     * embodied kgCO2e per request when given. The Wh per request is the line's measured figure (IT energy: the
     * zone's data-centre PUE applies unless the line gives one), or the catalog's figure for the size class
     * ({@code ai.request.<class>}, taken as published: its scope, overhead included or not, is in its note; a PUE
     * applies only when the line gives one).
     */
    static void ai(Work w, AiInference a) {
        double wh;
        double pue;
        Multiplier whBy = null;
        Multiplier pueBy = null;
        if (a.whPerRequest().isPresent()) {
            wh = a.whPerRequest().getAsDouble();
            pue = w.pue(a.pue());
            pueBy = w.pueMultiplier;
        } else {
            String cls = a.size().orElseThrow().name().toLowerCase(Locale.ROOT);
            Parameter whp = w.r.parameter("ai.request." + cls, "energy per request of a " + cls + " model");
            wh = w.use(whp);
            whBy = Multiplier.of(whp, 1);
            pue = a.pue().orElse(1);
        }
        w.electricity(a.quantity() * wh / 1000 * pue, w.q, whBy, pueBy);
        if (a.embodiedKgCo2ePerRequest().isPresent()) {
            w.climate(Phase.MANUFACTURE, a.quantity() * a.embodiedKgCo2ePerRequest().getAsDouble(), w.q);
        }
    }
}
