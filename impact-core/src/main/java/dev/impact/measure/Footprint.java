package dev.impact.measure;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable phase × indicator matrix of impact values, each in its indicator's canonical unit
 * ({@link Indicator#unit()}).
 *
 * <p>Every cell also knows whether it is backed by data ({@link Availability}): a cell no source gave a value for is
 * <em>not available</em>, which is not the same as zero. Adding an available and a not-available cell gives a
 * {@link Availability#PARTIAL} cell (a lower bound). Getters return {@link Double#NaN} for a cell that is not
 * available, so that a user's own arithmetic cannot mistake it for zero; {@link #availability} tells the three
 * states apart.
 *
 * <pre>{@code
 * Footprint laptop = Footprint.builder()
 *         .set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 170)
 *         .set(Phase.END_OF_LIFE, Indicator.CLIMATE_CHANGE, 2.79)
 *         .build();
 * Footprint fleet = laptop.times(120);
 * double kg = fleet.total(Indicator.CLIMATE_CHANGE);   // 120 × 172.79
 * }</pre>
 *
 * <p>Every cell is a finite number within ±{@link #MAX_CELL} (1e300): arithmetic whose result would leave that range
 * throws {@link #overflow}'s error naming the cell, so no report ever shows an infinite or NaN figure.
 *
 * <p>Instances are thread-safe. Internally the values live in one {@code double[]} and two bit masks.
 */
public final class Footprint {

    static final int INDICATORS = Indicator.count();
    static final int PHASES = Phase.count();
    static final int CELLS = INDICATORS * PHASES;
    private static final int ALL = (1 << CELLS) - 1;

    /**
     * The largest magnitude a cell may hold, in its indicator's unit: 1e300, far beyond any physical footprint (the
     * world emits about 5e13 kgCO2e a year) and far enough below a double's limit (about 1.8e308) that the totals,
     * shares, equivalences and Monte Carlo draws derived from a footprint stay finite.
     */
    public static final double MAX_CELL = 1e300;

    private static final Footprint ZERO = new Footprint(new double[CELLS], ALL, 0);
    private static final Footprint NONE = new Footprint(new double[CELLS], 0, 0);

    final double[] values;
    /** bit set: the cell has data from at least one contribution. */
    final int known;
    /** bit set: the cell lacks data from at least one contribution (subset of known). */
    final int partial;

    private Footprint(double[] values, int known, int partial) {
        for (int c = 0; c < CELLS; c++) {
            if (!inRange(values[c])) {
                throw overflow(c);
            }
        }
        this.values = values;
        this.known = known;
        this.partial = partial & known;
    }

    /** A footprint of these cells (owned from now on) and masks, for {@link FootprintColumn}. */
    static Footprint ofCells(double[] values, int known, int partial) {
        return new Footprint(values, known, partial);
    }

    static int cell(Phase phase, Indicator indicator) {
        return phase.ordinal() * INDICATORS + indicator.ordinal();
    }

    /** A footprint whose every cell is available and zero. */
    public static Footprint zero() {
        return ZERO;
    }

    /** A footprint with no data in any cell. */
    public static Footprint notAvailable() {
        return NONE;
    }

    /** A builder; cells not set stay not available. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The value of one cell, in {@link Indicator#unit()}, or {@link Double#NaN} if the cell is not available.
     * A {@link Availability#PARTIAL} cell returns the sum of its available contributions.
     */
    public double value(Phase phase, Indicator indicator) {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(indicator, "indicator");
        int c = cell(phase, indicator);
        return (known & (1 << c)) == 0 ? Double.NaN : values[c];
    }

    /** Whether one cell is backed by data. */
    public Availability availability(Phase phase, Indicator indicator) {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(indicator, "indicator");
        int bit = 1 << cell(phase, indicator);
        if ((known & bit) == 0) {
            return Availability.NOT_AVAILABLE;
        }
        return (partial & bit) == 0 ? Availability.AVAILABLE : Availability.PARTIAL;
    }

    /** Total over all phases for one indicator, or {@link Double#NaN} if no phase has data. */
    public double total(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        return sum(indicator, false);
    }

    /**
     * Embodied total (manufacture + distribution + end of life) for one indicator, or {@link Double#NaN} if none of
     * these phases has data.
     */
    public double embodied(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        return sum(indicator, true);
    }

    private double sum(Indicator indicator, boolean embodiedOnly) {
        double s = 0;
        boolean any = false;
        for (int p = 0; p < PHASES; p++) {
            if (embodiedOnly && p == Phase.USE.ordinal()) {
                continue;
            }
            int c = p * INDICATORS + indicator.ordinal();
            if ((known & (1 << c)) != 0) {
                s += values[c];
                any = true;
            }
        }
        return any ? s : Double.NaN;
    }

    /**
     * Availability of an indicator's total: available when every phase is, not available when no phase has data,
     * partial otherwise.
     */
    public Availability availability(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        int known = 0;
        boolean partialAny = false;
        for (int p = 0; p < PHASES; p++) {
            Availability a = availability(Phase.ofOrdinal(p), indicator);
            if (a != Availability.NOT_AVAILABLE) {
                known++;
            }
            partialAny |= a == Availability.PARTIAL;
        }
        if (known == 0) {
            return Availability.NOT_AVAILABLE;
        }
        return known == PHASES && !partialAny ? Availability.AVAILABLE : Availability.PARTIAL;
    }

    /**
     * The cell-wise sum. A cell available in both is available; available in one only, or partial in either, is
     * {@link Availability#PARTIAL}; not available in both stays not available.
     */
    public Footprint plus(Footprint other) {
        Objects.requireNonNull(other, "other");
        double[] v = new double[CELLS];
        for (int c = 0; c < CELLS; c++) {
            v[c] = values[c] + other.values[c];
        }
        return new Footprint(v, known | other.known, partial | other.partial | (known ^ other.known));
    }

    /**
     * Every cell multiplied by {@code factor}; availability is unchanged.
     *
     * @throws IllegalArgumentException if {@code factor} is NaN or infinite
     */
    public Footprint times(double factor) {
        requireFinite(factor, "factor");
        double[] v = new double[CELLS];
        for (int c = 0; c < CELLS; c++) {
            v[c] = values[c] * factor;
        }
        return new Footprint(v, known, partial);
    }

    /** A copy keeping only the given phases; the others become not available. */
    public Footprint onlyPhases(Phase... phases) {
        Objects.requireNonNull(phases, "phases");
        int mask = 0;
        for (Phase p : phases) {
            for (int i = 0; i < INDICATORS; i++) {
                mask |= 1 << (p.ordinal() * INDICATORS + i);
            }
        }
        double[] v = values.clone();
        for (int c = 0; c < CELLS; c++) {
            if ((mask & (1 << c)) == 0) {
                v[c] = 0;
            }
        }
        return new Footprint(v, known & mask, partial & mask);
    }

    /**
     * The parts of one whole, each scaled: {@code a × sa + b × sb}, where a cell is available when any part has data
     * for it. Unlike {@link #plus}, a cell that one part has no data for is not a gap: the parts speak for different
     * cells (e.g. a device's embodied phases and its use phase), and a cell stays partial only if a part marks it so.
     * Allocation: one array.
     *
     * @throws IllegalArgumentException if a scale is NaN or infinite
     */
    public static Footprint combine(Footprint a, double sa, Footprint b, double sb) {
        requireFinite(sa, "sa");
        requireFinite(sb, "sb");
        double[] v = new double[CELLS];
        addScaled(v, a, sa);
        addScaled(v, b, sb);
        return new Footprint(v, a.known | b.known, a.partial | b.partial);
    }

    /** As {@link #combine(Footprint, double, Footprint, double)}, with a third part. */
    public static Footprint combine(Footprint a, double sa, Footprint b, double sb, Footprint c, double sc) {
        requireFinite(sa, "sa");
        requireFinite(sb, "sb");
        requireFinite(sc, "sc");
        double[] v = new double[CELLS];
        addScaled(v, a, sa);
        addScaled(v, b, sb);
        addScaled(v, c, sc);
        return new Footprint(v, a.known | b.known | c.known, a.partial | b.partial | c.partial);
    }

    private static void addScaled(double[] into, Footprint f, double scale) {
        Objects.requireNonNull(f, "footprint");
        for (int k = f.known; k != 0; k &= k - 1) {
            int c = Integer.numberOfTrailingZeros(k);
            into[c] += f.values[c] * scale;
        }
    }

    /** Whether no cell has data. */
    public boolean isNotAvailable() {
        return known == 0;
    }

    /** Sum of footprints with the same semantics as repeated {@link #plus}; the empty sum is {@link #zero()}. */
    public static Footprint sum(Iterable<Footprint> footprints) {
        Objects.requireNonNull(footprints, "footprints");
        Accumulator acc = new Accumulator();
        for (Footprint f : footprints) {
            acc.add(f);
        }
        return acc.toFootprint();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Footprint)) {
            return false;
        }
        Footprint f = (Footprint) o;
        if (known != f.known || partial != f.partial) {
            return false;
        }
        for (int c = 0; c < CELLS; c++) {
            if ((known & (1 << c)) != 0 && Double.compare(values[c], f.values[c]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        double[] v = values.clone();
        for (int c = 0; c < CELLS; c++) {
            if ((known & (1 << c)) == 0) {
                v[c] = 0;
            }
        }
        return 31 * (31 * Arrays.hashCode(v) + known) + partial;
    }

    /** A small table: one row per indicator with data, one column per phase, then the total and the unit. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "%-38s %12s %12s %12s %12s %12s  %s%n", "indicator",
                "manufacture", "distribution", "use", "end of life", "total", "unit"));
        for (Indicator i : Indicator.values()) {
            if (availability(i) == Availability.NOT_AVAILABLE) {
                continue;
            }
            sb.append(String.format(java.util.Locale.ROOT, "%-38s", i.label()));
            for (Phase p : Phase.values()) {
                sb.append(' ').append(String.format(java.util.Locale.ROOT, "%12s", cellText(p, i)));
            }
            String total = Numbers.format(total(i)) + (availability(i) == Availability.PARTIAL ? "*" : "");
            sb.append(' ').append(String.format(java.util.Locale.ROOT, "%12s", total)).append("  ").append(i.unit())
                    .append('\n');
        }
        if (known != ALL) {
            sb.append("(n/a: no data; *: partial, some contributions have no data)\n");
        }
        return sb.toString();
    }

    private String cellText(Phase p, Indicator i) {
        switch (availability(p, i)) {
            case NOT_AVAILABLE:
                return "n/a";
            case PARTIAL:
                return Numbers.format(value(p, i)) + "*";
            default:
                return Numbers.format(value(p, i));
        }
    }

    static void requireFinite(double v, String name) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number, was " + v);
        }
    }

    /** Whether {@code v} may be a cell: finite and within ±{@link #MAX_CELL}. */
    public static boolean inRange(double v) {
        return Math.abs(v) <= MAX_CELL; // false for NaN and ±Infinity
    }

    /**
     * The refusal of a sum or product beyond {@link #MAX_CELL}: every footprint's cells are within it, so an
     * overflow is an error naming the cell, never an infinite or NaN figure in a report.
     *
     * @param cell the cell that overflowed ({@code phase × INDICATORS + indicator})
     */
    public static IllegalArgumentException overflow(int cell) {
        Indicator i = Indicator.ofOrdinal(cell % INDICATORS);
        Phase p = Phase.ofOrdinal(cell / INDICATORS);
        return new IllegalArgumentException("the footprint is too large to compute: its " + i.label() + " ("
                + p.code() + ") goes beyond 1e300 " + i.unit() + ", the largest figure impact computes; a"
                + " quantity, an amount or a factor is far too large, or in the wrong unit");
    }

    /** Builds a footprint cell by cell. Not thread-safe. */
    public static final class Builder {
        private final double[] values = new double[CELLS];
        private int known;

        private Builder() {
        }

        /**
         * Sets one cell, in the indicator's canonical unit.
         *
         * @throws IllegalArgumentException if {@code value} is NaN or infinite
         */
        public Builder set(Phase phase, Indicator indicator, double value) {
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(indicator, "indicator");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(
                        phase.code() + "." + indicator.code() + " must be a finite number, was " + value);
            }
            int c = cell(phase, indicator);
            values[c] = value;
            known |= 1 << c;
            return this;
        }

        /** Sets every indicator of a phase that the given footprint has data for, from that footprint's cells. */
        public Builder setAll(Phase phase, Footprint from) {
            for (Indicator i : Indicator.values()) {
                if (from.availability(phase, i) != Availability.NOT_AVAILABLE) {
                    set(phase, i, from.value(phase, i));
                }
            }
            return this;
        }

        /** Clears every cell back to not available, for reuse. */
        public Builder reset() {
            Arrays.fill(values, 0);
            known = 0;
            return this;
        }

        /** The footprint; the builder can be reused. */
        public Footprint build() {
            return new Footprint(values.clone(), known, 0);
        }
    }

    /**
     * A mutable running sum of footprints that allocates nothing per addition, for engines and reports that add up
     * many lines. The result has the same availability semantics as {@link Footprint#plus}. Not thread-safe.
     */
    public static final class Accumulator {
        private final double[] values = new double[CELLS];
        private final int[] knownCount = new int[CELLS];
        private int partial;
        private int parts;

        /** Adds {@code footprint}. */
        public Accumulator add(Footprint footprint) {
            return add(footprint, 1.0);
        }

        /**
         * Adds {@code footprint × factor} (the factor must be finite).
         *
         * @throws IllegalArgumentException ({@link #overflow}) if a cell of the sum would go beyond {@link #MAX_CELL};
         *                                  nothing is added then
         */
        public Accumulator add(Footprint footprint, double factor) {
            requireFinite(factor, "factor");
            for (int k = footprint.known; k != 0; k &= k - 1) {
                int c = Integer.numberOfTrailingZeros(k);
                if (!inRange(values[c] + footprint.values[c] * factor)) {
                    throw overflow(c); // before adding anything: the sum is left as it was
                }
            }
            for (int k = footprint.known; k != 0; k &= k - 1) {
                int c = Integer.numberOfTrailingZeros(k);
                values[c] += footprint.values[c] * factor;
                knownCount[c]++;
            }
            partial |= footprint.partial;
            parts++;
            return this;
        }

        /** Clears the sum. */
        public Accumulator reset() {
            Arrays.fill(values, 0);
            Arrays.fill(knownCount, 0);
            partial = 0;
            parts = 0;
            return this;
        }

        /** The sum so far; {@link Footprint#zero()} if nothing was added. */
        public Footprint toFootprint() {
            if (parts == 0) {
                return ZERO;
            }
            int known = 0;
            int part = partial;
            for (int c = 0; c < CELLS; c++) {
                if (knownCount[c] > 0) {
                    known |= 1 << c;
                    if (knownCount[c] < parts) {
                        part |= 1 << c;
                    }
                }
            }
            return new Footprint(values.clone(), known, part);
        }
    }
}
