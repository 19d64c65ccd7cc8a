package dev.impact.engine;

import dev.impact.factor.FactorCatalog;
import dev.impact.inventory.Activity;
import dev.impact.inventory.Condition;
import dev.impact.inventory.Convention;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Equipment;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.LineRejectedException;
import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.ServerFleet;
import dev.impact.inventory.UseProfile;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Assesses inventories against a factor catalog.
 *
 * <pre>{@code
 * Engine engine = Engine.of(catalog);
 * Assessment a = engine.assess(Inventory.of("fleet", DeviceFleet.of("laptop", 120).lifetimeYears(5)),
 *         AssessmentOptions.defaults().reportingYear(2024));
 * }</pre>
 *
 * <p>Factors and defaults are resolved once per distinct kind of line (device category × zone × condition, server
 * configuration × zone, activity kind × model × zone × the inputs it leaves to the model) into a plan; each line is
 * then one evaluation path, the plan's footprints times a few scalars of the line, which {@link #assess} builds into
 * the line's footprint, a {@link Session} adds into running {@link Sum}s and a {@link Trace} receives as terms. An
 * engine is immutable and thread-safe;
 * each {@link #assess} call keeps its own state. {@link #assess(Inventory, AssessmentOptions, Trace)} also reports
 * each line as a sum of terms proportional to its uncertain quantities, the input of
 * {@code dev.impact.uncertainty.MonteCarlo}; without a trace this costs nothing.
 */
public final class Engine {
    private final FactorCatalog catalog;

    private Engine(FactorCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** An engine reading factors from {@code catalog}. */
    public static Engine of(FactorCatalog catalog) {
        return new Engine(catalog);
    }

    /** The catalog. */
    public FactorCatalog catalog() {
        return catalog;
    }

    /** Assesses with {@link AssessmentOptions#defaults()}. */
    public Assessment assess(Inventory inventory) {
        return assess(inventory, AssessmentOptions.defaults());
    }

    /**
     * Assesses every line of {@code inventory}.
     *
     * @throws IllegalArgumentException naming the line (index and label) and the problem, when a line cannot be
     *                                  assessed: unknown category or zone, no factor valid in the reporting year,
     *                                  a purchase year after the reporting year, no purchase year in flow accounting
     */
    public Assessment assess(Inventory inventory, AssessmentOptions options) {
        return run(inventory, options, null);
    }

    /**
     * Assesses every line of {@code inventory} as {@link #assess(Inventory, AssessmentOptions)} does, and reports
     * each line's footprint to {@code trace} as a sum of terms proportional to the uncertain quantities behind it
     * (the input of Monte Carlo propagation, see {@link Trace} for what is and is not decomposed).
     */
    public Assessment assess(Inventory inventory, AssessmentOptions options, Trace trace) {
        return run(inventory, options, Objects.requireNonNull(trace, "trace"));
    }

    private Assessment run(Inventory inventory, AssessmentOptions options, Trace trace) {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(options, "options");
        Evaluation e = new Evaluation(new Resolver(catalog, options), options, trace);
        LineColumns results = new LineColumns(inventory.size());
        // the total and the sums per category, added as each line is evaluated (the sums an accumulator of the
        // lines' footprints gives, without going over the footprints again)
        Sum total = new Sum();
        Map<String, Sum> categories = new LinkedHashMap<>();
        String lastCategory = null;
        Sum category = null;
        int index = 0;
        for (InventoryLine line : inventory) {
            index++;
            try {
                Evaluation.Line x = e.evaluate(line);
                Footprint f = x.footprint();
                if (trace != null) {
                    LineTrace lt = new LineTrace();
                    x.trace(lt);
                    lt.flush(trace, index - 1, f);
                }
                String c = line.category();
                if (!c.equals(lastCategory)) {
                    category = categories.computeIfAbsent(c, k -> new Sum());
                    lastCategory = c;
                }
                x.addTo(total, category);
                results.add(line, f, x.outcome);
            } catch (IllegalArgumentException ex) {
                throw LineRejectedException.at(ex, index, line.label());
            }
        }
        Map<String, Footprint> byCategory = new LinkedHashMap<>();
        categories.forEach((k, v) -> byCategory.put(k, v.toFootprint()));
        return new Assessment(inventory.name(), options, catalog.name(), catalog.version(), catalog.checksum(),
                results, total.toFootprint(), byCategory);
    }

    /**
     * The segments of a network transfer line under a Sustainable Web Design model (data centre, network, device,
     * embodied or production), kgCO2e, as {@link #assess(Inventory, AssessmentOptions)} computes the line.
     *
     * @throws IllegalArgumentException if the line's model is not SWD_V3 or SWD_V4, or the line cannot be assessed
     */
    public WebSegments webSegments(NetworkTransfer line, AssessmentOptions options) {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(options, "options");
        if (line.model() != NetworkModel.SWD_V3 && line.model() != NetworkModel.SWD_V4) {
            throw new IllegalArgumentException("webSegments: the line's model must be SWD_V3 or SWD_V4, was "
                    + line.model());
        }
        Evaluation e = new Evaluation(new Resolver(catalog, options), options, null);
        Evaluation.Line x = e.evaluate(line);
        return x.activity.web.segments(line);
    }

    /**
     * {@code inventory} assessed under {@link Convention#IMPACT} and under {@code peer} with {@code options} otherwise,
     * and what makes their lines differ ({@link ConventionDifference}).
     */
    public ConventionDifference differenceFrom(Inventory inventory, AssessmentOptions options, Convention peer) {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(peer, "peer");
        return ConventionDifference.of(peer, assess(inventory, options.convention(Convention.IMPACT)),
                assess(inventory, options.convention(peer)));
    }

    /**
     * The Software Carbon Intensity of {@code inventory} (ISO/IEC 21031:2024) per {@code units} of the functional
     * unit {@code functionalUnit}: (E × I + M) / R, from the same line results as
     * {@link #assess(Inventory, AssessmentOptions)} (see {@link Sci} for what E, I and M are here).
     *
     * @throws IllegalArgumentException if the unit is blank, units is not a finite number &gt; 0, or a line cannot be
     *                                  assessed (naming it)
     */
    public Sci sci(Inventory inventory, AssessmentOptions options, String functionalUnit, double units) {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(options, "options");
        Sci.check(functionalUnit, units);
        Evaluation e = new Evaluation(new Resolver(catalog, options), options, null);
        double kWh = 0;
        double withEnergy = 0;
        double without = 0;
        double embodied = 0;
        int linesWith = 0;
        int linesWithout = 0;
        boolean partial = false;
        int index = 0;
        for (InventoryLine line : inventory) {
            index++;
            try {
                Evaluation.Line x = e.evaluate(line);
                Footprint f = x.footprint();
                double use = f.value(Phase.USE, Indicator.CLIMATE_CHANGE);
                if (Double.isNaN(use)) {
                    use = 0;
                    partial = true;
                }
                double lineKWh = x.energyKWh();
                if (Double.isNaN(lineKWh)) {
                    without += use;
                    linesWithout++;
                } else {
                    kWh += lineKWh;
                    withEnergy += use;
                    linesWith++;
                }
                for (Phase p : Phase.values()) {
                    if (p != Phase.USE) {
                        double v = f.value(p, Indicator.CLIMATE_CHANGE);
                        if (!Double.isNaN(v)) {
                            embodied += v;
                        } else if (f.availability(p, Indicator.CLIMATE_CHANGE) != Availability.NOT_AVAILABLE) {
                            partial = true;
                        }
                    }
                }
            } catch (IllegalArgumentException ex) {
                throw LineRejectedException.at(ex, index, line.label());
            }
        }
        return new Sci(functionalUnit, units, kWh, withEnergy, without, embodied, linesWith, linesWithout, partial);
    }

    /**
     * A session: assesses lines one at a time with the same model, plans and results as
     * {@link #assess(Inventory, AssessmentOptions)}, adding each line's footprint into the caller's {@link Sum}s
     * without building it.
     */
    public Session session(AssessmentOptions options) {
        Objects.requireNonNull(options, "options");
        return new Session(new Evaluation(new Resolver(catalog, options), options, null));
    }

    /**
     * What a line took besides its footprint: the ids of the factors and parameters it used and the inputs the
     * engine completed for it. Lines of one kind that left the same inputs to the engine share one outcome (and its
     * immutable lists).
     *
     * @param factorIds    ids of the factors used
     * @param parameterIds ids of the parameters used
     * @param defaults     inputs completed by the engine (empty when the line gave everything)
     */
    public record LineOutcome(List<String> factorIds, List<String> parameterIds, List<AppliedDefault> defaults) {
        public LineOutcome {
            Objects.requireNonNull(factorIds, "factorIds");
            Objects.requireNonNull(parameterIds, "parameterIds");
            Objects.requireNonNull(defaults, "defaults");
            factorIds = List.copyOf(factorIds);
            parameterIds = List.copyOf(parameterIds);
            defaults = List.copyOf(defaults);
        }
    }

    /**
     * Lines assessed one at a time, as {@link #assess(Inventory, AssessmentOptions)} assesses an inventory of the
     * same lines in the same order: {@link #add} adds exactly the line's {@link LineResult#footprint()} to running
     * sums, and {@link #assess(InventoryLine)} gives the line's result. Not thread-safe: one session per thread.
     *
     * <pre>{@code
     * Engine.Session s = engine.session(options);
     * Engine.Sum total = new Engine.Sum();
     * Engine.Sum laptops = new Engine.Sum();
     * for (InventoryLine line : lines) {
     *     Engine.LineOutcome o = s.add(line, total, laptops);   // o.defaults(): what the engine completed
     * }
     * Footprint f = total.toFootprint();
     * }</pre>
     */
    public static final class Session {
        private final Evaluation evaluation;
        private int index;

        private Session(Evaluation evaluation) {
            this.evaluation = evaluation;
        }

        /**
         * Assesses {@code line} and adds its footprint (all units) to {@code into} and to {@code alsoInto}
         * (typically a running total and the line's category), without building it: each sum ends up with exactly
         * what {@link Sum#add(Footprint)} of the line's {@link LineResult#footprint()} gives (bit for bit). The same
         * sum given twice gets the footprint twice.
         *
         * @return the line's factor ids, parameter ids and defaults (shared by the lines of one kind)
         * @throws IllegalArgumentException as {@link #assess(Inventory, AssessmentOptions)} does for this line,
         *                                  numbered by its position among the lines given to this session; nothing
         *                                  is added then
         */
        public LineOutcome add(InventoryLine line, Sum into, Sum alsoInto) {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(into, "into");
            Objects.requireNonNull(alsoInto, "alsoInto");
            index++;
            try {
                return evaluation.evaluate(line).addTo(into, alsoInto);
            } catch (IllegalArgumentException ex) {
                throw LineRejectedException.at(ex, index, line.label());
            }
        }

        /**
         * A batch of items like {@code template} but for their amount, assessed with the template's plan (resolved
         * here, once): the fast path for columnar callers, with the same bits as this session's per-line API (see
         * {@link Batch}). The batch shares this session's plans: use it on the session's thread.
         *
         * @throws IllegalArgumentException if the template cannot be assessed (as {@link #assess(InventoryLine)})
         */
        public Batch batch(Activity template) {
            Objects.requireNonNull(template, "template");
            return new Batch(template, evaluation.evaluate(template).activity);
        }

        /**
         * The result of {@code line}, as {@link #assess(Inventory, AssessmentOptions)} gives it.
         *
         * @throws IllegalArgumentException as {@link #add}
         */
        public LineResult assess(InventoryLine line) {
            Objects.requireNonNull(line, "line");
            index++;
            try {
                return evaluation.result(line, (LineTrace) null);
            } catch (IllegalArgumentException ex) {
                throw LineRejectedException.at(ex, index, line.label());
            }
        }
    }

    /**
     * A running sum of line footprints, the target of {@link Session#add}: the same sums and availability as
     * {@link Footprint.Accumulator} (a cell some added footprint has no data for is partial). Not thread-safe.
     */
    public static final class Sum {
        final double[] values = new double[Terms.CELLS];
        final int[] knownCount = new int[Terms.CELLS];
        int partial;
        int parts;
        /** A bound on the magnitude of every cell: the sum of the added lines' bounds (see {@link Terms#add}). */
        double bound;

        /** An empty sum. */
        public Sum() {
        }

        /**
         * Adds {@code footprint}, as {@link Footprint.Accumulator#add(Footprint)} does.
         *
         * @throws IllegalArgumentException ({@link Footprint#overflow}) if a cell of the sum would go beyond
         *                                  {@link Footprint#MAX_CELL}; nothing is added then
         */
        public Sum add(Footprint footprint) {
            Objects.requireNonNull(footprint, "footprint");
            for (Phase p : Phase.values()) {
                for (Indicator i : Indicator.values()) {
                    if (footprint.availability(p, i) != Availability.NOT_AVAILABLE
                            && !Footprint.inRange(values[Terms.cell(p, i)] + footprint.value(p, i))) {
                        throw Footprint.overflow(Terms.cell(p, i));
                    }
                }
            }
            double largest = 0;
            for (Phase p : Phase.values()) {
                for (Indicator i : Indicator.values()) {
                    Availability a = footprint.availability(p, i);
                    if (a != Availability.NOT_AVAILABLE) {
                        int c = Terms.cell(p, i);
                        values[c] += footprint.value(p, i) * 1.0;
                        knownCount[c]++;
                        largest = Math.max(largest, Math.abs(footprint.value(p, i)));
                        if (a == Availability.PARTIAL) {
                            partial |= 1 << c;
                        }
                    }
                }
            }
            parts++;
            bound += largest;
            return this;
        }

        /** Clears the sum. */
        public Sum reset() {
            java.util.Arrays.fill(values, 0);
            java.util.Arrays.fill(knownCount, 0);
            partial = 0;
            parts = 0;
            bound = 0;
            return this;
        }

        /** The sum so far; {@link Footprint#zero()} if nothing was added. */
        public Footprint toFootprint() {
            if (parts == 0) {
                return Footprint.zero();
            }
            // the cells with data, then those whose data is partial, made through the public arithmetic: the cells
            // themselves once, plus zeros where the cell is complete (an accumulator of two parts marks a cell
            // only one of them has as partial; the sums are never -0.0, so adding +0.0 changes no bit)
            Footprint.Builder cells = Footprint.builder();
            Footprint.Builder complete = Footprint.builder();
            boolean anyPartial = false;
            for (Phase p : Phase.values()) {
                for (Indicator i : Indicator.values()) {
                    int c = Terms.cell(p, i);
                    if (knownCount[c] > 0) {
                        cells.set(p, i, values[c]);
                        if (knownCount[c] < parts || (partial & (1 << c)) != 0) {
                            anyPartial = true;
                        } else {
                            complete.set(p, i, 0);
                        }
                    }
                }
            }
            Footprint f = cells.build();
            return anyPartial ? new Footprint.Accumulator().add(f).add(complete.build()).toFootprint() : f;
        }

        @Override
        public String toString() {
            return toFootprint().toString();
        }
    }

    /** Flow accounting's rule for a line without a purchase year. */
    static final AppliedDefault UNDATED_FLOW = AppliedDefault.text("purchaseYear", "before the period",
            InputStatus.COMPLETED, "flow accounting: a line without a purchase year counts as not bought in the"
                    + " period");
    /** Amortised accounting's rule for a line without a purchase year. */
    static final AppliedDefault UNDATED_AMORTISED = AppliedDefault.text("purchaseYear", "unknown: straight-line",
            InputStatus.COMPLETED, "amortised accounting: a line without a purchase year is spread straight-line over"
                    + " its lifetime, as in yearly accounting");

    /**
     * The share of an equipment's embodied impact that a reporting period carries in amortised accounting: the
     * overlap of the period [year + 1 - period, year + 1) with the amortisation window [purchaseYear, purchaseYear +
     * lifetime), divided by the lifetime (years as intervals: a purchase year counts whole).
     */
    static double amortisedShare(int purchaseYear, double lifetime, int year, double period) {
        double from = Math.max(year + 1 - period, purchaseYear);
        double to = Math.min(year + 1, purchaseYear + lifetime);
        return to > from ? (to - from) / lifetime : 0;
    }

    /** One kg of equipment becoming waste at end of life (and none in the other phases). */
    private static final Footprint E_WASTE_AT_END_OF_LIFE = Footprint.builder()
            .set(Phase.MANUFACTURE, Indicator.E_WASTE, 0).set(Phase.DISTRIBUTION, Indicator.E_WASTE, 0)
            .set(Phase.USE, Indicator.E_WASTE, 0).set(Phase.END_OF_LIFE, Indicator.E_WASTE, 1).build();
    private static final Terms.Part E_WASTE = new Terms.Part(E_WASTE_AT_END_OF_LIFE);

    private static final Convention[] CONVENTIONS = Convention.values();

    /** The state of one assessment: plans cached per kind of line, and the line being evaluated. */
    private static final class Evaluation {
        private final Resolver resolver;
        private final AssessmentOptions options;
        /** Server plans (with their lists) per configuration × zone. */
        private final Map<ServerKey, Lists> serverPlans = new HashMap<>();
        /** Plans of device lines naming a model or declaring a footprint (procurement lines: few). */
        private final Map<ModelKey, Lists> modelPlans = new HashMap<>();
        /** Device lines under the BoaviztAPI convention, by category, archetype, model, declaration, zone, condition. */
        private final Map<TerminalKey, Lists> terminalPlans = new HashMap<>();
        private final Map<String, AppliedDefault> zoneDefaults = new HashMap<>();
        /**
         * Device plans (with their lists) per category × zone × condition: an open-addressing table with linear
         * probing (no key object per line), grown at half full. Keys compare by {@code equals}.
         */
        private String[] deviceCategories = new String[64];
        private String[] deviceZones = new String[64];
        private Condition[] deviceConditions = new Condition[64];
        private Lists[] devicePlans = new Lists[64];
        private int deviceCount;
        /** The last server line's configuration (by identity), zone and plan. */
        private ServerFleet.Configuration lastConfiguration;
        private String lastServerZone;
        private boolean lastServerBoavizta;
        private Lists lastServerPlan;
        /**
         * Activity plans by the line's {@link Convention} and {@link ActivityModels#variant} (one index), then zone
         * (given or not: the variant's lowest bit), then {@link ActivityModels#variantText}; made on first use.
         */
        @SuppressWarnings("unchecked")
        private final Map<String, Map<String, ActivityModels.Plan>>[] activityPlans =
                new Map[CONVENTIONS.length * ActivityModels.VARIANTS * 2];
        /** A purchase year not given. */
        private static final int NO_YEAR = Integer.MIN_VALUE;
        private final Trace trace;
        /** The line being evaluated (reused: one line at a time). */
        private final Line line = new Line();

        Evaluation(Resolver resolver, AssessmentOptions options, Trace trace) {
            this.resolver = resolver;
            this.options = options;
            this.trace = trace;
        }

        /**
         * The plan key of a device line naming a model or declaring a footprint (equals and hashCode written out, as
         * {@link ServerKey}'s are).
         */
        private record TerminalKey(String category, String archetype, Map<String, Integer> iotBlocks, String model,
                                   dev.impact.inventory.DeclaredFootprint declared, String zone, Condition condition) {
        }

        private static final class ModelKey {
            private final String category;
            private final String model; // may be null
            private final dev.impact.inventory.DeclaredFootprint declared; // may be null
            private final String zone;
            private final Condition condition;
            private final int hash;

            ModelKey(String category, String model, dev.impact.inventory.DeclaredFootprint declared, String zone,
                     Condition condition) {
                this.category = category;
                this.model = model;
                this.declared = declared;
                this.zone = zone;
                this.condition = condition;
                int h = category.hashCode();
                h = 31 * h + (model == null ? 0 : model.hashCode());
                h = 31 * h + (declared == null ? 0 : Double.hashCode(declared.embodiedKgCo2e())
                        + 31 * declared.source().hashCode() + 961 * declared.uncertainty().toString().hashCode());
                h = 31 * h + zone.hashCode();
                this.hash = 31 * h + condition.ordinal();
            }

            String category() {
                return category;
            }

            String model() {
                return model;
            }

            dev.impact.inventory.DeclaredFootprint declared() {
                return declared;
            }

            @Override
            public boolean equals(Object o) {
                if (!(o instanceof ModelKey)) {
                    return false;
                }
                ModelKey k = (ModelKey) o;
                return k.hash == hash && k.condition == condition && k.category.equals(category)
                        && k.zone.equals(zone) && java.util.Objects.equals(k.model, model)
                        && (k.declared == declared || k.declared != null && declared != null
                        && Double.compare(k.declared.embodiedKgCo2e(), declared.embodiedKgCo2e()) == 0
                        && k.declared.source().equals(declared.source())
                        && k.declared.uncertainty().toString().equals(declared.uncertainty().toString()));
            }

            @Override
            public int hashCode() {
                return hash;
            }
        }

        /**
         * A server plan's key: the configuration and zone, hashed once when the key is made (a server line whose
         * configuration is not the previous line's instance makes one key to look its plan up). Compares the
         * configuration's components itself: the record's generated {@code equals} and {@code hashCode} go through
         * method handles, which cost microseconds per server line where they are not inlined.
         */
        private static final class ServerKey {
            private final ServerFleet.Configuration c;
            private final String zone;
            private final boolean boaviztapi;
            private final int hash;

            ServerKey(ServerFleet.Configuration c, String zone, boolean boaviztapi) {
                this.c = c;
                this.zone = zone;
                this.boaviztapi = boaviztapi;
                int h = c.cpuUnits().hashCode();
                h = 31 * h + c.cpuCores().hashCode();
                h = 31 * h + c.cpuDiePerCoreMm2().hashCode();
                h = 31 * h + c.cpuDieAreaMm2().hashCode();
                h = 31 * h + c.cpuTdpWatts().hashCode();
                h = 31 * h + c.load().hashCode();
                h = 31 * h + c.ramUnits().hashCode();
                h = 31 * h + c.ramGb().hashCode();
                h = 31 * h + c.ramDensity().hashCode();
                h = 31 * h + c.ssdUnits().hashCode();
                h = 31 * h + c.ssdGb().hashCode();
                h = 31 * h + c.ssdDensity().hashCode();
                h = 31 * h + c.hddUnits().hashCode();
                h = 31 * h + c.psuUnits().hashCode();
                h = 31 * h + c.psuMassKg().hashCode();
                h = 31 * h + c.caseType().hashCode();
                h = 31 * h + c.averagePowerWatts().hashCode();
                h = 31 * h + c.pue().hashCode();
                h = 31 * h + c.detail().hashCode();
                h = 31 * h + Boolean.hashCode(boaviztapi);
                this.hash = 31 * h + zone.hashCode();
            }

            @Override
            public boolean equals(Object o) {
                if (!(o instanceof ServerKey)) {
                    return false;
                }
                ServerKey k = (ServerKey) o;
                ServerFleet.Configuration d = k.c;
                return k.hash == hash && k.zone.equals(zone) && k.boaviztapi == boaviztapi
                        && (d == c || d.cpuUnits().equals(c.cpuUnits())
                        && d.cpuCores().equals(c.cpuCores()) && d.cpuDiePerCoreMm2().equals(c.cpuDiePerCoreMm2())
                        && d.cpuDieAreaMm2().equals(c.cpuDieAreaMm2()) && d.cpuTdpWatts().equals(c.cpuTdpWatts())
                        && d.load().equals(c.load()) && d.ramUnits().equals(c.ramUnits()) && d.ramGb().equals(c.ramGb())
                        && d.ramDensity().equals(c.ramDensity()) && d.ssdUnits().equals(c.ssdUnits())
                        && d.ssdGb().equals(c.ssdGb()) && d.ssdDensity().equals(c.ssdDensity())
                        && d.hddUnits().equals(c.hddUnits()) && d.psuUnits().equals(c.psuUnits())
                        && d.psuMassKg().equals(c.psuMassKg()) && d.caseType().equals(c.caseType())
                        && d.averagePowerWatts().equals(c.averagePowerWatts()) && d.pue().equals(c.pue())
                        && (d.detail() == c.detail() || d.detail().equals(c.detail())));
            }

            @Override
            public int hashCode() {
                return hash;
            }
        }

        /** The result of a line (its terms reported to {@code lt} unless null). */
        LineResult result(InventoryLine l, LineTrace lt) {
            Line x = evaluate(l);
            Footprint f = x.footprint();
            if (lt != null) {
                x.trace(lt);
            }
            LineOutcome o = x.outcome;
            return new LineResult(l, f, o.factorIds(), o.parameterIds(), o.defaults());
        }

        /**
         * The one evaluation path: finds (or makes) the line's plan and computes the line's scales.
         *
         * @return the line, valid until the next call
         */
        Line evaluate(InventoryLine l) {
            Line x = line;
            x.clear();
            if (l instanceof DeviceFleet) {
                device((DeviceFleet) l, x);
            } else if (l instanceof ServerFleet) {
                server((ServerFleet) l, x);
            } else if (l instanceof Activity) {
                activity((Activity) l, x);
            } else {
                throw new IllegalArgumentException("unsupported line kind " + l.getClass().getName());
            }
            return x;
        }

        private void activity(Activity l, Line x) {
            String given = l.zone().orElse(null);
            boolean zoneDefault = given == null;
            String zone = zoneDefault ? options.defaultZone() : given;
            Convention convention = options.conventionOf(l);
            int v = (convention.ordinal() * ActivityModels.VARIANTS + ActivityModels.variant(l)) * 2
                    + (zoneDefault ? 1 : 0);
            String text = ActivityModels.variantText(l);
            ActivityModels.Plan p;
            if (v == lastVariant && zone.equals(lastZone) && text.equals(lastText)) {
                p = lastPlan;   // a run of lines of one kind (a column, a billing export) skips the lookups
            } else {
                p = activityPlan(l, v, zone, zoneDefault, text, convention);
                lastVariant = v;
                lastZone = zone;
                lastText = text;
                lastPlan = p;
            }
            p.scales(l, l.quantity(), x.s);
            x.activity = p;
            x.activityLine = l;
            x.a = p.a;
            x.sa = x.s[0];
            x.b = p.b;
            x.sb = p.b == null ? 0 : x.s[1];
            if (p.c != null) {
                x.c = p.c;
                x.sc = x.s[2];
            }
            x.known = p.known;
            x.partial = p.partial;
            x.outcome = p.outcome;
        }

        /** The previous activity line's plan key and plan (a memo of {@link #activityPlan}). */
        private int lastVariant = -1;
        private String lastZone;
        private String lastText;
        private ActivityModels.Plan lastPlan;

        private ActivityModels.Plan activityPlan(Activity l, int v, String zone, boolean zoneDefault, String text,
                                                 Convention convention) {
            Map<String, Map<String, ActivityModels.Plan>> byZone = activityPlans[v];
            if (byZone == null) {
                byZone = new HashMap<>();
                activityPlans[v] = byZone;
            }
            Map<String, ActivityModels.Plan> byText = byZone.get(zone);
            if (byText == null) {
                byText = new HashMap<>();
                byZone.put(zone, byText);
            }
            ActivityModels.Plan p = byText.get(text);
            if (p == null) {
                p = ActivityModels.plan(resolver, l, zone, zoneDefault ? zoneDefault(zone) : null, convention);
                byText.put(text, p);
            }
            return p;
        }

        private void device(DeviceFleet d, Line x) {
            String given = d.zone().orElse(null);
            boolean zoneDefault = given == null;
            String zone = zoneDefault ? options.defaultZone() : given;
            int defaulted = zoneDefault ? Lists.ZONE : 0;
            boolean secondLife = d.previousLifeYears() > 0 || d.laterLifeYears() > 0;
            // a second life is allocated from a new device's figures (not the refurbishment ratio)
            Condition condition = secondLife ? Condition.NEW : d.condition();
            Lists l;
            if (options.conventionOf(d) == Convention.BOAVIZTAPI) {
                l = boaviztapiPlan(d, zone, condition);
            } else if (d.archetype().isPresent() || !d.iotBlocks().isEmpty()) {
                String field = d.archetype().isPresent() ? "archetype" : "iotBlock";
                throw new LineRejectedException(field, d.archetype().orElse(d.iotBlocks().toString()), "an "
                        + field + " is BoaviztAPI's input (its terminal, peripheral and IoT devices) and counts only"
                        + " under the boaviztapi convention: set the line's or the assessment's convention to"
                        + " boaviztapi, or leave it out");
            } else {
                l = d.model().isPresent() || d.declared().isPresent() ? modelPlan(d, zone, condition)
                        : devicePlan(d.category(), zone, condition);
            }
            UnitPlan plan = l.plan;
            double kWh;
            double mass;
            Optional<UseProfile> use = d.use();
            if (use.isPresent()) {
                kWh = use.get().kWhPerYear();
                x.ownEnergy = true;
            } else if (plan.kWhDefault() != null) {
                kWh = plan.kWhPerYear();
                defaulted |= Lists.ENERGY;
            } else {
                String p = "device." + d.category();
                throw new LineRejectedException("category", d.category(), "device category '" + d.category()
                        + "' has no default use"
                        + " profile in " + resolver.catalog().name() + " (parameters " + p + ".energy, or " + p
                        + ".power and " + p + ".hours_per_day); give the line's power and hours, or its kWh per"
                        + " year");
            }
            OptionalDouble m = d.massKg();
            if (m.isPresent()) {
                mass = m.getAsDouble();
                x.ownMass = true;
            } else {
                mass = plan.massKg();
                if (plan.massDefault() != null) {
                    defaulted |= Lists.MASS;
                }
            }
            OptionalDouble life = d.lifetimeYears();
            OptionalInt bought = d.purchaseYear();
            equipment(d, life.isPresent() ? life.getAsDouble() : Double.NaN,
                    bought.isPresent() ? bought.getAsInt() : NO_YEAR, d.quantity(), l, zone, defaulted, kWh, mass, x);
            if (secondLife) {
                // lifetime-proportional allocation over previous life + own use + later life
                double share = x.lifetime / (d.previousLifeYears() + x.lifetime + d.laterLifeYears());
                x.sa *= share;
                x.sc *= share;
            }
        }

        private void server(ServerFleet s, Line x) {
            String given = s.zone().orElse(null);
            boolean zoneDefault = given == null;
            String zone = zoneDefault ? options.defaultZone() : given;
            ServerFleet.Configuration configuration = s.configuration();
            boolean boaviztapi = options.conventionOf(s) == Convention.BOAVIZTAPI;
            Lists l;
            if (configuration == lastConfiguration && zone.equals(lastServerZone) && boaviztapi == lastServerBoavizta) {
                l = lastServerPlan;
            } else {
                ServerKey key = new ServerKey(configuration, zone, boaviztapi);
                l = serverPlans.get(key);
                if (l == null) {
                    l = new Lists(ServerModel.plan(resolver, configuration, zone, boaviztapi));
                    serverPlans.put(key, l);
                }
                lastConfiguration = configuration;
                lastServerZone = zone;
                lastServerBoavizta = boaviztapi;
                lastServerPlan = l;
            }
            OptionalDouble life = s.lifetimeYears();
            OptionalInt bought = s.purchaseYear();
            equipment(s, life.isPresent() ? life.getAsDouble() : Double.NaN,
                    bought.isPresent() ? bought.getAsInt() : NO_YEAR, s.quantity(), l, zone,
                    zoneDefault ? Lists.ZONE : 0, l.plan.kWhPerYear(), Double.NaN, x);
        }

        /**
         * The part common to devices and servers: lifetime, scales, outcome. The line's own inputs come as plain
         * values (no {@code Optional} kept across this call): {@code givenLifetime} NaN and {@code purchaseYear}
         * {@link #NO_YEAR} when not given, {@code mass} NaN when unknown (no e-waste then).
         *
         * <p>The terms: embodied × units × share of the period (÷ lifetime in yearly accounting, 1 in lifecycle, 1 or
         * 0 in flow accounting by purchase year), use per kWh × kWh per year × units × years of use (the period, or
         * the lifetime in lifecycle accounting), e-waste at end of life × mass × units × share.
         *
         * @throws IllegalArgumentException for a purchase year after the reporting year, or none in flow accounting
         */
        private void equipment(Equipment equipment, double givenLifetime, int purchaseYear, double units, Lists l,
                               String zone, int defaulted, double kWhPerYear, double mass, Line x) {
            UnitPlan plan = l.plan;
            double lifetime;
            double period = options.periodYears();
            int year = options.reportingYear();
            boolean bought = purchaseYear != NO_YEAR;
            if (bought && purchaseYear > year) {
                throw new LineRejectedException("purchaseYear", String.valueOf(purchaseYear), "purchaseYear "
                        + purchaseYear + " is after the reporting year " + year);
            }
            OptionalInt retired = equipment.retirementYear();
            double inService = 1; // the share of the period the equipment is in service
            if (retired.isPresent()) {
                int r = retired.getAsInt();
                if (!bought) {
                    throw new LineRejectedException("retirementYear", String.valueOf(r), "retirementYear " + r
                            + " needs the line's purchaseYear (the effective lifetime is the years between them)");
                }
                if (r <= purchaseYear) {
                    throw new LineRejectedException("retirementYear", String.valueOf(r), "retirementYear " + r
                            + " must be after purchaseYear " + purchaseYear);
                }
                if (Double.isNaN(givenLifetime)) {
                    givenLifetime = r - purchaseYear; // the effective lifetime, an input of the user's
                }
                double from = Math.max(year + 1 - period, purchaseYear);
                inService = Math.max(0, Math.min(year + 1, r) - from) / period;
            }
            x.ownLifetime = !Double.isNaN(givenLifetime);
            if (x.ownLifetime) {
                lifetime = givenLifetime;
            } else {
                lifetime = plan.lifetimeYears();
                defaulted |= Lists.LIFETIME;
            }
            double embodiedShare;
            double useYears;
            switch (options.accounting()) {
                case YEARLY:
                    // impact's rule: period / lifetime, uncapped (a fleet whose life is shorter than the period is
                    // bought again within it); BoaviztAPI's: capped at the whole (duration / lifetime at most 1)
                    embodiedShare = (options.conventionOf(equipment) == Convention.BOAVIZTAPI
                            ? Math.min(1, period / lifetime) : period / lifetime) * inService;
                    useYears = period * inService;
                    break;
                case LIFECYCLE:
                    embodiedShare = 1;
                    useYears = lifetime;
                    break;
                case FLOW:
                    if (!bought) {
                        requirePurchaseYear();
                        defaulted |= Lists.UNDATED;
                    }
                    embodiedShare = bought && purchaseYear > year - period ? 1 : 0;
                    useYears = period * inService;
                    break;
                case AMORTISED:
                    if (bought) {
                        embodiedShare = amortisedShare(purchaseYear, lifetime, year, period);
                        if (retired.isPresent() && inService == 0) {
                            embodiedShare = 0; // out of service before the period, whatever its own lifetime said
                        }
                    } else {
                        requirePurchaseYear();
                        defaulted |= Lists.UNDATED;
                        embodiedShare = period / lifetime;
                    }
                    useYears = period * inService;
                    break;
                default:
                    throw new AssertionError(options.accounting());
            }
            double e = embodiedShare * units;
            x.equipment = l;
            x.line = equipment;
            x.lifetime = lifetime;
            x.kWh = kWhPerYear;
            x.mass = mass;
            x.a = l.embodied;
            x.sa = e;
            x.b = l.usePerKWh;
            x.sb = kWhPerYear * useYears * units;
            x.known = l.embodied.known | l.usePerKWh.known;
            x.partial = l.embodied.partial | l.usePerKWh.partial;
            if (!Double.isNaN(mass)) {
                x.c = E_WASTE;
                x.sc = mass * e;
                x.known |= E_WASTE.known;
            }
            x.combined = true;
            x.outcome = l.outcome(defaulted, zone);
        }

        private void requirePurchaseYear() {
            if (options.requirePurchaseYears()) {
                throw new LineRejectedException("purchaseYear", "", options.accounting().name()
                        .toLowerCase(Locale.ROOT) + " accounting with purchase years required: this line has none");
            }
        }

        /**
         * A line evaluated: its plan's parts ({@code c} may be null, and {@code b} for activities) and the line's
         * scales, its outcome, and what its trace needs. Reused from line to line; not thread-safe.
         */
        final class Line {
            Terms.Part a;
            Terms.Part b;
            Terms.Part c;
            double sa;
            double sb;
            double sc;
            /** The footprint's availability. */
            int known;
            int partial;
            /**
             * Equipment: the parts speak for different cells ({@link Footprint#combine}); activities: the parts are
             * summed ({@link Footprint.Accumulator}: a cell only one part has data for is partial).
             */
            boolean combined;
            LineOutcome outcome;
            /** Activities: the plan and the scales it computed, and the line. */
            ActivityModels.Plan activity;
            Activity activityLine;
            final double[] s = new double[6];
            /** The line's cells on their way into the sums (see {@link Terms#add}). */
            final double[] cells = new double[Terms.CELLS];
            /** Equipment: the plan, the line and its inputs. */
            Lists equipment;
            Equipment line;
            double lifetime;
            double kWh;
            double mass;
            boolean ownLifetime;
            boolean ownEnergy;
            boolean ownMass;

            void clear() {
                c = null;
                sc = 0;
                combined = false;
                activity = null;
                equipment = null;
                line = null;
                ownLifetime = false;
                ownEnergy = false;
                ownMass = false;
            }

            /** Adds the line's footprint to {@code into} and {@code alsoInto}, allocating nothing. */
            LineOutcome addTo(Sum into, Sum alsoInto) {
                checkScales();
                double bound = Math.abs(sa) * a.maxAbs + (b == null ? 0 : Math.abs(sb) * b.maxAbs)
                        + (c == null ? 0 : Math.abs(sc) * c.maxAbs);
                if (activity != null) {
                    // an activity has data in a few cells (climate change in one or two phases, often)
                    Terms.addCells(into, alsoInto, activity.knownCells, a.cells, sa, b == null ? Terms.ZERO : b.cells,
                            sb, c == null ? Terms.ZERO : c.cells, sc, known, partial, bound, cells);
                    return outcome;
                }
                Terms.add(into, alsoInto, a.cells, sa, b == null ? Terms.ZERO : b.cells, sb,
                        c == null ? Terms.ZERO : c.cells, sc, known, partial, bound, cells);
                return outcome;
            }

            private void checkScales() {
                Terms.requireFiniteScale(sa);
                if (b != null) {
                    Terms.requireFiniteScale(sb);
                }
                if (c != null) {
                    Terms.requireFiniteScale(sc);
                }
            }

            /** The line's footprint. */
            Footprint footprint() {
                checkScales();
                if (!combined) {
                    Footprint.Accumulator acc = new Footprint.Accumulator().add(a.footprint, sa);
                    if (b != null) {
                        acc.add(b.footprint, sb);
                    }
                    if (c != null) {
                        acc.add(c.footprint, sc);
                    }
                    return acc.toFootprint();
                }
                return c == null ? Footprint.combine(a.footprint, sa, b.footprint, sb)
                        : Footprint.combine(a.footprint, sa, b.footprint, sb, c.footprint, sc);
            }

            /**
             * The electricity the line's use phase is computed from, kWh (at the meter: PUE included where the model
             * applies one; a green data centre's included), or NaN for a model with a lumped per-unit factor (per-GB
             * network, per-TB-year storage).
             */
            double energyKWh() {
                if (activity != null) {
                    return activity.energyKWh(activityLine, s);
                }
                return sb;
            }

            /** Reports the line's terms: the plan's pieces with their multipliers, times the same scales. */
            void trace(LineTrace lt) {
                if (activity != null) {
                    activity.trace(lt, resolver, s);
                    return;
                }
                UnitPlan plan = equipment.plan;
                Multiplier life = ownLifetime ? Multiplier.input(Multiplier.LIFETIME, 1) : plan.lifetimeMultiplier();
                List<Multiplier> energy = ownEnergy ? List.of(Multiplier.input(Multiplier.ENERGY, 1))
                        : plan.kWhMultipliers();
                Multiplier massMultiplier = ownMass ? Multiplier.input(Multiplier.MASS, 1) : plan.massMultiplier();
                Multiplier q = Multiplier.input(Multiplier.QUANTITY, 1);
                List<Multiplier> embodiedBy = new ArrayList<>(List.of(q));
                if (options.accounting() == Accounting.YEARLY || options.accounting() == Accounting.AMORTISED) {
                    embodiedBy.add(life.inverse()); // amortised: the years of the period still to amortise held fixed
                }
                for (LineTrace.Term t : plan.embodiedTerms()) {
                    Footprint v = Double.isNaN(mass) ? t.values() : withoutEWaste(t.values());
                    if (!v.isNotAvailable()) {
                        lt.add(v, sa, concat(t.multipliers(), embodiedBy));
                    }
                }
                List<Multiplier> useBy = new ArrayList<>(energy);
                useBy.add(q);
                if (options.accounting() == Accounting.LIFECYCLE) {
                    useBy.add(life);
                }
                for (LineTrace.Term t : plan.useTerms()) {
                    Footprint v = Double.isNaN(mass) ? t.values() : withoutEWaste(t.values());
                    if (!v.isNotAvailable()) {
                        lt.add(v, sb, concat(t.multipliers(), useBy));
                    }
                }
                if (!Double.isNaN(mass)) {
                    List<Multiplier> by = new ArrayList<>(embodiedBy);
                    if (massMultiplier != null) {
                        by.add(massMultiplier);
                    }
                    lt.add(E_WASTE_AT_END_OF_LIFE, sc, by);
                }
            }
        }

        private static List<Multiplier> concat(List<Multiplier> a, List<Multiplier> b) {
            List<Multiplier> m = new ArrayList<>(a.size() + b.size());
            m.addAll(a);
            m.addAll(b);
            return m;
        }

        private static Footprint withoutEWaste(Footprint f) {
            Footprint.Builder b = Footprint.builder();
            for (Phase p : Phase.values()) {
                for (Indicator i : Indicator.values()) {
                    if (i != Indicator.E_WASTE && f.availability(p, i) != Availability.NOT_AVAILABLE) {
                        b.set(p, i, f.value(p, i));
                    }
                }
            }
            return b.build();
        }

        /**
         * The plan of a device line under the BoaviztAPI convention: its BoaviztAPI archetype's
         * ({@link TerminalModel}), or impact's figures with a notice saying why when BoaviztAPI has none for it.
         */
        private Lists boaviztapiPlan(DeviceFleet d, String zone, Condition condition) {
            TerminalKey key = new TerminalKey(d.category(), d.archetype().orElse(null), d.iotBlocks(),
                    d.model().orElse(null), d.declared().orElse(null), zone, condition);
            Lists l = terminalPlans.get(key);
            if (l == null) {
                Optional<String> not = TerminalModel.notCovered(d.category(), key.model() != null,
                        key.declared() != null, condition == Condition.REFURBISHED);
                if (not.isEmpty()) {
                    String archetype = TerminalModel.archetype(d.category(), key.archetype());
                    l = new Lists(d.category().equals(TerminalModel.IOT)
                            ? TerminalModel.iotPlan(resolver, archetype, key.iotBlocks(), zone)
                            : TerminalModel.plan(resolver, archetype, zone));
                } else if (key.archetype() != null) {
                    throw new LineRejectedException("archetype", key.archetype(), "BoaviztAPI has no figures for "
                            + not.get() + ", so the archetype cannot apply; leave it out (impact's figures are then"
                            + " used, with a notice)");
                } else {
                    UnitPlan base = key.model() != null || key.declared() != null
                            ? DeviceModel.plan(resolver, d.category(), key.model(), key.declared(), zone, condition)
                            : DeviceModel.plan(resolver, d.category(), zone, condition);
                    l = new Lists(base.withNotice(AppliedDefault.text("convention", "impact's figures",
                            InputStatus.DEFAULT, "boaviztapi convention: BoaviztAPI has no figures for " + not.get()
                            + "; the line is assessed with impact's")));
                }
                terminalPlans.put(key, l);
            }
            return l;
        }

        /** The plan of a device line naming a model or declaring its footprint; resolved on first use. */
        private Lists modelPlan(DeviceFleet d, String zone, Condition condition) {
            ModelKey key = new ModelKey(d.category(), d.model().orElse(null), d.declared().orElse(null), zone,
                    condition);
            Lists l = modelPlans.get(key);
            if (l == null) {
                l = new Lists(DeviceModel.plan(resolver, key.category(), key.model(), key.declared(), zone,
                        condition));
                modelPlans.put(key, l);
            }
            return l;
        }

        /** The plan of a device kind, with its lists; resolved on first use. */
        private Lists devicePlan(String category, String zone, Condition condition) {
            int h = (category.hashCode() * 31 + zone.hashCode()) * 31 + condition.ordinal();
            h ^= h >>> 16;
            String[] cats = deviceCategories;
            int mask = cats.length - 1;
            int i = h & mask;
            for (String c; (c = cats[i]) != null; i = (i + 1) & mask) {
                if (deviceConditions[i] == condition && c.equals(category) && deviceZones[i].equals(zone)) {
                    return devicePlans[i];
                }
            }
            Lists l = new Lists(DeviceModel.plan(resolver, category, zone, condition));
            cats[i] = category;
            deviceZones[i] = zone;
            deviceConditions[i] = condition;
            devicePlans[i] = l;
            if (++deviceCount * 2 > cats.length) {
                growDevicePlans();
            }
            return l;
        }

        private void growDevicePlans() {
            String[] cats = deviceCategories;
            String[] zones = deviceZones;
            Condition[] conditions = deviceConditions;
            Lists[] plans = devicePlans;
            int n = cats.length * 2;
            deviceCategories = new String[n];
            deviceZones = new String[n];
            deviceConditions = new Condition[n];
            devicePlans = new Lists[n];
            for (int j = 0; j < cats.length; j++) {
                if (cats[j] != null) {
                    int h = (cats[j].hashCode() * 31 + zones[j].hashCode()) * 31 + conditions[j].ordinal();
                    h ^= h >>> 16;
                    int i = h & (n - 1);
                    while (deviceCategories[i] != null) {
                        i = (i + 1) & (n - 1);
                    }
                    deviceCategories[i] = cats[j];
                    deviceZones[i] = zones[j];
                    deviceConditions[i] = conditions[j];
                    devicePlans[i] = plans[j];
                }
            }
        }

        private AppliedDefault zoneDefault(String zone) {
            return zoneDefaults.computeIfAbsent(zone, z -> AppliedDefault.text("zone", z, InputStatus.DEFAULT,
                    "assessment default zone"));
        }

        /**
         * The defaults and parameter lists of a plan's lines, built once per combination of inputs the lines left to
         * the engine and shared by those lines (immutable), so that a line costs no list of its own.
         */
        private final class Lists {
            static final int ZONE = 1;
            static final int ENERGY = 2;
            static final int MASS = 4;
            static final int LIFETIME = 8;
            /** No purchase year, completed by the flow or amortised accounting's rule. */
            static final int UNDATED = 16;

            private final UnitPlan plan;
            /** The plan's parts, cells in dense arrays. */
            private final Terms.Part embodied;
            private final Terms.Part usePerKWh;
            @SuppressWarnings("unchecked")
            private final List<AppliedDefault>[] defaults = new List[32];
            @SuppressWarnings("unchecked")
            private final List<String>[] parameters = new List[32];
            private final LineOutcome[] outcomes = new LineOutcome[32];
            private String zone;

            Lists(UnitPlan plan) {
                this.plan = plan;
                this.embodied = new Terms.Part(plan.embodied());
                this.usePerKWh = new Terms.Part(plan.usePerKWh());
            }

            /** The outcome of the plan's lines that left the inputs of {@code mask} to the engine. */
            LineOutcome outcome(int mask, String zone) {
                LineOutcome o = outcomes[mask];
                if (o == null || (mask & ZONE) != 0 && !zone.equals(this.zone)) {
                    List<AppliedDefault> d = defaults(mask, zone);
                    o = new LineOutcome(plan.factorIds(), parameters(mask), d);
                    outcomes[mask] = o;
                }
                return o;
            }

            List<AppliedDefault> defaults(int mask, String zone) {
                if (defaults[mask] == null || (mask & ZONE) != 0 && !zone.equals(this.zone)) {
                    List<AppliedDefault> d = new ArrayList<>(6);
                    if ((mask & ZONE) != 0) {
                        d.add(zoneDefault(zone));
                        this.zone = zone;
                    }
                    d.addAll(plan.planDefaults());
                    if ((mask & ENERGY) != 0) {
                        d.add(plan.kWhDefault());
                    }
                    if ((mask & MASS) != 0) {
                        d.add(plan.massDefault());
                    }
                    if ((mask & LIFETIME) != 0) {
                        d.add(plan.lifetimeDefault());
                    }
                    if ((mask & UNDATED) != 0) {
                        d.add(options.accounting() == Accounting.FLOW ? UNDATED_FLOW : UNDATED_AMORTISED);
                    }
                    defaults[mask] = List.copyOf(d);
                }
                return defaults[mask];
            }

            List<String> parameters(int mask) {
                int m = mask & ~ZONE;
                if (parameters[m] == null) {
                    List<String> p = new ArrayList<>(8);
                    if ((m & ENERGY) != 0) {
                        p.addAll(plan.kWhParams());
                    }
                    if ((m & MASS) != 0) {
                        p.addAll(plan.massParams());
                    }
                    if ((m & LIFETIME) != 0) {
                        p.addAll(plan.lifetimeParams());
                    }
                    p.addAll(plan.parameterIds());
                    parameters[m] = List.copyOf(p);
                }
                return parameters[m];
            }
        }
    }
}
