package dev.impact.compare;

import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.Factor;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.Parameter;
import dev.impact.inventory.Inventory;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A series of yearly inventories assessed each in its year, and what changed from one year to the next, split into
 * three effects that add up to the change:
 * <ol>
 *   <li><b>fleet</b>: this year's inventory against last year's, with last year's factors and method (the
 *   equipment bought, kept, retired; its ageing under amortised accounting; usage);</li>
 *   <li><b>factors</b>: this year's inventory with the factors valid this year instead of last year's (a new
 *   electricity mix, a new dataset vintage), same catalog and method;</li>
 *   <li><b>method</b>: this year's catalog and options instead of last year's (another dataset version, accounting
 *   convention, zone or source preference).</li>
 * </ol>
 *
 * <pre>{@code
 * Trajectory t = Impact.using(factors).trajectory(Map.of(2022, inv2022, 2024, inv2024));
 * t.steps().get(0).fleet();          // kgCO2e of the change due to the fleet
 * t.target(2030, 0.4);               // −40 % by 2030 against the first year
 * }</pre>
 *
 * Immutable.
 */
public final class Trajectory {
    private final Indicator indicator;
    private final List<Assessment> years;
    private final List<Step> steps;

    /**
     * One year of the series: its inventory, assessed with this catalog and options (their reporting year is the
     * year's).
     *
     * @param inventory the inventory of the year
     * @param catalog   the factor catalog used that year
     * @param options   the options used that year
     */
    public record Point(Inventory inventory, FactorCatalog catalog, AssessmentOptions options) {
        public Point {
            Objects.requireNonNull(inventory, "inventory");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(options, "options");
        }
    }

    /**
     * The change from one year to the next, in the indicator's unit: {@code fleet + factors + method == change}.
     *
     * @param fromYear the earlier reporting year
     * @param toYear   the later one
     * @param from     the earlier total
     * @param to       the later total
     * @param fleet    the part due to the inventory (and its ageing)
     * @param factors  the part due to the factors valid in the later year
     * @param method   the part due to the later catalog and options
     */
    public record Step(int fromYear, int toYear, double from, double to, double fleet, double factors,
                       double method) {
        /** The whole change, {@code to − from}. */
        public double change() {
            return to - from;
        }
    }

    /**
     * A reduction target against the first year of the series, and the path to it from the last one.
     *
     * @param referenceYear       the first year of the series
     * @param reference           its total
     * @param targetYear          the year of the target
     * @param target              the total to reach: reference × (1 − reduction)
     * @param lastYear            the last year of the series
     * @param last                its total
     * @param yearlyReduction     the constant yearly reduction from the last year that reaches the target (0.05 for
     *                            −5 % a year; negative when the target allows a rise)
     * @param reachedAlready      whether the last year is already at or below the target
     */
    public record Target(int referenceYear, double reference, int targetYear, double target, int lastYear,
                         double last, double yearlyReduction, boolean reachedAlready) {

        /** What remains to be saved from the last year's total, in the indicator's unit (0 when reached). */
        public double gap() {
            return Math.max(0, last - target);
        }

        /**
         * The levers of a scenario (assessed on the last year's inventory) that close the gap, largest saving first,
         * by their Shapley parts (additive by construction): as many as needed, or all of them when they do not
         * suffice ({@link #closedBy} says whether they do).
         */
        public List<ScenarioResult.LeverSaving> levers(ScenarioResult scenario, Indicator indicator) {
            List<ScenarioResult.LeverSaving> sorted = new ArrayList<>(scenario.levers(indicator));
            sorted.sort((a, b) -> Double.compare(b.saving(), a.saving()));
            List<ScenarioResult.LeverSaving> out = new ArrayList<>();
            double saved = 0;
            for (ScenarioResult.LeverSaving l : sorted) {
                if (saved >= gap() || l.saving() <= 0) {
                    break;
                }
                out.add(l);
                saved += l.saving();
            }
            return List.copyOf(out);
        }

        /** Whether the scenario's whole saving closes the gap. */
        public boolean closedBy(ScenarioResult scenario, Indicator indicator) {
            return -scenario.change(indicator) >= gap();
        }
    }

    private Trajectory(Indicator indicator, List<Assessment> years, List<Step> steps) {
        this.indicator = indicator;
        this.years = List.copyOf(years);
        this.steps = List.copyOf(steps);
    }

