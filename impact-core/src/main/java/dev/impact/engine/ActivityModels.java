package dev.impact.engine;

import dev.impact.internal.Suggestions;
import dev.impact.factor.Parameter;
import dev.impact.inventory.Activity;
import dev.impact.inventory.AiInference;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.NetworkKind;
import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.StorageMedium;
import dev.impact.inventory.LineRejectedException;
import dev.impact.inventory.StorageModel;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * The models of usage lines: data transfer, data storage, cloud compute and AI inference, each as a {@link Plan}
 * resolved once per kind of line (what the model takes from the catalog, and which inputs the line leaves to it) and
 * applied to the line's few scalars: every activity line is {@code a × sa (+ b × sb)}, two plan footprints each
 * times a number of the line. The formulas are in each model's documentation; the constants are catalog data with
 * their sources.
 */
final class ActivityModels {
    private ActivityModels() {
    }

    /** The formulas, one per model (and variant of its grid). */
    private static final int PER_GB = 0;
    private static final int ONEBYTE_CLIMATE = 1;
    private static final int ONEBYTE_GRID = 2;
    private static final int SWD_CLIMATE = 3;
    private static final int SWD_GRID = 4;
    private static final int STORAGE_PER_TB_YEAR = 5;
    private static final int STORAGE_HARDWARE = 6;
    private static final int CLOUD = 7;
    static final int AI = 8;

