package dev.impact.io;

import dev.impact.engine.AppliedDefault;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Totals;
import dev.impact.measure.Footprint;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a streamed assessment returns besides its results: the {@link Totals} of the assessed lines (what an
 * {@code Assessment} also has), and what is streaming's own — the lines read and invalid, the problems (the first
 * {@code maxProblems} in full, all of them counted by reason) and the notices on how the file was read. Immutable.
 *
 * <pre>{@code
 * StreamSummary s = StreamingAssessor.of(engine, options).run(reader).summary();
 * s.totals().total(Indicator.CLIMATE_CHANGE);   // kg CO2e of the valid lines
 * s.linesInvalid();                             // lines left out, with s.problems()
 * }</pre>
 *
 * @param totals       the aggregates of the assessed lines
 * @param linesRead    records read from the file (valid or not)
 * @param linesInvalid lines left out because they are invalid (= problem lines)
 * @param problems     the first problems, in file order
 * @param problemCount all problems, including those not kept
 * @param reasons      every problem counted by its reason (numbers and quoted values generalised), most frequent
 *                     first
 * @param notices      how the file was read (encoding, separator, mapping)
 */
public record StreamSummary(Totals totals, long linesRead, long linesInvalid, List<Problem> problems,
                            long problemCount, Map<String, Long> reasons, List<String> notices) {
    /** @throws IllegalArgumentException if the counts are negative or do not add up */
    public StreamSummary {
        Objects.requireNonNull(totals, "totals");
        if (linesInvalid < 0 || problemCount < 0 || linesRead != totals.lines() + linesInvalid) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "linesRead (%d) must be the lines assessed"
                    + " (%d) plus linesInvalid (%d), problemCount (%d) >= 0", linesRead,
                    totals.lines(), linesInvalid, problemCount));
        }
        problems = List.copyOf(problems);
        reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        notices = List.copyOf(notices);
    }

    /** The inventory's name. */
    public String inventoryName() {
        return totals.inventoryName();
    }

    /** The assessment options. */
    public AssessmentOptions options() {
        return totals.options();
    }

    /** Lines whose footprint is in the totals. */
    public long linesAssessed() {
        return totals.lines();
    }

    /** The sum of the assessed lines. */
    public Footprint total() {
        return totals.total();
    }

    /** Per category, in order of first appearance. */
    public Map<String, Totals.CategoryTotal> categories() {
        return totals.categories();
    }

    /** Distinct inputs the engine completed, in order of first use (counts in {@link Totals#defaults()}). */
    public Set<AppliedDefault> defaults() {
        return totals.defaults().keySet();
    }

    /** Whether any line was invalid. */
    public boolean hasProblems() {
        return problemCount > 0;
    }

    /** A readable summary with units (Locale.ROOT). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "StreamSummary of %s: %d lines read, %d assessed, %d invalid; %s"
                        + " accounting, reporting year %d, factors %s %s%n", totals.inventoryName(), linesRead,
                totals.lines(), linesInvalid, totals.options().accounting().name().toLowerCase(Locale.ROOT),
                totals.options().reportingYear(), totals.catalogName(), totals.catalogVersion()));
        sb.append(totals.table());
        if (linesInvalid > 0) {
            sb.append(String.format(Locale.ROOT, "%n%d invalid lines left out; reasons:%n", linesInvalid));
            reasons.forEach((r, n) -> sb.append(String.format(Locale.ROOT, "  %8d × %s%n", n, r)));
        }
        return sb.toString();
    }
}
