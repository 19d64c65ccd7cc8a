package dev.impact.report;

import dev.impact.engine.Totals;
import dev.impact.measure.Availability;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A report on the {@link Totals} of an assessment, for inventories too long to keep line by line (a streamed run of
 * millions of lines): key figures per indicator, breakdowns by category and phase with charts, the inputs completed by
 * default with the number of lines that took each, how the file was read (lines read, invalid lines by reason,
 * notices), the method and illustrative equivalences; no per-line tables. Immutable and thread-safe.
 *
 * <pre>{@code
 * StreamSummary s = StreamingAssessor.of(engine, options).run(reader).summary();
 * TotalsReport.of(s.totals()).withReading(new TotalsReport.Reading(s.linesRead(), s.linesInvalid(),
 *         s.problemCount(), s.reasons(), List.of(), s.notices())).write(Format.HTML, Locale.FRENCH, Path.of("big.html"));
 * }</pre>
 *
 * <p>Formats: all four. {@link Format#CSV} has one record per scope (the total, then each category) × indicator ×
 * phase; {@link Format#JSON} follows {@value #SCHEMA_RESOURCE}.
 */
public final class TotalsReport implements ReportDocument {
    /** Version of the JSON output's schema. */
    public static final String SCHEMA_VERSION = "1.0";
    /** Class-path resource of the JSON Schema (draft 2020-12) of {@link Format#JSON} output. */
    public static final String SCHEMA_RESOURCE = "/dev/impact/report/totals.schema.json";

    private final Totals totals;
    private final Reading reading;
    private final List<Equivalence> equivalences;

    private TotalsReport(Totals totals, Reading reading, List<Equivalence> equivalences) {
        this.totals = totals;
        this.reading = reading;
        this.equivalences = equivalences;
    }

    /**
     * The report on {@code totals}, with the {@linkplain Equivalence#defaults() default equivalences}, reading every
     * line as valid (see {@link #withReading(Reading)}).
     */
    public static TotalsReport of(Totals totals) {
        Objects.requireNonNull(totals, "totals");
        return new TotalsReport(totals, new Reading(totals.lines(), 0, 0, Map.of(), List.of(), List.of()),
                Equivalence.defaults());
    }

    /**
     * A copy that says how the input was read.
     *
     * @throws IllegalArgumentException if the lines read minus the invalid ones are not the lines in the totals
     */
    public TotalsReport withReading(Reading reading) {
        Objects.requireNonNull(reading, "reading");
        if (reading.linesRead() - reading.linesInvalid() != totals.lines()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "reading must have linesRead - linesInvalid"
                    + " = the lines in the totals (%d), was %d - %d", totals.lines(), reading.linesRead(),
                    reading.linesInvalid()));
        }
        return new TotalsReport(totals, reading, equivalences);
    }

    /** A copy illustrating the climate-change total with these equivalences (may be empty). */
    public TotalsReport withEquivalences(List<Equivalence> equivalences) {
        return new TotalsReport(totals, reading, List.copyOf(Objects.requireNonNull(equivalences,
                "equivalences")));
    }

    /** The totals reported on. */
    public Totals totals() {
        return totals;
    }

    /** How the input was read. */
    public Reading reading() {
        return reading;
    }

    /** The equivalences that illustrate the climate-change total. */
    public List<Equivalence> equivalences() {
        return equivalences;
    }

    /** The report's title: the inventory's name. */
    public String title() {
        return totals.inventoryName();
    }

    /** The title, the lines and the climate-change total. */
    @Override
    public String toString() {
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        return String.format(Locale.ROOT, "TotalsReport[%s, %d lines (%d read, %d invalid), climate change %s%s %s]",
                title(), totals.lines(), reading.linesRead(), reading.linesInvalid(),
                totals.total().availability(gwp) == Availability.PARTIAL ? "≥ " : "",
                Numbers.format(totals.total(gwp)), gwp.unit());
    }

    /**
     * How the input of the totals was read.
     *
     * @param linesRead    records read (valid or not)
     * @param linesInvalid lines left out of the totals because they are invalid
     * @param problemCount all problems found (a line may have several)
     * @param reasons      the problems counted by reason, most frequent first
     * @param problems     the first problems in full, in file order (may be fewer than {@code problemCount})
     * @param notices      how the input was read (encoding, separator, mapping…)
     */
    public record Reading(long linesRead, long linesInvalid, long problemCount, Map<String, Long> reasons,
                          List<Problem> problems, List<String> notices) {
        /** @throws IllegalArgumentException if a count is negative or more lines are invalid than were read */
        public Reading {
            if (linesRead < 0 || linesInvalid < 0 || linesInvalid > linesRead || problemCount < 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "counts must be >= 0 with linesInvalid"
                        + " <= linesRead, were linesRead %d, linesInvalid %d, problemCount %d", linesRead,
                        linesInvalid, problemCount));
            }
            reasons = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(reasons,
                    "reasons")));
            problems = List.copyOf(problems);
            notices = List.copyOf(notices);
        }
    }

    /**
     * One problem found while reading: where and why.
     *
     * @param file   the file's name
     * @param line   the line number in the file, from 1 (0 when the problem concerns the whole file)
     * @param column the column concerned, or empty
     * @param reason why the line was left out
     */
    public record Problem(String file, long line, String column, String reason) {
        /** @throws IllegalArgumentException if {@code line} is negative */
        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(reason, "reason");
            if (line < 0) {
                throw new IllegalArgumentException("line must be >= 0, was " + line);
            }
        }
    }
}
