package dev.impact.compare;

import dev.impact.engine.Accounting;
import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.engine.LineResult;
import dev.impact.inventory.Condition;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Keep or replace, per dated device line: how much of its embodied climate impact (manufacture, distribution, end of
 * life) is already amortised and how much is still to amortise, and what replacing it now would add over the next
 * {@code years} years — the share of a new (or refurbished) device's embodied impact those years carry — which keeping
 * it avoids. The embodied impact of the devices in place is spent whatever is decided; the use phase is taken as the
 * same for an old and a new device (the catalog has one use profile per category). Figures from the catalog's
 * archetypes (lifetimes, refurbishment), in kgCO2e for the whole line.
 *
 * <pre>{@code
 * List<KeepOrReplace.Decision> d = KeepOrReplace.of(engine, inventory, options, 2);
 * d.get(0).replaceNewKgCo2e();   // what buying new now adds over the next 2 years
 * }</pre>
 */
public final class KeepOrReplace {
    private KeepOrReplace() {
    }

    /**
     * One line's figures.
     *
     * @param line                      the line
     * @param ageYears                  reporting year + 1 − purchase year (the purchase year counts whole)
     * @param lifetimeYears             its lifetime (given or the archetype's)
     * @param amortisedKgCo2e           its embodied impact × min(1, age / lifetime)
     * @param toAmortiseKgCo2e          the rest of its embodied impact
     * @param replaceNewKgCo2e          replacing it now by new devices: their embodied impact × min(years, their
     *                                  lifetime) / their lifetime
     * @param replaceRefurbishedKgCo2e  the same with refurbished devices
     */
    public record Decision(DeviceFleet line, int ageYears, double lifetimeYears, double amortisedKgCo2e,
                           double toAmortiseKgCo2e, double replaceNewKgCo2e, double replaceRefurbishedKgCo2e) {
        public Decision {
            Objects.requireNonNull(line, "line");
        }
    }

    /**
     * The figures of every device line of {@code inventory} that has a purchase year, in inventory order, for a
     * replacement decided in the options' reporting year and looked at over the next {@code years} years.
     *
     * @throws IllegalArgumentException if {@code years} is not between 1 and 30, or as the engine does for a line
     */
    public static List<Decision> of(Engine engine, Inventory inventory, AssessmentOptions options, int years) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(options, "options");
        if (years < 1 || years > 30) {
            throw new IllegalArgumentException("years must be between 1 and 30, was " + years);
        }
        AssessmentOptions whole = options.accounting(Accounting.LIFECYCLE);
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        List<Decision> out = new ArrayList<>();
        for (LineResult r : engine.assess(inventory, whole).lines()) {
            if (!(r.line() instanceof DeviceFleet) || ((DeviceFleet) r.line()).purchaseYear().isEmpty()) {
                continue;
            }
            DeviceFleet d = (DeviceFleet) r.line();
            double lifetime = lifetime(r);
            double embodied = r.footprint().embodied(gwp);
            int age = options.reportingYear() + 1 - d.purchaseYear().getAsInt();
            double amortised = embodied * Math.min(1, age / lifetime);
            DeviceFleet fresh = DeviceFleet.of(d.category(), d.count());
            if (d.zone().isPresent()) {
                fresh = fresh.zone(d.zone().get());
            }
            out.add(new Decision(d, age, lifetime, amortised, embodied - amortised,
                    carried(engine, fresh, whole, years), carried(engine, fresh.condition(Condition.REFURBISHED),
                    whole, years)));
        }
        return List.copyOf(out);
    }

    /** The embodied climate impact {@code years} years of {@code line}'s life carry (whole-life assessment). */
    private static double carried(Engine engine, DeviceFleet line, AssessmentOptions whole, int years) {
        LineResult r = engine.assess(Inventory.of("replacement", line), whole).lines().get(0);
        double lifetime = lifetime(r);
        return r.footprint().embodied(Indicator.CLIMATE_CHANGE) * Math.min(years, lifetime) / lifetime;
    }

    private static double lifetime(LineResult r) {
        DeviceFleet d = (DeviceFleet) r.line();
        if (d.lifetimeYears().isPresent()) {
            return d.lifetimeYears().getAsDouble();
        }
        if (d.retirementYear().isPresent() && d.purchaseYear().isPresent()) {
            return d.retirementYear().getAsInt() - d.purchaseYear().getAsInt();
        }
        return r.defaults().stream().filter(x -> x.field().equals("lifetimeYears")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no lifetime for " + d)).value();
    }

    /** A table of the decisions, in kgCO2e. */
    public static String table(List<Decision> decisions, int years) {
        Objects.requireNonNull(decisions, "decisions");
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-40s %5s %10s %12s %12s %14s %14s%n",
                "line", "age", "lifetime", "amortised", "to amortise", "new, " + years + " y", "refurb., " + years
                        + " y"));
        for (Decision d : decisions) {
            sb.append(String.format(Locale.ROOT, "%-40s %5d %10s %12s %12s %14s %14s%n", d.line().label(),
                    d.ageYears(), Numbers.format(d.lifetimeYears()), Numbers.format(d.amortisedKgCo2e()),
                    Numbers.format(d.toAmortiseKgCo2e()), Numbers.format(d.replaceNewKgCo2e()),
                    Numbers.format(d.replaceRefurbishedKgCo2e())));
        }
        return sb.append("(kgCO2e)\n").toString();
    }
}
