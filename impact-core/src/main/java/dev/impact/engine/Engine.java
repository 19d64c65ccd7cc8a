package dev.impact.engine;

import dev.impact.factor.FactorCatalog;
import dev.impact.inventory.Activity;
import dev.impact.inventory.Condition;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Equipment;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.ServerFleet;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assesses inventories against a factor catalog.
 *
 * <pre>{@code
 * Engine engine = Engine.of(catalog);
 * Assessment a = engine.assess(Inventory.of("fleet", DeviceFleet.of("laptop", 120).lifetimeYears(5)),
 *         AssessmentOptions.defaults().reportingYear(2024));
 * }</pre>
 *
 * <p>Factors and defaults are resolved once per distinct kind of unit (device category × zone × condition, server
 * configuration × zone); lines are then evaluated as plain arithmetic. An engine is immutable and thread-safe;
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
        List<LineResult> results = new ArrayList<>(inventory.size());
        int index = 0;
        for (InventoryLine line : inventory) {
            index++;
            try {
                results.add(e.evaluate(line, index - 1));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("line " + index + " ('" + line.label() + "'): " + ex.getMessage(), ex);
            }
        }
        return new Assessment(inventory.name(), options, catalog.name(), catalog.version(), catalog.checksum(),
                results);
    }

    /**
     * A session: assesses lines one at a time with the same model, caches and results as
     * {@link #assess(Inventory, AssessmentOptions)}, without building a {@link LineResult} per line or an
     * {@link Assessment}; the caller adds the footprints into its own accumulators.
     */
    public Session session(AssessmentOptions options) {
        Objects.requireNonNull(options, "options");
        return new Session(new Evaluation(new Resolver(catalog, options), options, null));
    }

    /**
     * Lines assessed one at a time, as {@link #assess(Inventory, AssessmentOptions)} assesses an inventory of the
     * same lines in the same order: each footprint is exactly the corresponding {@link LineResult#footprint()}, and
     * its factor ids, parameter ids and defaults are those of the line's {@link LineResult} (shared immutable lists
     * where {@code assess} shares them). Not thread-safe: one session per thread.
     *
     * <pre>{@code
     * Engine.Session s = engine.session(options);
     * Footprint.Accumulator total = new Footprint.Accumulator();
     * for (InventoryLine line : lines) {
     *     s.assessInto(line, total);
     * }
     * }</pre>
     */
    public static final class Session {
        private final Evaluation evaluation;
        private int index;

        private Session(Evaluation evaluation) {
            this.evaluation = evaluation;
        }

        /**
         * The footprint of {@code line} (all units).
         *
         * @throws IllegalArgumentException as {@link #assess(Inventory, AssessmentOptions)} does for this line,
         *                                  numbered by its position among the lines given to this session
         */
        public Footprint assess(InventoryLine line) {
            Objects.requireNonNull(line, "line");
            index++;
            try {
                return evaluation.compute(line, null);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("line " + index + " ('" + line.label() + "'): " + ex.getMessage(),
                        ex);
            }
        }

        /** Assesses {@code line} and adds its footprint to {@code into}; returns the footprint. */
        public Footprint assessInto(InventoryLine line, Footprint.Accumulator into) {
            Footprint f = assess(line);
            into.add(f);
            return f;
        }

        /** Assesses {@code line} and adds its footprint to {@code into} and {@code alsoInto}; returns it. */
        public Footprint assessInto(InventoryLine line, Footprint.Accumulator into, Footprint.Accumulator alsoInto) {
            Footprint f = assess(line);
            into.add(f);
            alsoInto.add(f);
            return f;
        }

        /** The factor ids of the line last assessed successfully. */
        public List<String> factorIds() {
            return List.copyOf(evaluation.lastFactorIds);
        }

        /** The parameter ids of the line last assessed successfully. */
        public List<String> parameterIds() {
            return List.copyOf(evaluation.lastParameterIds);
        }

        /** The inputs the engine completed for the line last assessed successfully (empty when none). */
        public List<AppliedDefault> defaults() {
            return List.copyOf(evaluation.lastDefaults);
        }
    }

    /** One kg of equipment becoming waste at end of life (and none in the other phases). */
    private static final Footprint E_WASTE_AT_END_OF_LIFE = Footprint.builder()
            .set(Phase.MANUFACTURE, Indicator.E_WASTE, 0).set(Phase.DISTRIBUTION, Indicator.E_WASTE, 0)
            .set(Phase.USE, Indicator.E_WASTE, 0).set(Phase.END_OF_LIFE, Indicator.E_WASTE, 1).build();

    /** The state of one assessment: plans cached per unit kind, and shared per-line lists. */
    private static final class Evaluation {
        private final Resolver resolver;
        private final AssessmentOptions options;
        private final Map<Object, UnitPlan> plans = new HashMap<>();
        private final Map<UnitPlan, Lists> lists = new java.util.IdentityHashMap<>();
        private final Map<String, AppliedDefault> zoneDefaults = new HashMap<>();
        private DeviceKey lastDevice;
        private UnitPlan lastDevicePlan;
        private final Trace trace;

        Evaluation(Resolver resolver, AssessmentOptions options, Trace trace) {
            this.resolver = resolver;
            this.options = options;
            this.trace = trace;
        }

        private record DeviceKey(String category, String zone, Condition condition) {
        }

        private record ServerKey(ServerFleet.Configuration configuration, String zone) {
        }

        /** The factor ids, parameter ids and defaults of the line last passed to {@link #compute}. */
        private List<String> lastFactorIds;
        private List<String> lastParameterIds;
        private List<AppliedDefault> lastDefaults;

        LineResult evaluate(InventoryLine line, int index) {
            LineTrace lt = trace == null ? null : new LineTrace();
            LineResult r = evaluate(line, lt);
            if (lt != null) {
                lt.flush(trace, index, r.footprint());
            }
            return r;
        }

        private LineResult evaluate(InventoryLine line, LineTrace lt) {
            Footprint f = compute(line, lt);
            return new LineResult(line, f, lastFactorIds, lastParameterIds, lastDefaults);
        }

        /**
         * The per-line model (the one code path behind {@link #evaluate} and {@link Session}): returns the line's
         * footprint and leaves its factor ids, parameter ids and defaults in the {@code last…} fields.
         */
        Footprint compute(InventoryLine line, LineTrace lt) {
            boolean zoneDefault = line.zone().isEmpty();
            String zone = zoneDefault ? options.defaultZone() : line.zone().get();
            if (line instanceof Activity) {
                ActivityModels.Computed c = ActivityModels.compute(resolver, (Activity) line, zone, lt);
                List<AppliedDefault> defaults = new ArrayList<>(c.defaults().size() + 1);
                if (zoneDefault) {
                    defaults.add(zoneDefault(zone));
                }
                defaults.addAll(c.defaults());
                lastFactorIds = c.factorIds();
                lastParameterIds = c.parameterIds();
                lastDefaults = defaults;
                return c.footprint();
            }
            Equipment equipment = (Equipment) line;
            UnitPlan plan;
            double kWh;
            double mass;
            boolean ownEnergy = false;
            boolean ownMass = false;
            int defaulted = zoneDefault ? Lists.ZONE : 0;
            if (line instanceof DeviceFleet) {
                DeviceFleet d = (DeviceFleet) line;
                plan = devicePlan(d.category(), zone, d.condition());
                if (d.use().isPresent()) {
                    kWh = d.use().get().kWhPerYear();
                    ownEnergy = true;
                } else if (plan.kWhDefault() != null) {
                    kWh = plan.kWhPerYear();
                    defaulted |= Lists.ENERGY;
                } else {
                    String p = "device." + d.category();
                    throw new IllegalArgumentException("device category '" + d.category() + "' has no default use"
                            + " profile in " + resolver.catalog().name() + " (parameters " + p + ".energy, or " + p
                            + ".power and " + p + ".hours_per_day); give the line's power and hours, or its kWh per"
                            + " year");
                }
                if (d.massKg().isPresent()) {
                    mass = d.massKg().getAsDouble();
                    ownMass = true;
                } else {
                    mass = plan.massKg();
                    if (plan.massDefault() != null) {
                        defaulted |= Lists.MASS;
                    }
                }
            } else if (line instanceof ServerFleet) {
                ServerFleet s = (ServerFleet) line;
                plan = plans.computeIfAbsent(new ServerKey(s.configuration(), zone),
                        k -> ServerModel.plan(resolver, s.configuration(), zone));
                kWh = plan.kWhPerYear();
                mass = Double.NaN;
            } else {
                throw new IllegalArgumentException("unsupported line kind " + line.getClass().getName());
            }
            double lifetime;
            boolean ownLifetime = equipment.lifetimeYears().isPresent();
            if (ownLifetime) {
                lifetime = equipment.lifetimeYears().getAsDouble();
            } else {
                lifetime = plan.lifetimeYears();
                defaulted |= Lists.LIFETIME;
            }
            Footprint f = footprint(equipment, plan, lifetime, kWh, mass);
            if (lt != null) {
                trace(lt, plan, lifetime, kWh, mass, ownLifetime ? Multiplier.input(Multiplier.LIFETIME, 1)
                        : plan.lifetimeMultiplier(), ownEnergy ? List.of(Multiplier.input(Multiplier.ENERGY, 1))
                        : plan.kWhMultipliers(), ownMass ? Multiplier.input(Multiplier.MASS, 1) : plan.massMultiplier(),
                        equipment);
            }
            Lists l = lists.computeIfAbsent(plan, Lists::new);
            lastFactorIds = plan.factorIds();
            lastParameterIds = l.parameters(defaulted);
            lastDefaults = l.defaults(defaulted, zone);
            return f;
        }

        /** The device plan, reusing the previous line's when the key is the same (inventories come grouped). */
        private UnitPlan devicePlan(String category, String zone, Condition condition) {
            if (lastDevicePlan != null && lastDevice.category().equals(category) && lastDevice.zone().equals(zone)
                    && lastDevice.condition() == condition) {
                return lastDevicePlan;
            }
            DeviceKey key = new DeviceKey(category, zone, condition);
            UnitPlan plan = plans.computeIfAbsent(key, k -> DeviceModel.plan(resolver, category, zone, condition));
            lastDevice = key;
            lastDevicePlan = plan;
            return plan;
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

            private final UnitPlan plan;
            @SuppressWarnings("unchecked")
            private final List<AppliedDefault>[] defaults = new List[16];
            @SuppressWarnings("unchecked")
            private final List<String>[] parameters = new List[16];
            private String zone;

            Lists(UnitPlan plan) {
                this.plan = plan;
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

        /** The shares of the period: embodied share per unit, and years of use. */
        private double[] shares(Equipment line, double lifetime) {
            double period = options.periodYears();
            int year = options.reportingYear();
            switch (options.accounting()) {
                case YEARLY:
                    return new double[] {period / lifetime, period};
                case LIFECYCLE:
                    return new double[] {1, lifetime};
                case FLOW:
                    return new double[] {line.purchaseYear().getAsInt() > year - period ? 1 : 0, period};
                default:
                    throw new AssertionError(options.accounting());
            }
        }

        /**
         * The terms of an equipment line: embodied × units × share (÷ lifetime in yearly accounting), use × kWh ×
         * units × years (× lifetime in lifecycle accounting), e-waste = mass × units × share.
         */
        private void trace(LineTrace lt, UnitPlan plan, double lifetime, double kWh, double mass, Multiplier life,
                           List<Multiplier> energy, Multiplier massMultiplier, Equipment line) {
            double[] s = shares(line, lifetime);
            double units = line.quantity();
            Multiplier q = Multiplier.input(Multiplier.QUANTITY, 1);
            List<Multiplier> embodiedBy = new ArrayList<>(List.of(q));
            if (options.accounting() == Accounting.YEARLY) {
                embodiedBy.add(life.inverse());
            }
            for (LineTrace.Term t : plan.embodiedTerms()) {
                Footprint v = Double.isNaN(mass) ? t.values() : withoutEWaste(t.values());
                if (!v.isNotAvailable()) {
                    lt.add(v, s[0] * units, concat(t.multipliers(), embodiedBy));
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
                    lt.add(v, kWh * s[1] * units, concat(t.multipliers(), useBy));
                }
            }
            if (!Double.isNaN(mass)) {
                Footprint w = Footprint.builder().set(Phase.MANUFACTURE, Indicator.E_WASTE, 0)
                        .set(Phase.DISTRIBUTION, Indicator.E_WASTE, 0).set(Phase.USE, Indicator.E_WASTE, 0)
                        .set(Phase.END_OF_LIFE, Indicator.E_WASTE, mass).build();
                List<Multiplier> by = new ArrayList<>(embodiedBy);
                if (massMultiplier != null) {
                    by.add(massMultiplier);
                }
                lt.add(w, s[0] * units, by);
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

        private Footprint footprint(Equipment line, UnitPlan plan, double lifetime, double kWhPerYear,
                                    double massKg) {
            double period = options.periodYears();
            int year = options.reportingYear();
            if (line.purchaseYear().isPresent() && line.purchaseYear().getAsInt() > year) {
                throw new IllegalArgumentException("purchaseYear " + line.purchaseYear().getAsInt()
                        + " is after the reporting year " + year);
            }
            double embodiedShare;
            double useYears;
            switch (options.accounting()) {
                case YEARLY:
                    embodiedShare = period / lifetime;
                    useYears = period;
                    break;
                case LIFECYCLE:
                    embodiedShare = 1;
                    useYears = lifetime;
                    break;
                case FLOW:
                    if (line.purchaseYear().isEmpty()) {
                        throw new IllegalArgumentException("flow accounting needs each line's purchaseYear; this line"
                                + " has none");
                    }
                    int bought = line.purchaseYear().getAsInt();
                    embodiedShare = bought > year - period ? 1 : 0;
                    useYears = period;
                    break;
                default:
                    throw new AssertionError(options.accounting());
            }
            double units = line.quantity();
            double e = embodiedShare * units;
            double u = kWhPerYear * useYears * units;
            return Double.isNaN(massKg)
                    ? Footprint.combine(plan.embodied(), e, plan.usePerKWh(), u)
                    : Footprint.combine(plan.embodied(), e, plan.usePerKWh(), u, E_WASTE_AT_END_OF_LIFE, massKg * e);
        }
    }
}
