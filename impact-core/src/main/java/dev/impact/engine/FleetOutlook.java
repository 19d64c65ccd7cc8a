package dev.impact.engine;

import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Equipment;
import dev.impact.inventory.InventoryLine;
import dev.impact.measure.Numbers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What the equipment of an assessment becomes: the e-waste (WEEE) it will give in each of the next years, by
 * category, and the fleet's age pyramid. Computed from the lines' purchase years, lifetimes (given, from a retirement
 * year, or the archetype default the assessment applied) and masses (given or default), for the fleet as it is (no
 * replacement purchases).
 *
 * <ul>
 *   <li>A dated line (bought in P, lifetime L) becomes waste in year ⌊P + L⌋ (a retirement year R: in R); if that
 *   year is already past, it is <em>overdue</em> and forecast for the first year.</li>
 *   <li>A line without a purchase year is at an unknown age: a steady state is assumed, count × mass / L each year.</li>
 *   <li>A line without a mass (servers, some categories) gives no e-waste figure; its units are counted in
 *   {@link #unitsWithoutMass()}.</li>
 * </ul>
 *
 * <pre>{@code
 * FleetOutlook o = FleetOutlook.of(assessment, 5);
 * o.wasteKg().get(2026);                  // kg of WEEE in 2026, per category
 * o.ages().get(0);                        // devices bought in the reporting year, per category
 * }</pre>
 *
 * Immutable.
 */
public final class FleetOutlook {
    private final int reportingYear;
    private final int years;
    private final Map<Integer, Map<String, Double>> wasteKg;
    private final Map<Integer, Map<String, Double>> ages;
    private final double overdueKg;
    private final double undatedUnits;
    private final double unitsWithoutMass;

    private FleetOutlook(int reportingYear, int years, Map<Integer, Map<String, Double>> wasteKg,
                         Map<Integer, Map<String, Double>> ages, double overdueKg, double undatedUnits,
                         double unitsWithoutMass) {
        this.reportingYear = reportingYear;
        this.years = years;
        this.wasteKg = wasteKg;
        this.ages = ages;
        this.overdueKg = overdueKg;
        this.undatedUnits = undatedUnits;
        this.unitsWithoutMass = unitsWithoutMass;
    }

    /**
     * The outlook of the equipment in {@code assessment} over the {@code years} years after its reporting year.
     *
     * @throws IllegalArgumentException if {@code years} is not between 1 and 30
     */
    public static FleetOutlook of(Assessment assessment, int years) {
        Objects.requireNonNull(assessment, "assessment");
        if (years < 1 || years > 30) {
            throw new IllegalArgumentException("years must be between 1 and 30, was " + years);
        }
        int year = assessment.options().reportingYear();
        Map<Integer, Map<String, Double>> waste = new TreeMap<>();
        for (int y = year + 1; y <= year + years; y++) {
            waste.put(y, new LinkedHashMap<>());
        }
        Map<Integer, Map<String, Double>> ages = new TreeMap<>();
        double overdue = 0;
        double undated = 0;
        double noMass = 0;
        for (LineResult r : assessment.lines()) {
            InventoryLine line = r.line();
            if (!(line instanceof Equipment)) {
                continue;
            }
            Equipment e = (Equipment) line;
            String category = line.category();
            double units = line.quantity();
            OptionalInt bought = e.purchaseYear();
            if (bought.isPresent()) {
                ages.computeIfAbsent(Math.max(0, year - bought.getAsInt()), k -> new LinkedHashMap<>())
                        .merge(category, units, Double::sum);
            } else {
                undated += units;
            }
            double mass = mass(r);
            if (Double.isNaN(mass)) {
                noMass += units;
                continue;
            }
            double lifetime = lifetime(r);
            double kg = units * mass;
            if (bought.isPresent()) {
                OptionalInt retired = e.retirementYear();
                int end = retired.isPresent() ? retired.getAsInt()
                        : (int) Math.floor(bought.getAsInt() + lifetime);
                if (end <= year) {
                    overdue += kg;
                    end = year + 1;
                }
                if (end <= year + years) {
                    waste.get(end).merge(category, kg, Double::sum);
                }
            } else {
                for (int y = year + 1; y <= year + years; y++) {
                    waste.get(y).merge(category, kg / lifetime, Double::sum);
                }
            }
        }
        return new FleetOutlook(year, years, freeze(waste), freeze(ages), overdue, undated, noMass);
    }

    private static Map<Integer, Map<String, Double>> freeze(Map<Integer, Map<String, Double>> m) {
        Map<Integer, Map<String, Double>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return Collections.unmodifiableMap(out);
    }

    /** The line's mass per unit in kg (given or the default applied), NaN if none. */
    private static double mass(LineResult r) {
        if (r.line() instanceof DeviceFleet) {
            OptionalDouble m = ((DeviceFleet) r.line()).massKg();
            if (m.isPresent()) {
                return m.getAsDouble();
            }
        }
        return applied(r, "massKg");
    }

    /** The line's lifetime in years: given, from its retirement year, or the default applied. */
    static double lifetime(LineResult r) {
        Equipment e = (Equipment) r.line();
        OptionalDouble l = e.lifetimeYears();
        if (l.isPresent()) {
            return l.getAsDouble();
        }
        if (e.retirementYear().isPresent() && e.purchaseYear().isPresent()) {
            return e.retirementYear().getAsInt() - e.purchaseYear().getAsInt();
        }
        return applied(r, "lifetimeYears");
    }

    private static double applied(LineResult r, String field) {
        for (AppliedDefault d : r.defaults()) {
            if (d.field().equals(field)) {
                return d.value();
            }
        }
        return Double.NaN;
    }

    /** The reporting year the outlook starts after. */
    public int reportingYear() {
        return reportingYear;
    }

    /** The number of years forecast. */
    public int years() {
        return years;
    }

    /** E-waste in kg per year (reporting year + 1 to + years), per category in order of first appearance. */
    public Map<Integer, Map<String, Double>> wasteKg() {
        return wasteKg;
    }

    /** The total e-waste of one forecast year, in kg (0 outside the forecast). */
    public double wasteKg(int year) {
        return wasteKg.getOrDefault(year, Map.of()).values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Units per age in whole years (reporting year − purchase year), per category; dated lines only. */
    public Map<Integer, Map<String, Double>> ages() {
        return ages;
    }

    /** Kg of equipment already past its lifetime, forecast as waste in the first year. */
    public double overdueKg() {
        return overdueKg;
    }

    /** Units without a purchase year (not in the pyramid; their waste forecast as a steady state). */
    public double undatedUnits() {
        return undatedUnits;
    }

    /** Units without a mass (no e-waste figure). */
    public double unitsWithoutMass() {
        return unitsWithoutMass;
    }

    /** The forecast per year and the age pyramid, with units. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "E-waste ahead (kg of WEEE, fleet as in %d,"
                + " no replacements):%n", reportingYear));
        wasteKg.forEach((y, m) -> sb.append(String.format(Locale.ROOT, "  %d  %12s kg%n", y,
                Numbers.format(wasteKg(y)))));
        if (overdueKg > 0) {
            sb.append(String.format(Locale.ROOT, "  (of which %s kg already past its lifetime, in %d)%n",
                    Numbers.format(overdueKg), reportingYear + 1));
        }
        sb.append("Fleet age (units by years since purchase):\n");
        ages.forEach((a, m) -> sb.append(String.format(Locale.ROOT, "  %2d  %12s%n", a,
                Numbers.format(m.values().stream().mapToDouble(Double::doubleValue).sum()))));
        if (undatedUnits > 0) {
            sb.append(String.format(Locale.ROOT, "  no purchase year: %s units%n", Numbers.format(undatedUnits)));
        }
        return sb.toString();
    }

    /** The categories of the forecast, in order of first appearance. */
    public List<String> categories() {
        LinkedHashMap<String, Boolean> c = new LinkedHashMap<>();
        wasteKg.values().forEach(m -> m.keySet().forEach(k -> c.put(k, true)));
        return List.copyOf(c.keySet());
    }
}
