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
 * each {@link #assess} call keeps its own state.
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
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(options, "options");
        Evaluation e = new Evaluation(new Resolver(catalog, options), options);
        List<LineResult> results = new ArrayList<>(inventory.size());
        int index = 0;
        for (InventoryLine line : inventory) {
            index++;
            try {
                results.add(e.evaluate(line));
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

        Evaluation(Resolver resolver, AssessmentOptions options) {
            this.resolver = resolver;
            this.options = options;
        }

        private record DeviceKey(String category, String zone, Condition condition) {
        }

        private record ServerKey(ServerFleet.Configuration configuration, String zone) {
        }

        LineResult evaluate(InventoryLine line) {
            String zone = line.zone().orElse(options.defaultZone());
            List<AppliedDefault> defaults = new ArrayList<>(4);
            if (line.zone().isEmpty()) {
                defaults.add(AppliedDefault.text("zone", zone, InputStatus.DEFAULT, "assessment default zone"));
            }
            if (line instanceof Activity) {
                ActivityModels.Computed c = ActivityModels.compute(resolver, (Activity) line, zone);
                defaults.addAll(c.defaults());
                return new LineResult(line, c.footprint(), c.factorIds(), c.parameterIds(), defaults);
            }
            Equipment equipment = (Equipment) line;
            List<String> params = new ArrayList<>(8);
            UnitPlan plan;
            double kWh;
            double mass;
            if (line instanceof DeviceFleet) {
                DeviceFleet d = (DeviceFleet) line;
                plan = plans.computeIfAbsent(new DeviceKey(d.category(), zone, d.condition()),
                        k -> DeviceModel.plan(resolver, d.category(), zone, d.condition()));
                if (d.use().isPresent()) {
                    kWh = d.use().get().kWhPerYear();
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
            if (equipment.lifetimeYears().isPresent()) {
                lifetime = equipment.lifetimeYears().getAsDouble();
            } else {
                lifetime = plan.lifetimeYears();
                defaults.add(plan.lifetimeDefault());
                params.addAll(plan.lifetimeParams());
            }
            params.addAll(plan.parameterIds());
            return new LineResult(line, footprint(equipment, plan, lifetime, kWh, mass), plan.factorIds(), params,
                    defaults);
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
