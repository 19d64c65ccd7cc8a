package dev.impact.io;

import dev.impact.engine.AppliedDefault;
import dev.impact.engine.AssessmentOptions;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a streamed assessment returns: aggregates only (totals, per category), counts of lines read, assessed and
 * invalid, and the problems (the first {@code maxProblems} in full, all of them counted by reason). Per-line results
 * are not kept; ask for them as a stream ({@link StreamingAssessor.LineSink}). Immutable.
 *
 * @param inventoryName   the inventory's name
 * @param options         the assessment options
 * @param catalogName     factor catalog name
 * @param catalogVersion  factor catalog version
 * @param catalogChecksum factor catalog checksum
 * @param linesRead       records read from the file (valid or not)
 * @param linesAssessed   lines whose footprint is in the totals
 * @param linesInvalid    lines left out because they are invalid (= problem lines)
 * @param problems        the first problems, in file order
 * @param problemCount    all problems, including those not kept
 * @param reasons         every problem counted by its reason (numbers and quoted values generalised), most frequent
 *                        first
 * @param total           the sum of the assessed lines
 * @param categories      per category, in order of first appearance
 * @param defaults        distinct inputs the engine completed (capped at 1 000)
 * @param notices         how the file was read (encoding, separator, mapping)
 */
public record StreamSummary(String inventoryName, AssessmentOptions options, String catalogName, String catalogVersion,
                      String catalogChecksum, long linesRead, long linesAssessed, long linesInvalid,
                      List<Problem> problems, long problemCount, Map<String, Long> reasons, Footprint total,
                      Map<String, CategoryTotal> categories, Set<AppliedDefault> defaults, List<String> notices) {
    public StreamSummary {
        Objects.requireNonNull(inventoryName, "inventoryName");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(total, "total");
        problems = List.copyOf(problems);
        reasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reasons));
        categories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categories));
        defaults = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(defaults));
        notices = List.copyOf(notices);
    }

    /**
     * One category's aggregate.
     *
     * @param lines     number of lines
     * @param quantity  sum of their quantities (units, GB, TB-years… as the kind says)
     * @param footprint their footprint
     */
    public record CategoryTotal(long lines, double quantity, Footprint footprint) {
    }

    /** Whether any line was invalid. */
    public boolean hasProblems() {
        return problemCount > 0;
    }

    /** A readable summary with units (Locale.ROOT). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "StreamSummary of %s: %d lines read, %d assessed, %d invalid; %s accounting,"
                        + " reporting year %d, factors %s %s%n", inventoryName, linesRead, linesAssessed, linesInvalid,
                options.accounting().name().toLowerCase(Locale.ROOT), options.reportingYear(), catalogName,
                catalogVersion));
        sb.append('\n');
        for (Indicator i : Indicator.values()) {
            sb.append(String.format(Locale.ROOT, "%-40s %14s %s%n", i.label(), Numbers.format(total.total(i))
                    + (total.availability(i) == dev.impact.measure.Availability.PARTIAL ? "*" : ""), i.unit()));
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
        if (linesInvalid > 0) {
            sb.append(String.format(Locale.ROOT, "%n%d invalid lines left out; reasons:%n", linesInvalid));
            reasons.forEach((r, n) -> sb.append(String.format(Locale.ROOT, "  %8d × %s%n", n, r)));
        }
        return sb.toString();
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
