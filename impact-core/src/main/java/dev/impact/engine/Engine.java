package dev.impact.engine;

import dev.impact.factor.FactorCatalog;
import dev.impact.inventory.Activity;
import dev.impact.inventory.Condition;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Equipment;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.LineRejectedException;
import dev.impact.inventory.NetworkKind;
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
import java.util.List;
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
                throw LineRejectedException.at(ex, index, line.label());
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
     *     s.addTo(line, total);       // or s.assessInto(line, total) to also get the line's footprint
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
                throw LineRejectedException.at(ex, index, line.label());
            }
        }

        /**
         * Assesses {@code line} and adds its footprint (all units; each cell in its indicator's canonical unit) to
         * {@code into}, without building the line's {@link Footprint}: the accumulator ends up with exactly the
         * sums and availability that {@link #assessInto(InventoryLine, Footprint.Accumulator)} gives (bit for bit).
         * The line's factor ids, parameter ids and defaults are then available as after {@link #assess}.
         *
         * @throws IllegalArgumentException as {@link #assess(InventoryLine)}; nothing is added then
         */
        public void addTo(InventoryLine line, Footprint.Accumulator into) {
            Objects.requireNonNull(into, "into");
            add(line, into, null);
        }

        /**
         * Assesses {@code line} and adds its footprint (all units; each cell in its indicator's canonical unit) to
         * both {@code into} and {@code alsoInto} (typically a running total and the line's category), without building the line's {@link Footprint}: both accumulators end up with exactly the sums
         * and availability that {@link #assessInto(InventoryLine, Footprint.Accumulator, Footprint.Accumulator)}
         * gives (bit for bit). The line's factor ids, parameter ids and defaults are then available as after
         * {@link #assess}. Passing the same accumulator twice adds the footprint to it twice, as
         * {@code assessInto} does.
         *
         * @throws IllegalArgumentException as {@link #assess(InventoryLine)}; nothing is added then
         */
        public void addTo(InventoryLine line, Footprint.Accumulator into, Footprint.Accumulator alsoInto) {
            Objects.requireNonNull(into, "into");
            Objects.requireNonNull(alsoInto, "alsoInto");
            add(line, into, alsoInto);
        }

        private void add(InventoryLine line, Footprint.Accumulator into, Footprint.Accumulator alsoInto) {
            Objects.requireNonNull(line, "line");
            index++;
            try {
                evaluation.compute(line, null, into, alsoInto);
            } catch (IllegalArgumentException ex) {
                throw LineRejectedException.at(ex, index, line.label());
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

        /**
         * The inputs the engine completed for the line last assessed successfully (empty when none, or when no line
         * was assessed yet). Immutable; lines of one kind that left the same inputs to the engine share one list
         * instance, so this costs no copy.
         */
        public List<AppliedDefault> defaults() {
            List<AppliedDefault> d = evaluation.lastDefaults;
            return d == null ? List.of() : d;
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
        /** Server plans (with their lists) per configuration × zone. */
        private final Map<ServerKey, Lists> serverPlans = new HashMap<>();
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
        private Lists lastServerPlan;
        /** A purchase year not given. */
        private static final int NO_YEAR = Integer.MIN_VALUE;
        /** The scales of the line being computed (see {@link #scales}). */
        private double embodiedScale;
        private double useScale;
        private final Trace trace;

        Evaluation(Resolver resolver, AssessmentOptions options, Trace trace) {
            this.resolver = resolver;
            this.options = options;
            this.trace = trace;
        }

        /**
         * A server plan's key. Not a record: the generated hashCode and equals go through method handles, which
         * cost microseconds per server line where they are not inlined.
         */
        private static final class ServerKey {
            private final ServerFleet.Configuration configuration;
            private final String zone;
            private final int hash;

            ServerKey(ServerFleet.Configuration configuration, String zone) {
                this.configuration = configuration;
                this.zone = zone;
                this.hash = 31 * configuration.hashCode() + zone.hashCode();
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof ServerKey && ((ServerKey) o).hash == hash
                        && ((ServerKey) o).configuration.equals(configuration) && ((ServerKey) o).zone.equals(zone);
            }

            @Override
            public int hashCode() {
                return hash;
            }
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
            return compute(line, lt, null, null);
        }

        /**
         * As {@link #compute(InventoryLine, LineTrace)} when {@code into} is null; otherwise adds the footprint to
         * {@code into} and {@code alsoInto} (unless null) with the arithmetic of {@code Footprint.combine} +
         * {@code Accumulator.add}, without building it, and returns null. Nothing is added when the line is refused.
         */
        Footprint compute(InventoryLine line, LineTrace lt, Footprint.Accumulator into,
                          Footprint.Accumulator alsoInto) {
            if (line instanceof DeviceFleet) {
                return device((DeviceFleet) line, lt, into, alsoInto);
            }
            if (line instanceof ServerFleet) {
                return server((ServerFleet) line, lt, into, alsoInto);
            }
            if (line instanceof Activity) {
                return activity((Activity) line, lt, into, alsoInto);
            }
            throw new IllegalArgumentException("unsupported line kind " + line.getClass().getName());
        }

        private Footprint activity(Activity line, LineTrace lt, Footprint.Accumulator into,
                                   Footprint.Accumulator alsoInto) {
            String given = line.zone().orElse(null);
            boolean zoneDefault = given == null;
            String zone = zoneDefault ? options.defaultZone() : given;
            if (into != null && lt == null && line instanceof NetworkTransfer) {
                NetworkTransfer n = (NetworkTransfer) line;
                if (n.model() == NetworkModel.PER_GB && n.kind() != NetworkKind.UNSPECIFIED) {
                    // what ActivityModels.network adds for this line (GB × the factor, into an empty accumulator),
                    // added as addCombination adds (bit-identical to adding the line's footprint)
                    PerGb p = perGb(ActivityModels.perGbKind(n), zone);
                    addCombination(into, alsoInto, p.factor.values(), n.volumeGb(), Footprint.notAvailable(), 0,
                            null, 0);
                    lastFactorIds = p.factor.ids();
                    lastParameterIds = List.of();
                    if (zoneDefault && p.zoneDefaults == null) {
                        p.zoneDefaults = List.of(zoneDefault(zone));
                    }
                    lastDefaults = zoneDefault ? p.zoneDefaults : List.of();
                    return null;
                }
            }
            ActivityModels.Computed c = ActivityModels.compute(resolver, line, zone, lt);
            List<AppliedDefault> defaults = new ArrayList<>(c.defaults().size() + 1);
            if (zoneDefault) {
                defaults.add(zoneDefault(zone));
            }
            defaults.addAll(c.defaults());
            Footprint f = c.footprint();
            if (into != null) {
                into.add(f);
                if (alsoInto != null) {
                    alsoInto.add(f);
                }
            }
            lastFactorIds = c.factorIds();
            lastParameterIds = c.parameterIds();
            lastDefaults = List.copyOf(defaults);
            return into == null ? f : null;
        }

        private Footprint device(DeviceFleet d, LineTrace lt, Footprint.Accumulator into,
                                 Footprint.Accumulator alsoInto) {
            String given = d.zone().orElse(null);
            boolean zoneDefault = given == null;
            String zone = zoneDefault ? options.defaultZone() : given;
            int defaulted = zoneDefault ? Lists.ZONE : 0;
            Lists l = devicePlan(d.category(), zone, d.condition());
            UnitPlan plan = l.plan;
            double kWh;
            double mass;
            boolean ownEnergy = false;
            boolean ownMass = false;
            Optional<UseProfile> use = d.use();
            if (use.isPresent()) {
                kWh = use.get().kWhPerYear();
                ownEnergy = true;
            } else if (plan.kWhDefault() != null) {
                kWh = plan.kWhPerYear();
                defaulted |= Lists.ENERGY;
            } else {
                String p = "device." + d.category();
                throw new LineRejectedException("category", d.category(), "device category '" + d.category() + "' has no default use"
                        + " profile in " + resolver.catalog().name() + " (parameters " + p + ".energy, or " + p
                        + ".power and " + p + ".hours_per_day); give the line's power and hours, or its kWh per"
                        + " year");
            }
            OptionalDouble m = d.massKg();
            if (m.isPresent()) {
                mass = m.getAsDouble();
                ownMass = true;
            } else {
                mass = plan.massKg();
                if (plan.massDefault() != null) {
                    defaulted |= Lists.MASS;
                }
            }
            OptionalDouble life = d.lifetimeYears();
            OptionalInt bought = d.purchaseYear();
            return equipment(d, life.isPresent() ? life.getAsDouble() : Double.NaN,
                    bought.isPresent() ? bought.getAsInt() : NO_YEAR, d.quantity(), l, zone, defaulted, kWh, mass,
                    ownEnergy, ownMass, lt, into, alsoInto);
        }

        private Footprint server(ServerFleet s, LineTrace lt, Footprint.Accumulator into,
                                 Footprint.Accumulator alsoInto) {
            String given = s.zone().orElse(null);
            boolean zoneDefault = given == null;
            String zone = zoneDefault ? options.defaultZone() : given;
            ServerFleet.Configuration configuration = s.configuration();
            Lists l;
            if (configuration == lastConfiguration && zone.equals(lastServerZone)) {
                l = lastServerPlan;
            } else {
                ServerKey key = new ServerKey(configuration, zone);
                l = serverPlans.get(key);
                if (l == null) {
                    l = new Lists(ServerModel.plan(resolver, configuration, zone));
                    serverPlans.put(key, l);
                }
                lastConfiguration = configuration;
                lastServerZone = zone;
                lastServerPlan = l;
            }
            OptionalDouble life = s.lifetimeYears();
            OptionalInt bought = s.purchaseYear();
            return equipment(s, life.isPresent() ? life.getAsDouble() : Double.NaN,
                    bought.isPresent() ? bought.getAsInt() : NO_YEAR, s.quantity(), l, zone,
                    zoneDefault ? Lists.ZONE : 0, l.plan.kWhPerYear(), Double.NaN, false, false, lt, into, alsoInto);
        }

        /**
         * The part common to devices and servers: lifetime, scales, footprint, trace, lists. The line's own inputs
         * come as plain values (no {@code Optional} kept across this call): {@code givenLifetime} NaN and
         * {@code purchaseYear} {@link #NO_YEAR} when not given.
         */
        private Footprint equipment(Equipment equipment, double givenLifetime, int purchaseYear, double units,
                                    Lists l, String zone, int defaulted, double kWh, double mass, boolean ownEnergy,
                                    boolean ownMass, LineTrace lt, Footprint.Accumulator into,
                                    Footprint.Accumulator alsoInto) {
            UnitPlan plan = l.plan;
            double lifetime;
            boolean ownLifetime = !Double.isNaN(givenLifetime);
            if (ownLifetime) {
                lifetime = givenLifetime;
            } else {
                lifetime = plan.lifetimeYears();
                defaulted |= Lists.LIFETIME;
            }
            scales(purchaseYear, units, lifetime, kWh);
            double e = embodiedScale;
            double u = useScale;
            Footprint f = null;
            if (into == null) {
                f = Double.isNaN(mass)
                        ? Footprint.combine(plan.embodied(), e, plan.usePerKWh(), u)
                        : Footprint.combine(plan.embodied(), e, plan.usePerKWh(), u, E_WASTE_AT_END_OF_LIFE, mass * e);
            } else {
                boolean noMass = Double.isNaN(mass);
                addCombination(into, alsoInto, plan.embodied(), e, plan.usePerKWh(), u,
                        noMass ? null : E_WASTE_AT_END_OF_LIFE, noMass ? 0 : mass * e);
            }
            if (lt != null) {
                trace(lt, plan, lifetime, kWh, mass, ownLifetime ? Multiplier.input(Multiplier.LIFETIME, 1)
                        : plan.lifetimeMultiplier(), ownEnergy ? List.of(Multiplier.input(Multiplier.ENERGY, 1))
                        : plan.kWhMultipliers(), ownMass ? Multiplier.input(Multiplier.MASS, 1) : plan.massMultiplier(),
                        equipment);
            }
            lastFactorIds = plan.factorIds();
            lastParameterIds = l.parameters(defaulted);
            lastDefaults = l.defaults(defaulted, zone);
            return f;
        }

        /**
         * {@code a × sa + b × sb (+ c × sc)} into {@code into} (and {@code alsoInto}): the four forms of
         * {@code Footprint.Accumulator.addCombination}; {@code c} and {@code alsoInto} may be null here.
         */
        private static void addCombination(Footprint.Accumulator into, Footprint.Accumulator alsoInto, Footprint a,
                                           double sa, Footprint b, double sb, Footprint c, double sc) {
            if (alsoInto == null) {
                if (c == null) {
                    into.addCombination(a, sa, b, sb);
                } else {
                    into.addCombination(a, sa, b, sb, c, sc);
                }
            } else if (c == null) {
                Footprint.Accumulator.addCombination(into, alsoInto, a, sa, b, sb);
            } else {
                Footprint.Accumulator.addCombination(into, alsoInto, a, sa, b, sb, c, sc);
            }
        }

        /** A per-GB network factor, and the defaults list of its lines that took the default zone. */
        private static final class PerGb {
            final Resolver.Resolved factor;
            /** [the zone's default], built on first use. */
            List<AppliedDefault> zoneDefaults;

            PerGb(Resolver.Resolved factor) {
                this.factor = factor;
            }
        }

        /** Per-GB network factors by kind ({@code ActivityModels.PER_GB_KINDS}) and zone. */
        @SuppressWarnings("unchecked")
        private final Map<String, PerGb>[] perGb = new Map[] {new HashMap<>(), new HashMap<>(), new HashMap<>()};

        private PerGb perGb(int kind, String zone) {
            PerGb p = perGb[kind].get(zone);
            if (p == null) {
                p = new PerGb(ActivityModels.perGbFactor(resolver, kind, zone));
                perGb[kind].put(zone, p);
            }
            return p;
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

        /**
         * Sets {@link #embodiedScale} (embodied share × units) and {@link #useScale} (kWh per year × years of use ×
         * units) for a line of {@code units} units.
         *
         * @throws IllegalArgumentException for a purchase year after the reporting year, or none in flow accounting
         */
        private void scales(int purchaseYear, double units, double lifetime, double kWhPerYear) {
            double period = options.periodYears();
            int year = options.reportingYear();
            boolean bought = purchaseYear != NO_YEAR;
            int purchased = purchaseYear;
            if (bought && purchased > year) {
                throw new LineRejectedException("purchaseYear", String.valueOf(purchased), "purchaseYear " + purchased
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
                    if (!bought) {
                        throw new LineRejectedException("purchaseYear", "", "flow accounting needs each line's purchaseYear;"
                                + " this line has none");
                    }
                    embodiedShare = purchased > year - period ? 1 : 0;
                    useYears = period;
                    break;
                default:
                    throw new AssertionError(options.accounting());
            }
            embodiedScale = embodiedShare * units;
            useScale = kWhPerYear * useYears * units;
        }
    }
}
