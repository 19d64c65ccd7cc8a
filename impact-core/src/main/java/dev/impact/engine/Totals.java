package dev.impact.engine;

import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The aggregates of an assessment, without its lines: the total footprint, the footprint per category (with its
 * number of lines and summed quantity), the inputs the engine completed with the number of lines that took each,
 * the options and the catalog's identity. What an {@link Assessment} has ({@link Assessment#totals()}) and what a
 * streamed run of any length keeps; a report of totals can be rendered from either. Immutable.
 *
 * <pre>{@code
 * Totals t = engine.assess(inventory, options).totals();
 * t.total(Indicator.CLIMATE_CHANGE);                  // kg CO2e over the period
 * t.categories().get("laptop").lines();               // lines of that category
 * }</pre>
 *
 * @param inventoryName   the inventory's name
 * @param options         the assessment options
 * @param catalogName     the factor catalog's name
 * @param catalogVersion  the factor catalog's version
 * @param catalogChecksum the factor catalog's checksum
 * @param lines           number of lines assessed (the lines in the totals)
 * @param total           the sum of the lines
 * @param categories      per category, in order of first appearance; their lines add up to {@code lines}
 * @param defaults        every distinct input the engine completed, in order of first use, with the number of lines
 *                        that took it (from 1 to {@code lines})
 * @param groups          per group ({@link dev.impact.inventory.InventoryLine#group()}), in order of first appearance,
 *                        the lines without a group under {@link #UNGROUPED}; empty when no line has a group, else
 *                        their lines add up to {@code lines}
 */
public record Totals(String inventoryName, AssessmentOptions options, String catalogName, String catalogVersion,
                     String catalogChecksum, long lines, Footprint total, Map<String, CategoryTotal> categories,
                     Map<AppliedDefault, Long> defaults, Map<String, GroupTotal> groups) {

    /** The key of the lines without a group in {@link #groups()} (an empty text: a line's group is never blank). */
    public static final String UNGROUPED = "";

    /**
     * @throws IllegalArgumentException if {@code lines} is negative, the categories' lines do not add up to it or
     *                                  a default's count is outside [1, lines]
     */
    public Totals {
        Objects.requireNonNull(inventoryName, "inventoryName");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(catalogName, "catalogName");
        Objects.requireNonNull(catalogVersion, "catalogVersion");
        Objects.requireNonNull(catalogChecksum, "catalogChecksum");
        Objects.requireNonNull(total, "total");
        if (lines < 0) {
            throw new IllegalArgumentException("lines must be >= 0, was " + lines);
        }
        categories = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(categories,
                "categories")));
        long sum = 0;
        for (Map.Entry<String, CategoryTotal> e : categories.entrySet()) {
            Objects.requireNonNull(e.getKey(), "category name");
            sum += Objects.requireNonNull(e.getValue(), "category total").lines();
        }
        if (sum != lines) {
            throw new IllegalArgumentException("the categories' lines must add up to lines (" + lines + "), was "
                    + sum);
        }
        defaults = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(defaults, "defaults")));
        for (Map.Entry<AppliedDefault, Long> e : defaults.entrySet()) {
            Objects.requireNonNull(e.getKey(), "default");
            long n = Objects.requireNonNull(e.getValue(), "default count");
            if (n < 1 || n > lines) {
                throw new IllegalArgumentException("the count of default " + e.getKey().field() + " must be in [1, "
                        + lines + "], was " + n);
            }
        }
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(groups, "groups")));
        long inGroups = 0;
        for (Map.Entry<String, GroupTotal> e : groups.entrySet()) {
            Objects.requireNonNull(e.getKey(), "group name");
            inGroups += Objects.requireNonNull(e.getValue(), "group total").lines();
        }
        if (!groups.isEmpty() && inGroups != lines) {
            throw new IllegalArgumentException("the groups' lines must add up to lines (" + lines + "), was "
                    + inGroups);
        }
    }

    /** Totals without groups (no line has one). */
    public Totals(String inventoryName, AssessmentOptions options, String catalogName, String catalogVersion,
                  String catalogChecksum, long lines, Footprint total, Map<String, CategoryTotal> categories,
                  Map<AppliedDefault, Long> defaults) {
        this(inventoryName, options, catalogName, catalogVersion, catalogChecksum, lines, total, categories, defaults,
                Map.of());
    }

    /**
     * One group's aggregate: a site, service or entity of the inventory.
     *
     * @param lines      number of lines (>= 1)
     * @param footprint  the sum of their footprints
     * @param categories the same footprint per category, in order of first appearance in the group
     */
    public record GroupTotal(long lines, Footprint footprint, Map<String, Footprint> categories) {
        /** @throws IllegalArgumentException if {@code lines} < 1 */
        public GroupTotal {
            if (lines < 1) {
                throw new IllegalArgumentException("lines must be >= 1, was " + lines);
            }
            Objects.requireNonNull(footprint, "footprint");
            categories = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(categories,
                    "categories")));
        }
    }

    /** Whether some line has a group (then {@link #groups()} holds every line). */
    public boolean hasGroups() {
        return !groups.isEmpty();
    }

    /**
     * One category's aggregate.
     *
     * @param lines     number of lines (>= 1)
     * @param quantity  the sum of their quantities (units, GB, TB-years… as the lines' kind says)
     * @param footprint the sum of their footprints
     */
    public record CategoryTotal(long lines, double quantity, Footprint footprint) {
        /** @throws IllegalArgumentException if {@code lines} < 1 */
        public CategoryTotal {
            if (lines < 1) {
                throw new IllegalArgumentException("lines must be >= 1, was " + lines);
            }
            Objects.requireNonNull(footprint, "footprint");
        }
    }

    /** Shortcut: the total of one indicator over all lines and phases ({@link Double#NaN} if not available). */
    public double total(Indicator indicator) {
        return total.total(indicator);
    }

    /** The total per phase of one indicator ({@link Double#NaN} for a phase without data). */
    public Map<Phase, Double> byPhase(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        Map<Phase, Double> m = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            m.put(p, total.value(p, indicator));
        }
        return Collections.unmodifiableMap(m);
    }

    /** A readable table with units ({@link Locale#ROOT}): totals per indicator, then climate change per category. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Totals of %s: %d lines, %s accounting, reporting year %d, factors %s %s"
                + " (%s)%n", inventoryName, lines, options.accounting().name().toLowerCase(Locale.ROOT),
                options.reportingYear(), catalogName, catalogVersion, catalogChecksum));
        appendTable(sb);
        return sb.toString();
    }

    /** Totals per indicator, then lines, quantity and climate change per category, largest first. */
    void appendTable(StringBuilder sb) {
        sb.append('\n');
        for (Indicator i : Indicator.values()) {
            sb.append(String.format(Locale.ROOT, "%-40s %14s %s%n", i.label(), Numbers.format(total.total(i))
                    + (total.availability(i) == Availability.PARTIAL ? "*" : ""), i.unit()));
        }
        sb.append('\n').append(String.format(Locale.ROOT, "%-24s %10s %14s %14s  %s%n", "category", "lines",
                "quantity", "kgCO2e", "share"));
        double all = total.total(Indicator.CLIMATE_CHANGE);
        List<Map.Entry<String, CategoryTotal>> cats = new ArrayList<>(categories.entrySet());
        cats.sort((a, b) -> Double.compare(nz(b.getValue().footprint().total(Indicator.CLIMATE_CHANGE)),
                nz(a.getValue().footprint().total(Indicator.CLIMATE_CHANGE))));
        for (Map.Entry<String, CategoryTotal> e : cats) {
            double t = e.getValue().footprint().total(Indicator.CLIMATE_CHANGE);
            sb.append(String.format(Locale.ROOT, "%-24s %10d %14s %14s  %s%n", e.getKey(), e.getValue().lines(),
                    Numbers.format(e.getValue().quantity()), Numbers.format(t),
                    all > 0 && !Double.isNaN(t) ? String.format(Locale.ROOT, "%.1f %%", 100 * t / all) : ""));
        }
        appendGroups(sb, groups, all);
    }

    /** The climate change of each group, with its lines and share of {@code all} (nothing without groups). */
    static void appendGroups(StringBuilder sb, Map<String, GroupTotal> groups, double all) {
        if (!groups.isEmpty()) {
            sb.append('\n').append(String.format(Locale.ROOT, "%-24s %10s %14s  %s%n", "group", "lines", "kgCO2e",
                    "share"));
            for (Map.Entry<String, GroupTotal> e : groups.entrySet()) {
                double t = e.getValue().footprint().total(Indicator.CLIMATE_CHANGE);
                sb.append(String.format(Locale.ROOT, "%-24s %10d %14s  %s%n", e.getKey().isEmpty() ? "(no group)"
                        : e.getKey(), e.getValue().lines(), Numbers.format(t), all > 0 && !Double.isNaN(t)
                        ? String.format(Locale.ROOT, "%.1f %%", 100 * t / all) : ""));
            }
        }
    }

    /**
     * The table of {@link #toString()} without its heading line, for summaries that print their own heading (a
     * streamed run's).
     */
    public String table() {
        StringBuilder sb = new StringBuilder();
        appendTable(sb);
        return sb.toString();
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
