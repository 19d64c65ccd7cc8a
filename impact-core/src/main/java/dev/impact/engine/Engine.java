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

    /** The state of one assessment: plans cached per unit kind, and a reusable footprint builder. */
    private static final class Evaluation {
        private final Resolver resolver;
        private final AssessmentOptions options;
        private final Map<Object, UnitPlan> plans = new HashMap<>();
        private final Footprint.Builder builder = Footprint.builder();
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

        LineResult evaluate(InventoryLine line, int index) {
            LineTrace lt = trace == null ? null : new LineTrace();
            LineResult r = evaluate(line, lt);
            if (lt != null) {
                lt.flush(trace, index, r.footprint());
            }
            return r;
        }

        private LineResult evaluate(InventoryLine line, LineTrace lt) {
            String zone = line.zone().orElse(options.defaultZone());
            List<AppliedDefault> defaults = new ArrayList<>(4);
            if (line.zone().isEmpty()) {
                defaults.add(AppliedDefault.text("zone", zone, InputStatus.DEFAULT, "assessment default zone"));
            }
            if (line instanceof Activity) {
                ActivityModels.Computed c = ActivityModels.compute(resolver, (Activity) line, zone, lt);
                defaults.addAll(c.defaults());
                return new LineResult(line, c.footprint(), c.factorIds(), c.parameterIds(), defaults);
            }
            Equipment equipment = (Equipment) line;
            List<String> params = new ArrayList<>(8);
            UnitPlan plan;
            double kWh;
            double mass;
            boolean ownEnergy = false;
            boolean ownMass = false;
            if (line instanceof DeviceFleet) {
                DeviceFleet d = (DeviceFleet) line;
                plan = plans.computeIfAbsent(new DeviceKey(d.category(), zone, d.condition()),
                        k -> DeviceModel.plan(resolver, d.category(), zone, d.condition()));
                if (d.use().isPresent()) {
                    kWh = d.use().get().kWhPerYear();
                    ownEnergy = true;
                } else if (plan.kWhDefault() != null) {
                    kWh = plan.kWhPerYear();
                    defaults.add(plan.kWhDefault());
                    params.addAll(plan.kWhParams());
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
                        defaults.add(plan.massDefault());
                        params.addAll(plan.massParams());
                    }
                }
            } else if (line instanceof ServerFleet) {
                ServerFleet s = (ServerFleet) line;
                plan = plans.computeIfAbsent(new ServerKey(s.configuration(), zone),
                        k -> ServerModel.plan(resolver, s.configuration(), zone));
                kWh = plan.kWhPerYear();
                mass = Double.NaN;
                defaults.addAll(plan.planDefaults());
            } else {
                throw new IllegalArgumentException("unsupported line kind " + line.getClass().getName());
            }
            double lifetime;
            boolean ownLifetime = equipment.lifetimeYears().isPresent();
            if (ownLifetime) {
                lifetime = equipment.lifetimeYears().getAsDouble();
            } else {
                lifetime = plan.lifetimeYears();
                defaults.add(plan.lifetimeDefault());
                params.addAll(plan.lifetimeParams());
            }
            params.addAll(plan.parameterIds());
            Footprint f = footprint(equipment, plan, lifetime, kWh, mass);
            if (lt != null) {
                trace(lt, plan, lifetime, kWh, mass, ownLifetime ? Multiplier.input(Multiplier.LIFETIME, 1)
                        : plan.lifetimeMultiplier(), ownEnergy ? List.of(Multiplier.input(Multiplier.ENERGY, 1))
                        : plan.kWhMultipliers(), ownMass ? Multiplier.input(Multiplier.MASS, 1) : plan.massMultiplier(),
                        equipment);
            }
            return new LineResult(line, f, plan.factorIds(), params, defaults);
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
            Footprint embodied = plan.embodied();
            Footprint use = plan.usePerKWh();
            Footprint.Builder b = builder.reset();
            for (Indicator i : Indicator.values()) {
                for (Phase p : Phase.values()) {
                    Footprint src = p == Phase.USE ? use : embodied;
                    if (src.availability(p, i) != Availability.NOT_AVAILABLE) {
                        b.set(p, i, src.value(p, i) * (p == Phase.USE ? u : e));
                    }
                }
            }
            if (!Double.isNaN(massKg)) {
                b.set(Phase.MANUFACTURE, Indicator.E_WASTE, 0);
                b.set(Phase.DISTRIBUTION, Indicator.E_WASTE, 0);
                b.set(Phase.USE, Indicator.E_WASTE, 0);
                b.set(Phase.END_OF_LIFE, Indicator.E_WASTE, massKg * e);
            }
            return b.build();
        }
    }
}
