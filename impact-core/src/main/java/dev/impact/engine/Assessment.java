package dev.impact.engine;

import dev.impact.factor.FactorCatalog;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.LineRejectedException;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The result of assessing an inventory: per-line footprints, the total, breakdowns by category, phase and indicator,
 * the factors used and the inputs the engine completed. Immutable and thread-safe.
 */
public final class Assessment {
    private final String inventoryName;
    private final AssessmentOptions options;
    private final String catalogName;
    private final String catalogVersion;
    private final String catalogChecksum;
    private final List<LineResult> lines;
    private final Footprint total;
    private final Map<String, Footprint> byCategory;
    private final Map<String, Totals.GroupTotal> groups;

    /**
     * An assessment whose total and sums per category (in the order categories first appear) were added as the lines
     * were evaluated; {@code lines} (the engine's columns) is owned by this assessment from now on.
     */
    Assessment(String inventoryName, AssessmentOptions options, String catalogName, String catalogVersion,
               String catalogChecksum, LineColumns lines, Footprint total, Map<String, Footprint> byCategory) {
        this.inventoryName = Objects.requireNonNull(inventoryName, "inventoryName");
        this.options = Objects.requireNonNull(options, "options");
        this.catalogName = catalogName;
        this.catalogVersion = catalogVersion;
        this.catalogChecksum = catalogChecksum;
        this.lines = lines;
        this.total = total;
        this.byCategory = Collections.unmodifiableMap(byCategory);
        this.groups = groups(lines);
    }

    Assessment(String inventoryName, AssessmentOptions options, String catalogName, String catalogVersion,
               String catalogChecksum, List<LineResult> lines) {
        this.inventoryName = Objects.requireNonNull(inventoryName, "inventoryName");
        this.options = Objects.requireNonNull(options, "options");
        this.catalogName = catalogName;
        this.catalogVersion = catalogVersion;
        this.catalogChecksum = catalogChecksum;
        this.lines = List.copyOf(lines);
        Footprint.Accumulator all = new Footprint.Accumulator();
        Map<String, Footprint.Accumulator> cats = new LinkedHashMap<>();
        String lastCategory = null;
        Footprint.Accumulator category = null;
        int index = 0;
        for (LineResult l : this.lines) {
            index++;
            String c = l.line().category();
            if (!c.equals(lastCategory)) {
                category = cats.computeIfAbsent(c, k -> new Footprint.Accumulator());
                lastCategory = c;
            }
            try {
                all.add(l.footprint());
                category.add(l.footprint());
            } catch (IllegalArgumentException overflow) {
                throw LineRejectedException.at(new IllegalArgumentException(
                        "adding this line to the totals: " + overflow.getMessage(), overflow), index, l.line().label());
            }
        }
        this.total = all.toFootprint();
        Map<String, Footprint> bc = new LinkedHashMap<>();
        cats.forEach((k, v) -> bc.put(k, v.toFootprint()));
        this.byCategory = Collections.unmodifiableMap(bc);
        this.groups = groups(this.lines);
    }