    /**
     * Assesses each point in its year and splits each year-over-year change of {@code indicator}. Implementation entry
     * of {@code Assessor.trajectory}; public for series whose years used different catalogs or options.
     *
     * @throws IllegalArgumentException if fewer than one point, or the reporting years are not increasing
     */
    public static Trajectory of(List<Point> points, Indicator indicator) {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(indicator, "indicator");
        if (points.isEmpty()) {
            throw new IllegalArgumentException("points must not be empty");
        }
        for (int k = 1; k < points.size(); k++) {
            int a = points.get(k - 1).options().reportingYear();
            int b = points.get(k).options().reportingYear();
            if (b <= a) {
                throw new IllegalArgumentException("the reporting years must increase, was " + a + " then " + b);
            }
        }
        List<Assessment> assessed = new ArrayList<>();
        for (Point p : points) {
            assessed.add(Engine.of(p.catalog()).assess(p.inventory(), p.options()));
        }
        List<Step> steps = new ArrayList<>();
        for (int k = 1; k < points.size(); k++) {
            Point a = points.get(k - 1);
            Point b = points.get(k);
            int ya = a.options().reportingYear();
            int yb = b.options().reportingYear();
            AssessmentOptions oldMethod = a.options().reportingYear(yb);
            double from = assessed.get(k - 1).total(indicator);
            double to = assessed.get(k).total(indicator);
            // this year's inventory, last year's factors and method; then this year's factors
            double withOldFactors = Engine.of(new Vintage(a.catalog(), ya)).assess(b.inventory(), oldMethod)
                    .total(indicator);
            double withNewFactors = Engine.of(a.catalog()).assess(b.inventory(), oldMethod).total(indicator);
            steps.add(new Step(ya, yb, from, to, withOldFactors - from, withNewFactors - withOldFactors,
                    to - withNewFactors));
        }
        return new Trajectory(indicator, assessed, steps);
    }

    /** The indicator followed. */
    public Indicator indicator() {
        return indicator;
    }

    /** The assessment of each year, in order. */
    public List<Assessment> years() {
        return years;
    }

    /** The year-over-year changes, one fewer than the years. */
    public List<Step> steps() {
        return steps;
    }

    /**
     * The target of reducing the first year's total by {@code reduction} (0.4 for −40 %) by {@code targetYear}.
     *
     * @throws IllegalArgumentException if the reduction is not in [0, 1) or the target year is not after the last
     */
    public Target target(int targetYear, double reduction) {
        if (!(reduction >= 0 && reduction < 1)) {
            throw new IllegalArgumentException("reduction must be in [0, 1), was " + reduction);
        }
        Assessment first = years.get(0);
        Assessment last = years.get(years.size() - 1);
        int lastYear = last.options().reportingYear();
        if (targetYear <= lastYear) {
            throw new IllegalArgumentException("targetYear must be after the last year " + lastYear + ", was "
                    + targetYear);
        }
        double reference = first.total(indicator);
        double target = reference * (1 - reduction);
        double now = last.total(indicator);
        double yearly = 1 - Math.pow(target / now, 1.0 / (targetYear - lastYear));
        return new Target(first.options().reportingYear(), reference, targetYear, target, lastYear, now, yearly,
                now <= target);
    }

    /** The totals per year and each change with its three parts, in the indicator's unit. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Trajectory of %s (%s):%n",
                indicator.label(), indicator.unit()));
        for (Assessment a : years) {
            sb.append(String.format(Locale.ROOT, "  %d  %14s%n", a.options().reportingYear(),
                    Numbers.format(a.total(indicator))));
        }
        for (Step s : steps) {
            sb.append(String.format(Locale.ROOT, "  %d → %d: %s = fleet %s + factors %s + method %s%n",
                    s.fromYear(), s.toYear(), signed(s.change()), signed(s.fleet()), signed(s.factors()),
                    signed(s.method())));
        }
        return sb.toString();
    }

    private static String signed(double v) {
        return (v >= 0 ? "+" : "") + Numbers.format(v);
    }

    /** A catalog as it was in one year: every query for a later year answered with the factors valid then. */
    private static final class Vintage implements FactorCatalog {
        private final FactorCatalog base;
        private final int year;

        Vintage(FactorCatalog base, int year) {
            this.base = base;
            this.year = year;
        }

        @Override
        public String name() {
            return base.name();
        }

        @Override
        public String version() {
            return base.version();
        }

        @Override
        public String checksum() {
            return base.checksum();
        }

        @Override
        public Collection<Factor> factors() {
            return base.factors();
        }

        @Override
        public Collection<Parameter> parameters() {
            return base.parameters();
        }

        @Override
        public Optional<Factor> factor(String id) {
            return base.factor(id);
        }

        @Override
        public Optional<Parameter> parameter(String id) {
            return base.parameter(id);
        }

        @Override
        public List<Factor> factorsForKey(String key) {
            return base.factorsForKey(key);
        }

        @Override
        public Set<String> keys() {
            return base.keys();
        }

        @Override
        public List<String> sourcePreference() {
            return base.sourcePreference();
        }

        @Override
        public List<Factor> candidates(String key, int year, List<String> preference) {
            return base.candidates(key, Math.min(year, this.year), preference);
        }

        @Override
        public Optional<String> zoneCode(String codeOrName) {
            return base.zoneCode(codeOrName);
        }

        @Override
        public java.util.SortedSet<String> zoneCodes() {
            return base.zoneCodes();
        }
    }
}