    /** 1 kg CO2e of climate change in one phase, the template of the models' climate-only terms. */
    private static final Footprint CLIMATE_USE = Footprint.builder().set(Phase.USE, Indicator.CLIMATE_CHANGE, 1)
            .build();
    private static final Footprint CLIMATE_MANUFACTURE = Footprint.builder()
            .set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 1).build();

    /**
     * What a model resolved for one kind of activity line: the footprints {@code a} and {@code b} (b may be null),
     * the constants of its formula, the line's factor ids, parameter ids and defaults, and the trace's pieces.
     * Immutable.
     */
    static final class Plan {
        final int formula;
        final Terms.Part a;
        final Terms.Part b;
        /** The formula's constants (see each model). */
        final double k1;
        final double k2;
        final double k3;
        final double k4;
        /** SWD v4: the global grid intensity, kg per kWh; cloud: memory kWh per GB-hour. */
        final double k5;
        final boolean flag;
        /** The availability of a line's footprint: a cell only one part has data for is partial. */
        final int known;
        final int partial;
        final Engine.LineOutcome outcome;
        /** The trace: the pieces of a and b with what they are proportional to (besides the quantity). */
        final List<LineTrace.Term> aPieces;
        final List<LineTrace.Term> bPieces;
        final Multiplier[] aBy;
        final Multiplier[] bBy;
        /** Cloud: memory electricity's multipliers. Storage: the medium. */
        final Multiplier[] memoryBy;
        final StorageMedium medium;

        Plan(Work w, int formula, Footprint a, Footprint b, double k1, double k2, double k3, double k4,
                     double k5, boolean flag, List<LineTrace.Term> aPieces, List<LineTrace.Term> bPieces, Multiplier[] aBy,
                     Multiplier[] bBy, Multiplier[] memoryBy, StorageMedium medium) {
            this.formula = formula;
            // a line's footprint is the sum of its parts (as an accumulator adds them: a cell only one part has
            // data for is partial)
            Footprint.Accumulator shape = new Footprint.Accumulator().add(a, 1);
            if (b != null) {
                shape.add(b, 1);
            }
            Footprint s = shape.toFootprint();
            this.known = Terms.known(s);
            this.partial = Terms.partial(s);
            this.a = new Terms.Part(a);
            this.b = b == null ? null : new Terms.Part(b);
            this.k1 = k1;
            this.k2 = k2;
            this.k3 = k3;
            this.k4 = k4;
            this.k5 = k5;
            this.flag = flag;
            this.outcome = new Engine.LineOutcome(List.copyOf(w.ids), List.copyOf(w.params), List.copyOf(w.defaults));
            this.aPieces = aPieces;
            this.bPieces = bPieces;
            this.aBy = aBy;
            this.bBy = bBy;
            this.memoryBy = memoryBy;
            this.medium = medium;
        }

        /**
         * The line's scales: {@code s[0]} for a, {@code s[1]} for b; for the trace, cloud's CPU and memory kWh in
         * {@code s[2]}, {@code s[3]}.
         */
        void scales(Activity line, double[] s) {
            switch (formula) {
                case PER_GB:
                    s[0] = ((NetworkTransfer) line).volumeGb();
                    return;
                case ONEBYTE_CLIMATE: {
                    NetworkTransfer n = (NetworkTransfer) line;
                    double gb = n.volumeGb();
                    double green = n.greenHosting();
                    // k1 = data centre, k2 = network (kWh/GB), k3 = grey, k4 = green network grid (kg/kWh)
                    s[0] = gb * (k1 * (1 - green) * k3 + k2 * ((1 - green) * k3 + green * k4));
                    return;
                }
                case ONEBYTE_GRID: {
                    NetworkTransfer n = (NetworkTransfer) line;
                    s[0] = n.volumeGb() * (k1 * (1 - n.greenHosting()) + k2);
                    return;
                }
                case SWD_CLIMATE:
                case SWD_GRID: {
                    NetworkTransfer n = (NetworkTransfer) line;
                    double gb = n.volumeGb();
                    // k1, k2, k3 = operational data centre, network, device; k4 = embodied sum; k5 = global grid
                    double opKWh = gb * (k1 * (1 - n.greenHosting()) + k2 + k3);
                    s[0] = formula == SWD_CLIMATE ? opKWh * k5 : opKWh;
                    s[1] = gb * k4 * k5;
                    return;
                }
                case STORAGE_PER_TB_YEAR: {
                    DataStorage d = (DataStorage) line;
                    s[0] = d.tbYears() * d.replication();
                    return;
                }
                case STORAGE_HARDWARE: {
                    DataStorage d = (DataStorage) line;
                    double tbYears = d.tbYears() * d.replication();
                    // k1 = Wh per TB-hour, k2 = the default PUE (flag: the line gives its own)
                    double pue = flag ? d.pue().getAsDouble() : k2;
                    s[0] = tbYears * k1 * 8760 / 1000 * pue;
                    s[1] = tbYears;
                    return;
                }
                case CLOUD: {
                    CloudCompute c = (CloudCompute) line;
                    // k1, k2 = min and max W per vCPU; k3 = default utilisation, k4 = default PUE (NaN when the
                    // line gives them); memory kWh per GB-hour in k5 (flag: the line has memory)
                    OptionalDouble given = c.utilisation();
                    double u = given.isPresent() ? given.getAsDouble() : k3;
                    OptionalDouble ownPue = c.pue();
                    double pue = ownPue.isPresent() ? ownPue.getAsDouble() : k4;
                    double cpuKWh = (k1 + u * (k2 - k1)) * c.vcpuHours() / 1000 * pue;
                    double kWh = cpuKWh;
                    s[2] = cpuKWh;
                    if (flag) {
                        double memKWh = c.memoryGbHours() * k5 * pue;
                        kWh += memKWh;
                        s[3] = memKWh;
                    }
                    s[0] = kWh;
                    s[1] = c.vcpuHours();
                    return;
                }
                case AI: {
                    AiInference ai = (AiInference) line;
                    // flag: a measured energy, a = per kWh of IT energy, b = a given embodied per unit; else a = per
                    // unit, b = per input token (see AiPlans)
                    OptionalDouble ownWh = ai.whPerRequest();
                    if (flag) {
                        s[0] = ai.quantity() * ownWh.getAsDouble() / 1000;
                        s[1] = ai.quantity();
                    } else {
                        s[0] = ai.quantity();
                        s[1] = ai.inputTokens();
                    }
                    return;
                }
                default:
                    throw new AssertionError(formula);
            }
        }

        /** Reports the line's terms (scales from {@link #scales}) to {@code lt}. */
        void trace(LineTrace lt, Resolver r, double[] s) {
            Multiplier q = Multiplier.input(Multiplier.QUANTITY, 1);
            if (formula == CLOUD) {
                lt.addAll(aPieces, s[2], with(q, aBy));
                if (flag) {
                    lt.addAll(aPieces, s[3], memoryBy);
                }
            } else if (aPieces == null) {
                lt.add(a.footprint, s[0], LineTrace.nonNull(q));
            } else {
                lt.addAll(aPieces, s[0], with(q, aBy));
            }
            if (b == null) {
                return;
            }
            if (formula == STORAGE_HARDWARE) {
                traceStorageEmbodied(lt, r, medium, s[1], k3, q);
            } else if (bPieces == null) {
                lt.add(b.footprint, s[1], LineTrace.nonNull(q));
            } else {
                lt.addAll(bPieces, s[1], with(q, bBy));
            }
        }

        private static Multiplier[] with(Multiplier q, Multiplier[] by) {
            Multiplier[] m = new Multiplier[by.length + 1];
            m[0] = q;
            System.arraycopy(by, 0, m, 1, by.length);
            return m;
        }
    }

    /**
     * Which plan a line takes besides its zone and {@link #variantText}: its kind, model and the inputs it leaves
     * to the model (below {@link #VARIANTS}).
     */
    static int variant(Activity line) {
        if (line instanceof NetworkTransfer) {
            NetworkTransfer n = (NetworkTransfer) line;
            return ((n.model().ordinal() * 4 + n.kind().ordinal()) * 2 + (n.includesBox() ? 1 : 0)) * 2
                    + (n.usesModelGridIntensity() ? 1 : 0);
        }
        if (line instanceof DataStorage) {
            DataStorage d = (DataStorage) line;
            return 128 + (d.model().ordinal() * 4 + d.medium().ordinal()) * 2 + (d.pue().isPresent() ? 1 : 0);
        }
        if (line instanceof CloudCompute) {
            CloudCompute c = (CloudCompute) line;
            return 256 + (c.utilisation().isPresent() ? 1 : 0) + (c.pue().isPresent() ? 2 : 0)
                    + (c.memoryGbHours() > 0 ? 4 : 0);
        }
        if (line instanceof AiInference) {
            AiInference a = (AiInference) line;
            return 384 + (a.whPerRequest().isPresent() ? 1 : 0) + a.unit().ordinal() * 2;
        }
        throw new AssertionError(line.getClass());
    }

    /** The number of {@link #variant}s. */
    static final int VARIANTS = 512;

    static {
        // each kind's variants stay within its 128 (a constant added to one of these enums must not overlap them)
        if (NetworkModel.values().length > 4 || NetworkKind.values().length > 4
                || StorageModel.values().length > 2 || StorageMedium.values().length > 4) {
            throw new AssertionError("ActivityModels.variant: widen the ranges");
        }
    }

    /** The rest of a line's plan key: the cloud provider, the AI line's model settings, else "". */
    static String variantText(Activity line) {
        if (line instanceof CloudCompute) {
            return ((CloudCompute) line).provider();
        }
        if (line instanceof AiInference) {
            return ((AiInference) line).modelKey();
        }
        return "";
    }

    /**
     * The plan of {@code line}'s kind in {@code zone}; {@code zoneDefault} (null when the line gives its zone) heads
     * its defaults.
     */
    static Plan plan(Resolver r, Activity line, String zone, AppliedDefault zoneDefault) {
        if (line instanceof AiInference) {
            return AiPlans.plan(r, (AiInference) line, zone);
        }
        Work w = new Work(r, zone);
        if (zoneDefault != null) {
            w.defaults.add(zoneDefault);
        }
        if (line instanceof NetworkTransfer) {
            return network(w, (NetworkTransfer) line);
        } else if (line instanceof DataStorage) {
            return storage(w, (DataStorage) line);
        } else if (line instanceof CloudCompute) {
            return cloud(w, (CloudCompute) line);
        }
        throw new AssertionError(line.getClass());
    }

    /** The state of one plan being made: the ids and defaults being recorded. */
    static final class Work {
        final Resolver r;
        final String zone;
        final List<String> ids = new ArrayList<>();
        final List<String> params = new ArrayList<>();
        final List<AppliedDefault> defaults = new ArrayList<>();
        /** The PUE parameter the last {@link #pue} call took, or null when the line gave its PUE. */
        Multiplier pueMultiplier;

        Work(Resolver r, String zone) {
            this.r = r;
            this.zone = zone;
        }

        /** The zone's grid factor (use phase), its ids recorded. */
        Resolver.Resolved grid() {
            Resolver.Resolved grid = r.factor("electricity." + zone, "electricity zone '" + zone + "'");
            use(grid);
            return grid;
        }

        /** Records the factor's ids and notices. */
        void use(Resolver.Resolved f) {
            Resolver.addNotices(defaults, f);
            for (String id : f.ids()) {
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

        /** The catalog's PUE for the zone, else the world's; the default is recorded. */
        double pue() {
            Optional<Parameter> p = r.optionalParameter("datacenter.pue." + zone);
            Parameter pue = p.orElseGet(() -> r.parameter("datacenter.pue.world", "default data-centre PUE"));
            defaults.add(Resolver.archetype("pue", pue, ""));
            pueMultiplier = Multiplier.of(pue, 1);
            return use(pue);
        }
    }

    private static Plan electricity(Work w, int formula, Resolver.Resolved grid, Footprint b, double k1, double k2,
                                    double k3, double k4, double k5, boolean flag, List<LineTrace.Term> bPieces,
                                    Multiplier[] aBy, Multiplier[] bBy, Multiplier[] memoryBy, StorageMedium m) {
        return new Plan(w, formula, grid.values().onlyPhases(Phase.USE), b, k1, k2, k3, k4, k5, flag,
                grid.pieces(Phase.USE), bPieces, aBy, bBy, memoryBy, m);
    }

    private static final Multiplier[] NONE = new Multiplier[0];

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
    private static Plan network(Work w, NetworkTransfer n) {
        switch (n.model()) {
            case PER_GB: {
                if (n.kind() == NetworkKind.UNSPECIFIED) {
                    throw new LineRejectedException("networkKind", "UNSPECIFIED", "network kind must be FIXED or"
                            + " MOBILE for the"
                            + " PER_GB model, was"
                            + " UNSPECIFIED; give the kind, or use the ONEBYTE or SWD_V4 model");
                }
                String k = n.kind() == NetworkKind.MOBILE ? "mobile" : n.includesBox() ? "fixed" : "fixed-no-box";
                Resolver.Resolved f = w.r.factor("network." + k + "." + w.zone, "per-GB " + k
                        + " network factor for zone '" + w.zone + "'");
                w.use(f);
                return new Plan(w, PER_GB, f.values(), null, 0, 0, 0, 0, 0, false, f.pieces(), null, NONE, null, null,
                        null);
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
                    return new Plan(w, ONEBYTE_CLIMATE, CLIMATE_USE, null, dc, net, grey, greenNet, 0, false, null, null,
                            NONE, null, null, null);
                }
                return electricity(w, ONEBYTE_GRID, w.grid(), null, dc, net, 0, 0, 0, false, null, NONE, null, null,
                        null);
            }
            case SWD_V4: {
                double opDc = w.param("swd4.operational.datacenter", "SWD v4 model");
                double opNet = w.param("swd4.operational.network", "SWD v4 model");
                double opDev = w.param("swd4.operational.device", "SWD v4 model");
                double emb = w.param("swd4.embodied.datacenter", "SWD v4 model")
                        + w.param("swd4.embodied.network", "SWD v4 model")
                        + w.param("swd4.embodied.device", "SWD v4 model");
                double global = w.param("swd4.grid.global", "SWD v4 model") / 1000;
                return n.usesModelGridIntensity()
                        ? new Plan(w, SWD_CLIMATE, CLIMATE_USE, CLIMATE_MANUFACTURE, opDc, opNet, opDev, emb, global,
                                false, null, null, NONE, NONE, null, null)
                        : electricity(w, SWD_GRID, w.grid(), CLIMATE_MANUFACTURE, opDc, opNet, opDev, emb, global,
                                false, null, NONE, NONE, null, null);
            }
            default:
                throw new AssertionError(n.model());
        }
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
    private static Plan storage(Work w, DataStorage s) {
        switch (s.model()) {
            case PER_TB_YEAR: {
                Resolver.Resolved f = w.r.factor("storage.cloud." + w.zone, "per-TB-year storage factor for zone '"
                        + w.zone + "'");
                w.use(f);
                return new Plan(w, STORAGE_PER_TB_YEAR, f.values(), null, 0, 0, 0, 0, 0, false, f.pieces(), null, NONE,
                        null, null, null);
            }
            case HARDWARE: {
                double pue = s.pue().isPresent() ? Double.NaN : w.pue();
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
                    w.use(f);
                    embodiedPerTbYear = f.values();
                } else {
                    whPerTbH = mediumPower(w, m == StorageMedium.SSD ? "ssd" : "hdd");
                    embodiedPerTbYear = (m == StorageMedium.SSD ? ssdPerTb(w) : hddPerTb(w)).times(1 / lifetime);
                }
                Multiplier power = m == StorageMedium.UNSPECIFIED ? null : Multiplier.of(w.r.parameter("storage."
                        + (m == StorageMedium.SSD ? "ssd" : m == StorageMedium.HDD ? "hdd" : "tape") + ".power",
                        "storage power"), 1);
                return electricity(w, STORAGE_HARDWARE, w.grid(), embodiedPerTbYear.onlyPhases(Phase.MANUFACTURE),
                        whPerTbH, pue, lifetime, 0, 0, s.pue().isPresent(), null,
                        nonNull(w.pueMultiplier, power), NONE, null, m);
            }
            default:
                throw new AssertionError(s.model());
        }
    }

    private static Multiplier[] nonNull(Multiplier... m) {
        return LineTrace.nonNull(m).toArray(new Multiplier[0]);
    }

    /**
     * Terms of the storage hardware's manufacture: each drive factor × TB-years / lifetime (× the share of SSD and
     * HDD for an unspecified medium), proportional to the factor, the quantity and 1 / storage lifetime; densities
     * and capacities are not propagated. Tape: its per-TB-year factor × TB-years.
     */
    private static void traceStorageEmbodied(LineTrace lt, Resolver r, StorageMedium m, double tbYears,
                                             double lifetime, Multiplier q) {
        Multiplier life = Multiplier.of(r.parameter("storage.lifetime", "storage lifetime"), -1);
        if (m == StorageMedium.TAPE) {
            lt.addAll(r.factor("storage.tape", "tape").pieces(Phase.MANUFACTURE), tbYears, q);
            return;
        }
        double share = m == StorageMedium.UNSPECIFIED ? 0.5 : 1;
        double k = tbYears * share / lifetime;
        if (m != StorageMedium.HDD) {
            double density = r.parameter("server.ssd.density", "SSD density").value();
            double capacity = r.parameter("storage.ssd.capacity", "SSD capacity").value();
            lt.addAll(r.factor("server.ssd.die", "SSD die").pieces(Phase.MANUFACTURE), k * 1000 / density, q, life);
            lt.addAll(r.factor("server.ssd.base", "SSD base").pieces(Phase.MANUFACTURE), k * 1000 / capacity, q,
                    life);
        }
        if (m != StorageMedium.SSD) {
            double capacity = r.parameter("storage.hdd.capacity", "HDD capacity").value();
            lt.addAll(r.factor("server.hdd", "HDD").pieces(Phase.MANUFACTURE), k * 1000 / capacity, q, life);
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
        w.use(die);
        w.use(base);
        return new Footprint.Accumulator().add(die.values(), 1000 / density).add(base.values(), 1000 / capacityGb)
                .toFootprint();
    }

    /** Manufacture of 1 TB of HDD: one drive's manufacture shared by its TB. */
    private static Footprint hddPerTb(Work w) {
        double capacityGb = w.param("storage.hdd.capacity", "HDD drive capacity for storage");
        Resolver.Resolved hdd = w.r.factor("server.hdd", "HDD factor");
        w.use(hdd);
        return hdd.values().times(1000 / capacityGb);
    }

    /**
     * Cloud compute, Cloud Carbon Footprint methodology: kWh = (min W + utilisation × (max W − min W)) per vCPU ×
     * vCPU-hours / 1000 × PUE + memory GB-hours × {@code cloud.memory.energy} × PUE, × the zone's grid factor;
     * embodied = vCPU-hours × {@code cloud.<provider>.vcpu.embodied} where the catalog has it (else not available).
     */
    private static Plan cloud(Work w, CloudCompute c) {
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
        double u = Double.NaN;
        if (c.utilisation().isEmpty()) {
            Parameter d = w.r.parameter("cloud.cpu.utilisation", "default cloud CPU utilisation");
            w.defaults.add(Resolver.archetype("utilisation", d, ""));
            u = w.use(d);
        }
        double pue = Double.NaN;
        if (c.pue().isEmpty()) {
            Parameter d = w.r.parameter("cloud." + p + ".pue", "PUE of " + p);
            w.defaults.add(Resolver.archetype("pue", d, ""));
            pue = w.use(d);
        }
        Multiplier pueBy = c.pue().isPresent() ? null
                : Multiplier.of(w.r.parameter("cloud." + p + ".pue", "PUE of " + p), 1);
        boolean memory = c.memoryGbHours() > 0;
        double memEnergy = 0;
        Multiplier[] memoryBy = null;
        if (memory) {
            Parameter mem = w.r.parameter("cloud.memory.energy", "cloud memory energy");
            memEnergy = w.use(mem);
            memoryBy = nonNull(pueBy, Multiplier.of(mem, 1));
        }
        Resolver.Resolved grid = w.grid();
        String embodiedKey = "cloud." + p + ".vcpu.embodied";
        Footprint embodied = null;
        List<LineTrace.Term> embodiedPieces = null;
        if (w.r.hasKey(embodiedKey)) {
            Resolver.Resolved f = w.r.factor(embodiedKey, "embodied emissions per vCPU-hour of " + p);
            w.use(f);
            embodied = f.values();
            embodiedPieces = f.pieces();
        }
        return electricity(w, CLOUD, grid, embodied, min, max, u, pue, memEnergy, memory, embodiedPieces,
                nonNull(pueBy), NONE, memoryBy, null);
    }
}