    /** Per group, each with its lines, sum and sum per category; empty when no line has a group. */
    private static Map<String, Totals.GroupTotal> groups(List<LineResult> lines) {
        boolean any = false;
        for (int i = 0; i < lines.size() && !any; i++) {
            // the lines themselves, without making each result of a columnar list
            InventoryLine line = lines instanceof LineColumns ? ((LineColumns) lines).line(i) : lines.get(i).line();
            any = line.group().isPresent();
        }
        if (!any) {
            return Map.of();
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Footprint.Accumulator> sums = new LinkedHashMap<>();
        Map<String, Map<String, Footprint.Accumulator>> cats = new LinkedHashMap<>();
        for (LineResult l : lines) {
            String g = l.line().group().orElse(Totals.UNGROUPED);
            counts.computeIfAbsent(g, k -> new long[1])[0]++;
            sums.computeIfAbsent(g, k -> new Footprint.Accumulator()).add(l.footprint());
            cats.computeIfAbsent(g, k -> new LinkedHashMap<>())
                    .computeIfAbsent(l.line().category(), k -> new Footprint.Accumulator()).add(l.footprint());
        }
        Map<String, Totals.GroupTotal> m = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            Map<String, Footprint> c = new LinkedHashMap<>();
            cats.get(e.getKey()).forEach((k, v) -> c.put(k, v.toFootprint()));
            m.put(e.getKey(), new Totals.GroupTotal(e.getValue()[0], sums.get(e.getKey()).toFootprint(), c));
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The assessment of {@code inventory} made of results computed elsewhere, one per line, in inventory order: for
     * a caller that assessed the lines itself with this catalog and options (a streamed run that keeps its per-line
     * results, so a file is assessed once). The totals are summed here as {@link Engine#assess} sums them.
     *
     * <pre>{@code
     * Engine.Session s = engine.session(options);
     * List<LineResult> results = ...;            // one per line, from s.assess(line), s.factorIds()...
     * Assessment a = Assessment.of(inventory, options, engine.catalog(), results);
     * }</pre>
     *
     * @throws IllegalArgumentException if there is not exactly one result per line, or a result is not of the line
     *                                  at its position
     */
    public static Assessment of(Inventory inventory, AssessmentOptions options, FactorCatalog catalog,
                                List<LineResult> results) {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(results, "results");
        if (results.size() != inventory.size()) {
            throw new IllegalArgumentException("results must have one result per line (" + inventory.size()
                    + "), had " + results.size());
        }
        List<InventoryLine> lines = inventory.lines();
        for (int k = 0; k < lines.size(); k++) {
            InventoryLine line = Objects.requireNonNull(results.get(k), "results[" + k + "]").line();
            if (line != lines.get(k) && !line.equals(lines.get(k))) {
                throw new IllegalArgumentException("results[" + k + "] must be the result of line " + (k + 1)
                        + " ('" + lines.get(k).label() + "'), was of '" + line.label() + "'");
            }
        }
        return new Assessment(inventory.name(), options, catalog.name(), catalog.version(), catalog.checksum(),
                results);
    }

    /** Name of the assessed inventory. */
    public String inventoryName() {
        return inventoryName;
    }

    /** The options used. */
    public AssessmentOptions options() {
        return options;
    }

    /** Name of the factor catalog used. */
    public String catalogName() {
        return catalogName;
    }

    /** Version of the factor catalog used. */
    public String catalogVersion() {
        return catalogVersion;
    }

    /** Checksum of the factor catalog used. */
    public String catalogChecksum() {
        return catalogChecksum;
    }

    /** One result per inventory line, in inventory order. */
    public List<LineResult> lines() {
        return lines;
    }

    /** The sum of all lines. */
    public Footprint total() {
        return total;
    }

    /** Shortcut: total of one indicator over all lines and phases ({@link Double#NaN} if not available). */
    public double total(Indicator indicator) {
        return total.total(indicator);
    }

    /** Footprint per category, in order of first appearance. */
    public Map<String, Footprint> byCategory() {
        return byCategory;
    }

    /**
     * Per group (a site, service or entity: {@link InventoryLine#group()}), in order of first appearance: its lines,
     * footprint and footprint per category. The lines without a group are under {@link Totals#UNGROUPED}; empty when
     * no line has a group.
     */
    public Map<String, Totals.GroupTotal> groups() {
        return groups;
    }

    /** Footprint per group, in order of first appearance ({@link #groups()}' footprints); empty without groups. */
    public Map<String, Footprint> byGroup() {
        Map<String, Footprint> m = new LinkedHashMap<>();
        groups.forEach((k, v) -> m.put(k, v.footprint()));
        return Collections.unmodifiableMap(m);
    }

    /** Total per phase for one indicator ({@link Double#NaN} for a phase without data). */
    public Map<Phase, Double> byPhase(Indicator indicator) {
        Map<Phase, Double> m = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            m.put(p, total.value(p, indicator));
        }
        return Collections.unmodifiableMap(m);
    }

    /** Ids of every factor used, in order of first use. */
    public Set<String> factorIds() {
        Set<String> s = new LinkedHashSet<>();
        Set<List<String>> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (LineResult l : lines) {
            if (seen.add(l.factorIds())) {
                s.addAll(l.factorIds());
            }
        }
        return Collections.unmodifiableSet(s);
    }

    /** Ids of every parameter used (model constants and archetype defaults taken), in order of first use. */
    public Set<String> parameterIds() {
        Set<String> s = new LinkedHashSet<>();
        Set<List<String>> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (LineResult l : lines) {
            if (seen.add(l.parameterIds())) {
                s.addAll(l.parameterIds());
            }
        }
        return Collections.unmodifiableSet(s);
    }

    /** Every distinct completed input, in order of first use. */
    public Set<AppliedDefault> defaults() {
        Set<AppliedDefault> s = new LinkedHashSet<>();
        // lines of one kind share their (immutable) list: look at each list once
        Set<List<AppliedDefault>> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (LineResult l : lines) {
            if (seen.add(l.defaults())) {
                s.addAll(l.defaults());
            }
        }
        return Collections.unmodifiableSet(s);
    }

    /**
     * The aggregates of this assessment, without its lines: total, per category (lines, summed quantity, footprint),
     * each completed input with the number of lines that took it, options and catalog identity. Equal, indicator by
     * indicator, to what a streamed run of the same lines keeps.
     */
    public Totals totals() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, double[]> quantities = new LinkedHashMap<>();
        Map<AppliedDefault, Long> defaults = new LinkedHashMap<>();
        for (LineResult l : lines) {
            String c = l.line().category();
            counts.computeIfAbsent(c, k -> new long[1])[0]++;
            quantities.computeIfAbsent(c, k -> new double[1])[0] += l.line().quantity();
            for (AppliedDefault d : l.defaults()) {
                defaults.merge(d, 1L, Long::sum);
            }
        }
        Map<String, Totals.CategoryTotal> categories = new LinkedHashMap<>();
        byCategory.forEach((c, f) -> categories.put(c, new Totals.CategoryTotal(counts.get(c)[0],
                quantities.get(c)[0], f)));
        return new Totals(inventoryName, options, catalogName, catalogVersion, catalogChecksum, lines.size(), total,
                categories, defaults, groups);
    }

    /** A readable summary: totals per indicator, climate change by category and phase, defaults applied. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        String accounting = options.accounting().name().toLowerCase(Locale.ROOT);
        String period = options.periodYears() == 1 ? "" : " (" + Numbers.format(options.periodYears()) + " years)";
        sb.append(String.format(Locale.ROOT, "Assessment of %s: %d lines, %s accounting, reporting year %d%s,"
                + " factors: %s %s (%s)%n", inventoryName, lines.size(), accounting, options.reportingYear(), period,
                catalogName, catalogVersion, catalogChecksum));
        sb.append('\n').append(total);
        sb.append('\n').append(String.format(Locale.ROOT, "%-24s %12s %12s %12s %12s %12s  %s%n", "climate change",
                "manufacture", "distribution", "use", "end of life", "total", "share"));
        double all = total.total(Indicator.CLIMATE_CHANGE);
        List<Map.Entry<String, Footprint>> cats = new ArrayList<>(byCategory.entrySet());
        cats.sort((a, b) -> Double.compare(nz(b.getValue().total(Indicator.CLIMATE_CHANGE)),
                nz(a.getValue().total(Indicator.CLIMATE_CHANGE))));
        for (Map.Entry<String, Footprint> c : cats) {
            Footprint f = c.getValue();
            sb.append(String.format(Locale.ROOT, "%-24s", c.getKey()));
            for (Phase p : Phase.values()) {
                sb.append(String.format(Locale.ROOT, " %12s", Numbers.format(f.value(p, Indicator.CLIMATE_CHANGE))));
            }
            double t = f.total(Indicator.CLIMATE_CHANGE);
            sb.append(String.format(Locale.ROOT, " %12s  %s%n", Numbers.format(t),
                    all > 0 && !Double.isNaN(t) ? String.format(Locale.ROOT, "%.1f %%", 100 * t / all) : ""));
        }
        sb.append("(kgCO2e)\n");
        Totals.appendGroups(sb, groups, all);
        Set<AppliedDefault> defaults = defaults();
        if (!defaults.isEmpty()) {
            sb.append("\nDefaults applied:\n");
            int n = 0;
            for (AppliedDefault d : defaults) {
                if (n++ == 15) {
                    sb.append("  … ").append(defaults.size() - 15).append(" more\n");
                    break;
                }
                sb.append("  ").append(d).append('\n');
            }
        }
        if (total.availability(Indicator.CLIMATE_CHANGE) == Availability.PARTIAL) {
            sb.append("\nNote: some climate-change contributions have no data (marked *): the total is a lower bound.\n");
        }
        return sb.toString();
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
