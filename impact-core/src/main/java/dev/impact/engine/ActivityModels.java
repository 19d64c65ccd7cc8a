package dev.impact.engine;

import dev.impact.internal.Suggestions;
import dev.impact.factor.Parameter;
import dev.impact.inventory.Activity;
import dev.impact.inventory.AiInference;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.Convention;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.NetworkKind;
import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.StorageMedium;
import dev.impact.inventory.LineRejectedException;
import dev.impact.inventory.StorageModel;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.List;
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
    static final int ONEBYTE_CLIMATE = 1;
    private static final int ONEBYTE_GRID = 2;
    static final int SWD_CLIMATE = 3;
    static final int SWD_GRID = 4;
    private static final int STORAGE_PER_TB_YEAR = 5;
    private static final int STORAGE_HARDWARE = 6;
    private static final int CLOUD = 7;
    static final int AI = 8;

    /** 1 kg CO2e of climate change in one phase, the template of the models' climate-only terms. */
    static final Footprint CLIMATE_USE = Footprint.builder().set(Phase.USE, Indicator.CLIMATE_CHANGE, 1)
            .build();
    static final Footprint CLIMATE_MANUFACTURE = Footprint.builder()
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
        /** The cells of {@link #known}, in order. */
        final int[] knownCells;
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
        /** Web models (SWD): their constants; a third part {@code c} (SWD v3's green data centre), else null. */
        final WebModels.Web web;
        final Terms.Part c;
        /**
         * Cloud: kWh per GB transferred between regions (0 when the plan's lines transfer nothing) and its
         * multipliers; set once, before the plan is cached.
         */
        double networkKWhPerGb;
        Multiplier[] networkBy;
        /** Cloud: the GPU's min and max watts per GPU (0 when the plan's lines have no GPU) and their multipliers. */
        double gpuMinW;
        double gpuMaxW;
        Multiplier[] gpuBy;
        /**
         * Cloud under CCF's convention: kWh per vCPU-hour (before PUE) of the memory CCF derives from the instance
         * type (its GB per vCPU-hour × memory kWh per GB-hour), 0 when none; it grows with the vCPU-hours.
         */
        double derivedMemoryKWhPerVcpuH;
        /**
         * Cloud under CCF's convention: GPUs per vCPU of the line's instance type (its GPU-hours grow with the
         * vCPU-hours, at {@link #gpuMinW}/{@link #gpuMaxW}), 0 when none or when the line gives its GPU.
         */
        double derivedGpusPerVcpu;

        private Plan(Work w, int formula, Footprint a, Footprint b, double k1, double k2, double k3, double k4,
                     double k5, boolean flag, List<LineTrace.Term> aPieces, List<LineTrace.Term> bPieces, Multiplier[] aBy,
                     Multiplier[] bBy, Multiplier[] memoryBy, StorageMedium medium) {
            this(w, formula, a, b, k1, k2, k3, k4, k5, flag, aPieces, bPieces, aBy, bBy, memoryBy, medium, null, null);
        }

        Plan(Work w, int formula, Footprint a, Footprint b, double k1, double k2, double k3, double k4,
             double k5, boolean flag, List<LineTrace.Term> aPieces, List<LineTrace.Term> bPieces, Multiplier[] aBy,
             Multiplier[] bBy, Multiplier[] memoryBy, StorageMedium medium, WebModels.Web web, Footprint c) {
            this.formula = formula;
            this.web = web;
            this.c = c == null ? null : new Terms.Part(c);
            // a line's footprint is the sum of its parts (as an accumulator adds them: a cell only one part has
            // data for is partial)
            Footprint.Accumulator shape = new Footprint.Accumulator().add(a, 1);
            if (b != null) {
                shape.add(b, 1);
            }
            if (c != null) {
                shape.add(c, 1);
            }
            Footprint s = shape.toFootprint();
            this.known = Terms.known(s);
            this.knownCells = Terms.cells(known);
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
         * The line's scales for {@code amount} of its quantity (the line's own {@link Activity#quantity()}, or a
         * batch item's amount with the line as template): {@code s[0]} for a, {@code s[1]} for b, {@code s[2]} for c;
         * for the trace, cloud's CPU, memory, networking and GPU kWh in {@code s[2]}, {@code s[3]}, {@code s[4]},
         * {@code s[5]} (cloud plans have no c). Every model is linear in the amount: a scale is
         * {@code amount × } its {@link #unitScales unit scale} (plus, for cloud lines, the given memory's, networking's
         * and GPUs' kWh, which do not grow with the vCPU-hours), so a batch that multiplies each amount by the unit
         * scales gets the same bits.
         */
        void scales(Activity line, double amount, double[] s) {
            unitScales(line, s);
            s[0] = amount * s[0];
            s[1] = amount * s[1];
            if (c != null) {
                s[2] = amount * s[2];
            }
            if (formula == CLOUD) {
                double pue = s[2];
                double derivedMemory = amount * derivedMemoryKWhPerVcpuH * pue;
                double derivedGpu = derivedGpusPerVcpu == 0 ? 0
                        : amount * derivedGpusPerVcpu * gpuWatts(line) / 1000 * pue;
                s[2] = s[0] - derivedMemory - derivedGpu;
                s[3] = derivedMemory;
                s[4] = 0;
                s[5] = derivedGpu;
                if (flag) {
                    // memory, networking and GPUs, which do not grow with the vCPU-hours: GB-hours × k5, GB between
                    // regions × network kWh/GB and GPU-hours × the GPU's watts at the utilisation / 1000, × PUE
                    CloudCompute c = (CloudCompute) line;
                    double memKWh = c.memoryGbHours() * k5 * pue;
                    double netKWh = c.networkGb() * networkKWhPerGb * pue;
                    double gpuKWh = c.gpuHours() > 0 ? c.gpuHours() * gpuWatts(line) / 1000 * pue : 0;
                    s[0] += memKWh + netKWh + gpuKWh;
                    s[3] += memKWh;
                    s[4] = netKWh;
                    s[5] += gpuKWh;
                }
            }
        }

        /** Cloud: one GPU's watts at the line's utilisation (else the default), per CCF's formula. */
        private double gpuWatts(Activity line) {
            OptionalDouble given = ((CloudCompute) line).utilisation();
            double util = given.isPresent() ? given.getAsDouble() : k3;
            return gpuMinW + util * (gpuMaxW - gpuMinW);
        }

        /**
         * The line's scales per unit of its amount: {@code u[0]} for a, {@code u[1]} for b (0 without b), {@code u[2]}
         * for c when the plan has one; cloud lines put their PUE in {@code u[2]} (for the memory term).
         */
        void unitScales(Activity line, double[] u) {
            u[1] = 0;
            switch (formula) {
                case PER_GB:
                    u[0] = WebModels.visitFactor((NetworkTransfer) line, k5);
                    return;
                case ONEBYTE_CLIMATE: {
                    NetworkTransfer n = (NetworkTransfer) line;
                    double f = WebModels.visitFactor(n, k5);
                    double green = n.greenHosting();
                    // k1 = data centre, k2 = network (kWh/GB), k3 = grey, k4 = green network grid (kg/kWh); f = the
                    // visit factor (GB actually loaded per GB of page: 1 for a volume)
                    u[0] = f * (k1 * (1 - green) * k3 + k2 * ((1 - green) * k3 + green * k4));
                    return;
                }
                case ONEBYTE_GRID: {
                    NetworkTransfer n = (NetworkTransfer) line;
                    u[0] = WebModels.visitFactor(n, k5) * (k1 * (1 - n.greenHosting()) + k2);
                    return;
                }
                case SWD_CLIMATE:
                case SWD_GRID:
                    web.unitScales((NetworkTransfer) line, u);
                    return;
                case STORAGE_PER_TB_YEAR:
                    u[0] = ((DataStorage) line).replication();
                    return;
                case STORAGE_HARDWARE: {
                    DataStorage d = (DataStorage) line;
                    // k4 = the service's replication factor (NaN: the line's own)
                    double replication = Double.isNaN(k4) ? d.replication() : k4;
                    // k1 = Wh per TB-hour, k2 = the default PUE (flag: the line gives its own)
                    double pue = flag ? d.pue().getAsDouble() : k2;
                    u[0] = replication * k1 * 8760 / 1000 * pue;
                    u[1] = replication;
                    return;
                }
                case CLOUD: {
                    CloudCompute c = (CloudCompute) line;
                    // k1, k2 = min and max W per vCPU; k3 = default utilisation, k4 = default PUE (NaN when the
                    // line gives them); memory kWh per GB-hour in k5 (flag: the line has memory)
                    OptionalDouble given = c.utilisation();
                    double util = given.isPresent() ? given.getAsDouble() : k3;
                    OptionalDouble ownPue = c.pue();
                    double pue = ownPue.isPresent() ? ownPue.getAsDouble() : k4;
                    u[0] = ((k1 + util * (k2 - k1)) / 1000 + derivedMemoryKWhPerVcpuH
                            + derivedGpusPerVcpu * (gpuMinW + util * (gpuMaxW - gpuMinW)) / 1000) * pue;
                    u[1] = 1;
                    u[2] = pue;
                    return;
                }
                case AI: {
                    AiInference ai = (AiInference) line;
                    // flag: a measured energy, a = per kWh of IT energy, b = a given embodied per unit; else a = per
                    // unit, b = per input token, counted per output token of the line (see AiPlans)
                    if (flag) {
                        u[0] = ai.whPerRequest().getAsDouble() / 1000;
                        u[1] = b == null ? 0 : 1;
                    } else {
                        u[0] = 1;
                        u[1] = b == null ? 0 : ai.inputTokens() / ai.quantity();
                    }
                    return;
                }
                default:
                    throw new AssertionError(formula);
            }
        }

        /**
         * The electricity the line's use phase is computed from, kWh (scales from {@link #scales}), or NaN for the
         * models with a lumped per-unit factor (per-GB network, per-TB-year storage).
         */
        double energyKWh(Activity line, double[] s) {
            switch (formula) {
                case ONEBYTE_CLIMATE:
                case ONEBYTE_GRID:
                    return WebModels.visitedGb((NetworkTransfer) line, k5) * (k1 + k2);
                case SWD_CLIMATE:
                case SWD_GRID:
                    return WebModels.visitedGb((NetworkTransfer) line, web.defaultVisitFactor)
                            * (web.opDc + web.opNet + web.opDev);
                case STORAGE_HARDWARE:
                case CLOUD:
                    return s[0];
                case AI:
                    // k1, k2: kWh per unit of s[0] and s[1] (NaN for a lumped provider figure; see AiPlans)
                    return s[0] * k1 + s[1] * k2;
                default:
                    return Double.NaN;
            }
        }

        /** Reports the line's terms (scales from {@link #scales}) to {@code lt}. */
        void trace(LineTrace lt, Resolver r, double[] s) {
            Multiplier q = Multiplier.input(Multiplier.QUANTITY, 1);
            if (formula == CLOUD) {
                lt.addAll(aPieces, s[2], with(q, aBy));
                if (memoryBy != null) {
                    lt.addAll(aPieces, s[3], memoryBy);
                }
                if (networkBy != null) {
                    lt.addAll(aPieces, s[4], networkBy);
                }
                if (gpuBy != null) {
                    lt.addAll(aPieces, s[5], gpuBy);
                }
            } else if (aPieces == null) {
                lt.add(a.footprint, s[0], LineTrace.nonNull(q));
            } else {
                lt.addAll(aPieces, s[0], with(q, aBy));
            }
            if (c != null) {
                lt.add(c.footprint, s[2], LineTrace.nonNull(q));
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
            boolean sharesDefaulted = n.visits().isPresent() && n.firstVisitShare().isEmpty();
            return (((n.model().ordinal() * 4 + n.kind().ordinal()) * 2 + (n.includesBox() ? 1 : 0)) * 2
                    + (n.usesModelGridIntensity() ? 1 : 0)) * 2 + (sharesDefaulted ? 1 : 0);
        }
        if (line instanceof DataStorage) {
            DataStorage d = (DataStorage) line;
            return 128 + ((d.model().ordinal() * 4 + d.medium().ordinal()) * 2 + (d.pue().isPresent() ? 1 : 0)) * 2
                    + (d.provider().isPresent() ? 1 : 0);
        }
        if (line instanceof CloudCompute) {
            CloudCompute c = (CloudCompute) line;
            return 256 + (c.utilisation().isPresent() ? 1 : 0) + (c.pue().isPresent() ? 2 : 0)
                    + (c.memoryGbHours() > 0 ? 4 : 0) + (c.networkGb() > 0 ? 8 : 0) + (c.gpuHours() > 0 ? 16 : 0);
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

    /**
     * The rest of a line's plan key: the cloud line's provider, region, microarchitecture, instance type and GPU, the
     * storage line's provider, region and service (each made once per line: {@code planKey()}), the AI line's model
     * settings ({@code modelKey()}, made once per line), a network line's segment grids, else "".
     */
    static String variantText(Activity line) {
        if (line instanceof NetworkTransfer) {
            return ((NetworkTransfer) line).segmentGridKey();
        }
        if (line instanceof CloudCompute) {
            return ((CloudCompute) line).planKey();
        }
        if (line instanceof DataStorage) {
            return ((DataStorage) line).planKey();
        }
        if (line instanceof AiInference) {
            return ((AiInference) line).modelKey();
        }
        return "";
    }

    /**
     * The plan of {@code line}'s kind in {@code zone} under {@code convention} (the line's own, else the
     * assessment's); {@code zoneDefault} (null when the line gives its zone) heads its defaults.
     */
    static Plan plan(Resolver r, Activity line, String zone, AppliedDefault zoneDefault, Convention convention) {
        if (line instanceof AiInference) {
            return AiPlans.plan(r, (AiInference) line, zone, convention);
        }
        Region region = Region.of(r, line);
        if (region != null && zoneDefault != null) {
            zone = region.zone; // the region's country (or WORLD), not the assessment's default zone
            zoneDefault = null;
        }
        Work w = new Work(r, zone, convention);
        w.region = region;
        if (zoneDefault != null) {
            w.defaults.add(zoneDefault);
            w.zoneDefault = zoneDefault;
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
        /** Whose conventions and data the line follows. */
        final Convention convention;
        /** The default zone's record when the line gives no zone (heads {@link #defaults}), else null. */
        AppliedDefault zoneDefault;
        final List<String> ids = new ArrayList<>();
        final List<String> params = new ArrayList<>();
        final List<AppliedDefault> defaults = new ArrayList<>();
        /** The PUE parameter the last {@link #pue} call took, or null when the line gave its PUE. */
        Multiplier pueMultiplier;
        /** The line's provider region (cloud and provider storage lines), or null. */
        Region region;

        Work(Resolver r, String zone, Convention convention) {
            this.r = r;
            this.zone = zone;
            this.convention = convention;
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

    static final Multiplier[] NONE = new Multiplier[0];

    /**
     * Data transfer.
     * <ul>
     * <li>{@code PER_GB}: GB × the factor {@code network.<fixed|fixed-no-box|mobile>.<zone>} (NegaOctet, via
     *     ADEME).</li>
     * <li>{@code ONEBYTE}: kWh = GB × (data centre × (1 − green) + network), network = wired (fixed), 4G (mobile)
     *     or the mean of wired, Wi-Fi and 4G (unspecified, as co2.js); × the zone's grid factor, or with
     *     {@code modelGridIntensity()} the model's 519 g/kWh (475 g/kWh for the network share of green
     *     hosting, as co2.js 0.19 does; a fractional green share interpolates between the two).</li>
     * <li>{@code SWD_V3}, {@code SWD_V4}: see {@link WebModels} (SWD v4: operational kWh = GB × (DC × (1 − green) +
     *     network + device) × the zone's grid factor (or the model's 494 g/kWh), reported as use; embodied kWh = GB ×
     *     (DC + network + device) × 494 g/kWh always (as the model and co2.js do), reported as manufacture, climate
     *     change only).</li>
     * </ul>
     * A line of visits takes GB × (first + returning × reloaded) ({@link WebModels#visitedGb}). Under
     * {@link Convention#CO2JS}, OneByte and SWD follow co2.js 0.19.0 ({@link WebModels}).
     */
    private static Plan network(Work w, NetworkTransfer n) {
        switch (n.model()) {
            case PER_GB: {
                WebModels.requireNoSegmentGrids(n);
                if (n.kind() == NetworkKind.UNSPECIFIED) {
                    throw new LineRejectedException("networkKind", "UNSPECIFIED", "network kind must be FIXED or"
                            + " MOBILE for the"
                            + " PER_GB model, was"
                            + " UNSPECIFIED; give the kind, or use the ONEBYTE, SWD_V3 or SWD_V4 model");
                }
                String k = n.kind() == NetworkKind.MOBILE ? "mobile" : n.includesBox() ? "fixed" : "fixed-no-box";
                Resolver.Resolved f = w.r.factor("network." + k + "." + w.zone, "per-GB " + k
                        + " network factor for zone '" + w.zone + "'");
                w.use(f);
                double visitFactor = WebModels.defaultVisitFactor(w, n);
                return new Plan(w, PER_GB, f.values(), null, 0, 0, 0, 0, visitFactor, false, f.pieces(), null, NONE,
                        null, null, null);
            }
            case ONEBYTE: {
                WebModels.requireNoSegmentGrids(n);
                if (w.convention == Convention.CO2JS) {
                    return WebModels.oneByteCo2js(w, n);
                }
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
                double visitFactor = WebModels.defaultVisitFactor(w, n);
                if (n.usesModelGridIntensity()) {
                    double grey = w.param("onebyte.grid.grey", "OneByte model") / 1000;
                    double greenNet = w.param("onebyte.grid.green.network", "OneByte model") / 1000;
                    return new Plan(w, ONEBYTE_CLIMATE, CLIMATE_USE, null, dc, net, grey, greenNet, visitFactor, false,
                            null, null, NONE, null, null, null);
                }
                return electricity(w, ONEBYTE_GRID, w.grid(), null, dc, net, 0, 0, visitFactor, false, null, NONE,
                        null, null, null);
            }
            case SWD_V3:
            case SWD_V4:
                return WebModels.swd(w, n, w.zoneDefault != null);
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
                String provider = s.provider().orElse(null);
                boolean ccf = provider != null && w.convention == Convention.CCF;
                double pue;
                if (s.pue().isPresent()) {
                    pue = Double.NaN;
                } else if (provider != null) {
                    requireProvider(w, provider);
                    Parameter p = providerPue(w, provider);
                    w.pueMultiplier = Multiplier.of(p, 1);
                    pue = w.use(p);
                } else {
                    pue = w.pue();
                }
                double replication = Double.NaN;
                if (s.service().isPresent()) {
                    String id = "cloud." + provider + ".replication." + s.service().get();
                    if (w.r.optionalParameter(id).isEmpty()) {
                        TreeSet<String> known = idsBetween(w, "cloud." + provider + ".replication.", "");
                        throw new LineRejectedException("service", s.service().get(), "unknown " + provider
                                + " storage service '" + s.service().get() + "'; expected one of " + known
                                + Suggestions.didYouMean(s.service().get(), known));
                    }
                    replication = w.param(id, "replication factor");
                }
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
                Multiplier pueBy = s.pue().isPresent() ? null : w.pueMultiplier;
                Resolver.Resolved grid = provider == null ? w.grid() : cloudGrid(w, provider);
                // CCF has no embodied emissions for storage
                return electricity(w, STORAGE_HARDWARE, grid, ccf ? null
                        : embodiedPerTbYear.onlyPhases(Phase.MANUFACTURE), whPerTbH, pue, lifetime, replication, 0,
                        s.pue().isPresent(), null, nonNull(pueBy, power), NONE, null, m);
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
     * vCPU-hours / 1000 × PUE + memory GB-hours × {@code cloud.memory.energy} × PUE + GB between regions ×
     * {@code cloud.network.energy} × PUE, × the grid factor; embodied = vCPU-hours × the instance family's
     * {@code cloud.<provider>.family.<family>.embodied}, else {@code cloud.<provider>.vcpu.embodied} where the catalog
     * has it (else not available).
     * <ul>
     * <li>watts: the microarchitecture's ({@code cloud.<provider>.cpu.<microarchitecture>.min_watts}, max), else the
     *     provider's average;</li>
     * <li>PUE: the line's, else the region's ({@code cloud.<provider>.region.<region>.pue}, GCP), else the
     *     provider's;</li>
     * <li>grid: under {@link Convention#CCF} CCF's factor for the region ({@code cloud.<provider>.region.<region>}),
     *     or for an unknown region ({@code cloud.<provider>.region.unknown}, CCF's provider average, with a
     *     notice); otherwise the zone's grid factor (the line's zone, else the region's country).</li>
     * </ul>
     * Under {@link Convention#CCF} a line without an instance type has no embodied emissions, as in CCF (which
     * computes them from the instance type only).
     */
    private static Plan cloud(Work w, CloudCompute c) {
        String p = c.provider();
        requireProvider(w, p);
        String arch = c.microarchitecture().orElse(null);
        String watts = "cloud." + p + ".cpu." + (arch == null ? "" : arch + ".");
        // under CCF, a line's instance type gives CCF's watts of its processors and its memory beyond the per-chip
        // baseline, unless the line gives a microarchitecture or memory GB-hours
        String typeKey = c.instanceType().map(t -> "cloud." + p + ".type." + t + ".").orElse(null);
        boolean fromType = typeKey != null && w.convention == Convention.CCF;
        if (fromType && arch == null && w.r.optionalParameter(typeKey + "min_watts").isPresent()) {
            watts = typeKey;
            w.defaults.add(AppliedDefault.text("microarchitecture", c.instanceType().get() + "'s processors",
                    InputStatus.COMPLETED, "CCF's watts of the instance type's processors (" + typeKey + "min_watts,"
                    + " max_watts)"));
        }
        if (arch != null && w.r.optionalParameter(watts + "min_watts").isEmpty()) {
            TreeSet<String> known = idsBetween(w, "cloud." + p + ".cpu.", ".min_watts");
            known.remove("");
            throw new LineRejectedException("microarchitecture", arch, "unknown " + p + " CPU microarchitecture '"
                    + arch + "'; expected one of " + known + Suggestions.didYouMean(arch, known));
        }
        Parameter minP = w.r.parameter(watts + "min_watts", "cloud CPU power");
        Parameter maxP = w.r.parameter(watts + "max_watts", "cloud CPU power");
        double min = w.use(minP);
        double max = w.use(maxP);
        double u = Double.NaN;
        if (c.utilisation().isEmpty()) {
            Parameter d = w.r.parameter("cloud.cpu.utilisation", "default cloud CPU utilisation");
            w.defaults.add(Resolver.archetype("utilisation", d, ""));
            u = w.use(d);
        }
        Parameter pueP = c.pue().isPresent() ? null : providerPue(w, p);
        double pue = pueP == null ? Double.NaN : w.use(pueP);
        Multiplier pueBy = pueP == null ? null : Multiplier.of(pueP, 1);
        boolean memory = c.memoryGbHours() > 0 || c.networkGb() > 0 || c.gpuHours() > 0;
        double memEnergy = 0;
        double netEnergy = 0;
        Multiplier[] memoryBy = null;
        Multiplier[] networkBy = null;
        // the plan's lines all have memory, or none; all transfer between regions, or none (see variant)
        if (c.memoryGbHours() > 0) {
            Parameter mem = w.r.parameter("cloud.memory.energy", "cloud memory energy");
            memEnergy = w.use(mem);
            memoryBy = nonNull(pueBy, Multiplier.of(mem, 1));
        }
        double derivedMemory = 0;
        Optional<Parameter> typeMemory = fromType && c.memoryGbHours() == 0
                ? w.r.optionalParameter(typeKey + "memory_gb") : Optional.empty();
        if (typeMemory.isPresent()) {
            Parameter mem = w.r.parameter("cloud.memory.energy", "cloud memory energy");
            double gbPerVcpuH = w.use(typeMemory.get());
            derivedMemory = gbPerVcpuH * w.use(mem);
            memoryBy = nonNull(pueBy, Multiplier.of(mem, 1), Multiplier.of(typeMemory.get(), 1),
                    Multiplier.input(Multiplier.QUANTITY, 1));
            w.defaults.add(AppliedDefault.text("memoryGbHours", Numbers.format(gbPerVcpuH) + " GB-h per vCPU-hour",
                    InputStatus.COMPLETED, "CCF's memory beyond the per-chip baseline for "
                    + c.instanceType().get() + " (" + typeKey + "memory_gb)"));
        }
        if (c.networkGb() > 0) {
            Parameter net = w.r.parameter("cloud.network.energy", "cloud networking energy");
            netEnergy = w.use(net);
            networkBy = nonNull(pueBy, Multiplier.of(net, 1));
        }
        double gpuMin = 0;
        double gpuMax = 0;
        Multiplier[] gpuBy = null;
        double gpusPerVcpu = 0;
        String gpuName = c.gpu().orElse(null);
        if (fromType && gpuName == null) {
            // a GPU instance type under CCF: its GPUs per vCPU (cloud.<p>.type.<t>.gpu.<gpu>)
            TreeSet<String> gpus = idsBetween(w, typeKey + "gpu.", "");
            if (!gpus.isEmpty()) {
                Parameter per = w.r.parameter(typeKey + "gpu." + gpus.first(), "GPUs per vCPU");
                gpusPerVcpu = w.use(per);
                gpuName = gpus.first();
                w.defaults.add(AppliedDefault.text("gpu", Numbers.format(gpusPerVcpu) + " " + gpuName + " per vCPU",
                        InputStatus.COMPLETED, "CCF's GPUs of " + c.instanceType().get() + " (" + per.id() + ")"));
            }
        }
        if (gpuName != null) {
            String gpu = gpuName;
            String gw = "cloud." + p + ".gpu." + gpu + ".";
            if (w.r.optionalParameter(gw + "min_watts").isEmpty()) {
                TreeSet<String> known = idsBetween(w, "cloud." + p + ".gpu.", ".min_watts");
                throw new LineRejectedException("gpu", gpu, "unknown " + p + " GPU '" + gpu + "'; expected one of "
                        + known + Suggestions.didYouMean(gpu, known));
            }
            Parameter gMin = w.r.parameter(gw + "min_watts", "cloud GPU power");
            Parameter gMax = w.r.parameter(gw + "max_watts", "cloud GPU power");
            gpuMin = w.use(gMin);
            gpuMax = w.use(gMax);
            gpuBy = nonNull(pueBy); // as the CPU term: proportional to the PUE
        }
        Resolver.Resolved grid = cloudGrid(w, p);
        boolean ccf = w.convention == Convention.CCF;
        String type = c.instanceType().orElse(null);
        String family = c.instanceFamily().orElse(null);
        // a machine type's own figure (GCP, Azure), else its family's (AWS)
        String embodiedKey = type == null ? "cloud." + p + ".vcpu.embodied"
                : w.r.hasKey("cloud." + p + ".type." + type + ".embodied") ? "cloud." + p + ".type." + type
                + ".embodied" : "cloud." + p + ".family." + family + ".embodied";
        if (type != null && !w.r.hasKey(embodiedKey)) {
            TreeSet<String> known = new TreeSet<>();
            for (String k : w.r.catalog().keys()) {
                for (String prefix : new String[] {"cloud." + p + ".family.", "cloud." + p + ".type."}) {
                    if (k.startsWith(prefix) && k.endsWith(".embodied")) {
                        known.add(k.substring(prefix.length(), k.length() - ".embodied".length()));
                    }
                }
            }
            throw new LineRejectedException("instanceType", type, known.isEmpty()
                    ? "the catalog has no embodied emissions for " + p + " instance types; leave instanceType out"
                    : "unknown " + p + " instance type '" + type + "' (" + known.size() + " known types and"
                    + " families)" + Suggestions.didYouMean(type, known));
        }
        Footprint embodied = null;
        List<LineTrace.Term> embodiedPieces = null;
        if ((type != null || !ccf) && w.r.hasKey(embodiedKey)) {
            Resolver.Resolved f = w.r.factor(embodiedKey, "embodied emissions per vCPU-hour of " + p);
            w.use(f);
            embodied = f.values();
            embodiedPieces = f.pieces();
            // CCF's AWS and Azure code passes instance-hours / vCPU as its embodied estimator's hours: its number is
            // 1/vCPU of its published formula; the convention reproduces CCF's number, the default the formula
            Optional<Parameter> vcpus = ccf && type != null && !p.equals("gcp")
                    ? w.r.optionalParameter("cloud." + p + ".type." + type + ".vcpu") : Optional.empty();
            if (vcpus.isPresent()) {
                double v = w.use(vcpus.get());
                embodied = embodied.times(1 / v);
                List<LineTrace.Term> scaled = new ArrayList<>();
                for (LineTrace.Term t : embodiedPieces) {
                    scaled.add(t.scaled(1 / v, List.of(Multiplier.of(vcpus.get(), -1))));
                }
                embodiedPieces = scaled;
                w.defaults.add(AppliedDefault.text("embodied", "1/" + Numbers.format(v) + " of the formula's",
                        InputStatus.DEFAULT, "ccf convention: CCF's " + p + " code divides the instance-hours by the "
                        + Numbers.format(v) + " vCPUs of " + type + " before its embodied estimate; reproduced"));
            }
        }
        Plan plan = electricity(w, CLOUD, grid, embodied, min, max, u, pue, memEnergy, memory, embodiedPieces,
                nonNull(pueBy), NONE, memoryBy, null);
        plan.networkKWhPerGb = netEnergy;
        plan.networkBy = networkBy;
        plan.gpuMinW = gpuMin;
        plan.gpuMaxW = gpuMax;
        plan.gpuBy = gpuBy;
        plan.derivedMemoryKWhPerVcpuH = derivedMemory;
        plan.derivedGpusPerVcpu = gpusPerVcpu;
        return plan;
    }

    /** Refuses a provider the catalog has no CPU watts for, naming the known ones. */
    private static void requireProvider(Work w, String p) {
        if (w.r.optionalParameter("cloud." + p + ".cpu.min_watts").isEmpty()) {
            TreeSet<String> known = idsBetween(w, "cloud.", ".cpu.min_watts");
            known.removeIf(k -> k.contains("."));
            throw new LineRejectedException("provider", p, "unknown cloud provider '" + p + "'; expected one of " + known
                    + Suggestions.didYouMean(p, known));
        }
    }

    /** The ids of parameters {@code prefix + x + suffix}: their {@code x}, sorted. */
    private static TreeSet<String> idsBetween(Work w, String prefix, String suffix) {
        TreeSet<String> known = new TreeSet<>();
        w.r.catalog().parameters().forEach(x -> {
            String id = x.id();
            if (id.startsWith(prefix) && id.endsWith(suffix) && id.length() >= prefix.length() + suffix.length()) {
                known.add(id.substring(prefix.length(), id.length() - suffix.length()));
            }
        });
        return known;
    }

    /** The provider's PUE parameter: the region's where the catalog has one (GCP), else the provider's average. */
    private static Parameter providerPue(Work w, String provider) {
        Optional<Parameter> regional = w.region == null ? Optional.empty()
                : w.r.optionalParameter("cloud." + provider + ".region." + w.region.name + ".pue");
        Parameter d = regional.orElseGet(() -> w.r.parameter("cloud." + provider + ".pue", "PUE of " + provider));
        w.defaults.add(Resolver.archetype("pue", d, ""));
        return d;
    }

    /**
     * The grid of a cloud line or a provider's storage line: under {@link Convention#CCF} CCF's factor for the
     * region, or its provider average ({@code region.unknown}, with a notice) for a line without a region; otherwise
     * the zone's grid factor (the region's zone when the line gives none, see {@link #plan}).
     */
    private static Resolver.Resolved cloudGrid(Work w, String provider) {
        if (w.convention != Convention.CCF) {
            return w.grid();
        }
        Resolver.Resolved f;
        if (w.region != null) {
            f = w.region.factor;
        } else {
            f = w.r.factor("cloud." + provider + ".region.unknown", "CCF's average emission factor of " + provider);
            w.defaults.add(AppliedDefault.text("region", "unknown", InputStatus.COMPLETED, "no region given: CCF's"
                    + " average factor of " + provider + " (" + f.ids().get(0) + ", "
                    + Numbers.format(f.values().value(Phase.USE, Indicator.CLIMATE_CHANGE)) + " kgCO2e/kWh)"));
        }
        w.use(f);
        return f;
    }

    /** A line's provider region as the catalog knows it: CCF's factor for it and its country zone. */
    static final class Region {
        final String name;
        final Resolver.Resolved factor;
        final String zone;

        private Region(String name, Resolver.Resolved factor, String zone) {
            this.name = name;
            this.factor = factor;
            this.zone = zone;
        }

        /**
         * The region of a cloud line, or of a storage line at a provider, or null when the line names none.
         *
         * @throws LineRejectedException for a region the catalog does not know, with the provider's regions closest
         *                               to it
         */
        static Region of(Resolver r, Activity line) {
            String provider;
            String region;
            if (line instanceof CloudCompute) {
                CloudCompute c = (CloudCompute) line;
                provider = c.provider();
                region = c.region().orElse(null);
            } else if (line instanceof DataStorage) {
                DataStorage d = (DataStorage) line;
                provider = d.provider().orElse(null);
                region = d.region().orElse(null);
            } else {
                return null;
            }
            if (region == null) {
                return null;
            }
            String prefix = "cloud." + provider + ".region.";
            if (!r.hasKey(prefix + region)) {
                TreeSet<String> known = new TreeSet<>();
                for (String k : r.catalog().keys()) {
                    if (k.startsWith(prefix)) {
                        known.add(k.substring(prefix.length()));
                    }
                }
                throw new LineRejectedException("region", region, known.isEmpty()
                        ? "the catalog " + r.catalog().name() + " " + r.catalog().version() + " has no " + provider
                        + " regions (keys cloud." + provider + ".region.<region>); give the line's zone instead"
                        : "unknown " + provider + " region '" + region + "' (" + known.size() + " known)"
                        + Suggestions.didYouMean(region, known));
            }
            Resolver.Resolved f = r.factor(prefix + region, provider + " region '" + region + "'");
            String zone = r.catalog().factor(f.ids().get(0)).orElseThrow().provenance().zone();
            return new Region(region, f, zone);
        }
    }
}
