package dev.impact.compare;

import dev.impact.engine.AppliedDefault;
import dev.impact.engine.Assessment;
import dev.impact.engine.LineResult;
import dev.impact.factor.Factor;
import dev.impact.factor.FactorCatalog;
import dev.impact.inventory.Condition;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.ServerFleet;
import dev.impact.measure.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * A named list of what-ifs applied to an inventory, in the order given.
 *
 * <pre>{@code
 * Scenario s = Scenario.named("sobriety plan")
 *         .extendLifetime("laptop", 2)          // 4 → 6 years
 *         .refurbished("smartphone", 0.3)       // 30 % refurbished
 *         .reduceStorage(0.2)                    // 20 % less data
 *         .gridMix("FR", 0.8);                   // a 20 % less carbon-intensive grid
 * ScenarioResult r = Impact.using(catalog).reportingYear(2024).scenario(inventory, s);
 * }</pre>
 *
 * Levers that need a line's current lifetime or energy take the value the line gives, else the default the
 * baseline assessment applied. Immutable: every lever method returns a new scenario.
 */
public final class Scenario {
    private final String name;
    private final List<WhatIf> whatIfs;

    private Scenario(String name, List<WhatIf> whatIfs) {
        this.name = requireTarget(name, "name");
        this.whatIfs = List.copyOf(whatIfs);
    }

    static String requireTarget(String s, String field) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, was " + (s == null ? "null" : "'" + s
                    + "'"));
        }
        return s.trim();
    }

    /** An empty scenario. */
    public static Scenario named(String name) {
        return new Scenario(name, List.of());
    }

    /** A scenario of these levers. */
    public static Scenario of(String name, List<WhatIf> whatIfs) {
        Objects.requireNonNull(whatIfs, "whatIfs");
        return new Scenario(name, whatIfs);
    }

    /** The name. */
    public String name() {
        return name;
    }

    /** The levers, in order. */
    public List<WhatIf> whatIfs() {
        return whatIfs;
    }

    /** A copy with one more lever. */
    public Scenario with(WhatIf whatIf) {
        List<WhatIf> l = new ArrayList<>(whatIfs);
        l.add(Objects.requireNonNull(whatIf, "whatIf"));
        return new Scenario(name, l);
    }

    /** See {@link WhatIf.ExtendLifetime}. */
    public Scenario extendLifetime(String category, double years) {
        return with(new WhatIf.ExtendLifetime(category, years));
    }

    /** See {@link WhatIf.Refurbished}. */
    public Scenario refurbished(String category, double share) {
        return with(new WhatIf.Refurbished(category, share));
    }

    /** See {@link WhatIf.ShareDevices}. */
    public Scenario shareDevices(String category, double usersPerDevice) {
        return with(new WhatIf.ShareDevices(category, usersPerDevice));
    }

    /** See {@link WhatIf.ReduceStorage}. */
    public Scenario reduceStorage(double fraction) {
        return with(new WhatIf.ReduceStorage(fraction));
    }

    /** See {@link WhatIf.MoveStorage}. */
    public Scenario moveStorage(String zone) {
        return with(new WhatIf.MoveStorage(zone));
    }

    /** See {@link WhatIf.GridMix}. */
    public Scenario gridMix(String zone, double ratio) {
        return with(new WhatIf.GridMix(zone, ratio));
    }

    /** A line with what the baseline assessment knew of it. */
    private record Item(InventoryLine line, LineResult base) {
    }

    /**
     * The scenario's inventory: the baseline's lines with the levers applied.
     *
     * @throws IllegalArgumentException if a lever would make a value invalid (a lifetime ≤ 0)
     */
    public Inventory apply(Assessment baseline) {
        Objects.requireNonNull(baseline, "baseline");
        List<Item> items = new ArrayList<>();
        baseline.lines().forEach(l -> items.add(new Item(l.line(), l)));
        for (WhatIf w : whatIfs) {
            List<Item> next = new ArrayList<>(items.size());
            for (Item it : items) {
                apply(w, it, next);
            }
            items.clear();
            items.addAll(next);
        }
        return Inventory.of(baseline.inventoryName() + " — " + name,
                items.stream().map(Item::line).collect(Collectors.toList()));
    }

    /** The scenario's catalog: {@code base} with the grid levers applied (the same catalog if there are none). */
    public FactorCatalog apply(FactorCatalog base) {
        Objects.requireNonNull(base, "base");
        List<WhatIf.GridMix> grids = new ArrayList<>();
        whatIfs.forEach(w -> {
            if (w instanceof WhatIf.GridMix) {
                grids.add((WhatIf.GridMix) w);
            }
        });
        if (grids.isEmpty()) {
            return base;
        }
        var b = FactorCatalog.builder().from(base);
        for (Factor f : base.factors()) {
            double ratio = 1;
            for (WhatIf.GridMix g : grids) {
                if (f.key().equals("electricity." + g.zone())) {
                    ratio *= g.ratio();
                }
            }
            if (ratio != 1) {
                b.replace(new Factor(f.id(), f.key(), f.name(), f.unit(), f.values().times(ratio), f.provenance(),
                        f.uncertainty()));
            }
        }
        return b.version(base.version() + "+" + name).build();
    }

    private static boolean matches(String target, InventoryLine l) {
        return target.equals("*") || target.equalsIgnoreCase(l.category()) || target.equalsIgnoreCase(l.label());
    }

    private static OptionalDouble applied(LineResult base, String field) {
        for (AppliedDefault d : base.defaults()) {
            if (d.field().equals(field) && !Double.isNaN(d.value())) {
                return OptionalDouble.of(d.value());
            }
        }
        return OptionalDouble.empty();
    }

    private static void apply(WhatIf w, Item it, List<Item> out) {
        InventoryLine l = it.line();
        if (w instanceof WhatIf.ExtendLifetime) {
            WhatIf.ExtendLifetime e = (WhatIf.ExtendLifetime) w;
            if ((l instanceof DeviceFleet || l instanceof ServerFleet) && matches(e.category(), l)) {
                OptionalDouble given = l instanceof DeviceFleet ? ((DeviceFleet) l).lifetimeYears()
                        : ((ServerFleet) l).lifetimeYears();
                OptionalDouble now = given.isPresent() ? given : applied(it.base(), "lifetimeYears");
                if (now.isPresent()) {
                    double years = now.getAsDouble() + e.years();
                    if (!(years > 0)) {
                        throw new IllegalArgumentException("lifetimeYears of line '" + l.label() + "' would be "
                                + Numbers.format(years) + " years after '" + e.describe() + "', must be > 0");
                    }
                    l = l instanceof DeviceFleet ? ((DeviceFleet) l).lifetimeYears(years)
                            : ((ServerFleet) l).lifetimeYears(years);
                }
            }
            out.add(new Item(l, it.base()));
        } else if (w instanceof WhatIf.Refurbished) {
            WhatIf.Refurbished r = (WhatIf.Refurbished) w;
            if (l instanceof DeviceFleet && ((DeviceFleet) l).condition() == Condition.NEW && matches(r.category(), l)) {
                DeviceFleet d = (DeviceFleet) l;
                if (r.share() < 1) {
                    out.add(new Item(d.count(d.count() * (1 - r.share())), it.base()));
                }
                out.add(new Item(d.count(d.count() * r.share()).refurbished().label(d.label() + " (refurbished)"),
                        it.base()));
                return;
            }
            out.add(it);
        } else if (w instanceof WhatIf.ShareDevices) {
            WhatIf.ShareDevices s = (WhatIf.ShareDevices) w;
            if (l instanceof DeviceFleet && matches(s.category(), l)) {
                DeviceFleet d = (DeviceFleet) l;
                OptionalDouble kWh = d.use().isPresent() ? OptionalDouble.of(d.use().get().kWhPerYear())
                        : applied(it.base(), "kWhPerYear");
                DeviceFleet shared = d.count(d.count() / s.usersPerDevice());
                if (kWh.isPresent()) {
                    shared = shared.energyKWhPerYear(kWh.getAsDouble() * s.usersPerDevice());
                }
                out.add(new Item(shared, it.base()));
                return;
            }
            out.add(it);
        } else if (w instanceof WhatIf.ReduceStorage) {
            if (l instanceof DataStorage) {
                out.add(new Item(resize((DataStorage) l, 1 - ((WhatIf.ReduceStorage) w).fraction()), it.base()));
                return;
            }
            out.add(it);
        } else if (w instanceof WhatIf.MoveStorage) {
            if (l instanceof DataStorage) {
                out.add(new Item(((DataStorage) l).zone(((WhatIf.MoveStorage) w).zone()), it.base()));
                return;
            }
            out.add(it);
        } else {
            out.add(it); // GridMix acts on the catalog
        }
    }

    private static DataStorage resize(DataStorage s, double k) {
        return s.tbYears(s.tbYears() * k);
    }

    @Override
    public String toString() {
        return "Scenario " + name + ": " + whatIfs.stream().map(WhatIf::describe).collect(Collectors.joining("; "));
    }
}
