package dev.impact.engine;

import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;

/**
 * The arithmetic of the one evaluation path: a line's footprint is at most three parts of its plan, each times a
 * scale of the line ({@code a × sa + b × sb + c × sc}), added cell by cell in that order to +0.0. {@code assess}
 * builds it as a {@link Footprint}; a session adds it straight into {@link Engine.Sum}s, with the same sums bit for
 * bit and the same availability as adding the built footprint, and allocates nothing.
 */
final class Terms {
    private Terms() {
    }

    static final int INDICATORS = Indicator.count();
    static final int CELLS = Phase.count() * INDICATORS;
    /** +0.0 in every cell: the cells of an absent part. */
    static final double[] ZERO = new double[CELLS];

    /**
     * A plan's footprint with its cells in one dense array (+0.0 where it has no data), so that its term can be
     * added to every cell alike, and its availability as bit masks.
     */
    static final class Part {
        final Footprint footprint;
        final double[] cells = new double[CELLS];
        final int known;
        final int partial;
        /** The largest magnitude of its cells (for {@link #add}'s bound). */
        final double maxAbs;

        Part(Footprint f) {
            this.footprint = f;
            for (Phase p : Phase.values()) {
                for (Indicator i : Indicator.values()) {
                    if (f.availability(p, i) != Availability.NOT_AVAILABLE) {
                        cells[cell(p, i)] = f.value(p, i);
                    }
                }
            }
            this.known = known(f);
            this.partial = partial(f);
            double m = 0;
            for (double v : cells) {
                m = Math.max(m, Math.abs(v));
            }
            this.maxAbs = m;
        }
    }

    static int cell(Phase p, Indicator i) {
        return p.ordinal() * INDICATORS + i.ordinal();
    }

    /** The cells {@code f} has data for. */
    static int known(Footprint f) {
        int k = 0;
        for (Phase p : Phase.values()) {
            for (Indicator i : Indicator.values()) {
                if (f.availability(p, i) != Availability.NOT_AVAILABLE) {
                    k |= 1 << cell(p, i);
                }
            }
        }
        return k;
    }

    /** The cells of {@code f} that are partial. */
    static int partial(Footprint f) {
        int k = 0;
        for (Phase p : Phase.values()) {
            for (Indicator i : Indicator.values()) {
                if (f.availability(p, i) == Availability.PARTIAL) {
                    k |= 1 << cell(p, i);
                }
            }
        }
        return k;
    }

    /**
     * Below this, a sum of line bounds proves that no cell can reach {@link Footprint#MAX_CELL} (half of it: room for
     * the rounding of the bounds themselves), so the cells need no check.
     */
    static final double SAFE_BOUND = Footprint.MAX_CELL / 2;

    /**
     * Adds {@code a × sa + b × sb + c × sc} (a footprint with data in {@code known}, partial in {@code partial}) to
     * {@code into} and, unless null, {@code alsoInto}: in each, what {@link Engine.Sum#add(Footprint)} adds for that
     * footprint. Every cell alike: the parts hold +0.0 where they have no data, the sum starts at +0.0 so it is never
     * -0.0 (round to nearest), and adding ±0.0 to such a sum leaves it unchanged; a cell outside {@code known} gets
     * +0.0 added and its count unchanged. The scales must be finite.
     *
     * <p>{@code bound} bounds the magnitude of every cell of the line ({@code |sa| × max|a| + …}). While a sum's bounds
     * stay under {@link #SAFE_BOUND}, no cell can overflow and none is checked (the usual case, at no cost); past it,
     * the line's cells go to {@code scratch} first, so that a line whose footprint, or whose addition to a sum, would
     * go beyond {@link Footprint#MAX_CELL} is refused before either sum changes ({@link Footprint#overflow}).
     */
    static void add(Engine.Sum into, Engine.Sum alsoInto, double[] a, double sa, double[] b, double sb, double[] c,
                    double sc, int known, int partial, double bound, double[] scratch) {
        if (!(into.bound + bound <= SAFE_BOUND && (alsoInto == null || alsoInto.bound + bound <= SAFE_BOUND))) {
            check(into, alsoInto, a, sa, b, sb, c, sc, scratch);
        }
        double[] v1 = into.values;
        int[] n1 = into.knownCount;
        if (alsoInto == null) {
            for (int i = 0; i < CELLS; i++) {
                v1[i] += 0.0 + a[i] * sa + b[i] * sb + c[i] * sc;
                n1[i] += (known >>> i) & 1;
            }
        } else {
            double[] v2 = alsoInto.values;
            int[] n2 = alsoInto.knownCount;
            for (int i = 0; i < CELLS; i++) {
                double t = 0.0 + a[i] * sa + b[i] * sb + c[i] * sc;
                int n = (known >>> i) & 1;
                v1[i] += t;
                n1[i] += n;
                v2[i] += t;
                n2[i] += n;
            }
            alsoInto.partial |= partial;
            alsoInto.parts++;
            alsoInto.bound += bound;
        }
        into.partial |= partial;
        into.parts++;
        into.bound += bound;
    }

    /**
     * {@link #add} for a line whose data is in the few {@code cells} listed ({@code known}'s bits, in order): the
     * other cells would get +0.0, which leaves a sum unchanged, so only these are touched; same sums, bit for bit.
     */
    static void addCells(Engine.Sum into, Engine.Sum alsoInto, int[] cells, double[] a, double sa, double[] b,
                         double sb, double[] c, double sc, int known, int partial, double bound, double[] scratch) {
        if (!(into.bound + bound <= SAFE_BOUND && alsoInto.bound + bound <= SAFE_BOUND)) {
            check(into, alsoInto, a, sa, b, sb, c, sc, scratch);
        }
        double[] v1 = into.values;
        int[] n1 = into.knownCount;
        double[] v2 = alsoInto.values;
        int[] n2 = alsoInto.knownCount;
        for (int i : cells) {
            double t = 0.0 + a[i] * sa + b[i] * sb + c[i] * sc;
            v1[i] += t;
            n1[i]++;
            v2[i] += t;
            n2[i]++;
        }
        into.partial |= partial;
        into.parts++;
        into.bound += bound;
        alsoInto.partial |= partial;
        alsoInto.parts++;
        alsoInto.bound += bound;
    }

    /** The cells of {@code known}, in order. */
    static int[] cells(int known) {
        int[] out = new int[Integer.bitCount(known)];
        for (int c = 0, k = 0; c < CELLS; c++) {
            if ((known & (1 << c)) != 0) {
                out[k++] = c;
            }
        }
        return out;
    }

    /** The exact check of a line near the limit: throws if a cell of the line or of a sum would pass it. */
    private static void check(Engine.Sum into, Engine.Sum alsoInto, double[] a, double sa, double[] b, double sb,
                              double[] c, double sc, double[] scratch) {
        double[] v1 = into.values;
        double[] v2 = alsoInto == null ? v1 : alsoInto.values;
        boolean finite = true;
        for (int i = 0; i < CELLS; i++) {
            double t = 0.0 + a[i] * sa + b[i] * sb + c[i] * sc;
            scratch[i] = t;
            finite &= Footprint.inRange(v1[i] + t) & Footprint.inRange(v2[i] + t);
        }
        if (!finite) {
            throw overflow(into, alsoInto, scratch);
        }
    }

    /** The refusal of the first cell that overflowed: the line's own footprint, else its addition to a sum. */
    private static IllegalArgumentException overflow(Engine.Sum into, Engine.Sum alsoInto, double[] cells) {
        for (int i = 0; i < CELLS; i++) {
            if (!Footprint.inRange(cells[i])) {
                return Footprint.overflow(i);
            }
        }
        for (int i = 0; i < CELLS; i++) {
            if (!Footprint.inRange(into.values[i] + cells[i])
                    || alsoInto != null && !Footprint.inRange(alsoInto.values[i] + cells[i])) {
                IllegalArgumentException e = Footprint.overflow(i);
                return new IllegalArgumentException("adding this line to the totals: " + e.getMessage(), e);
            }
        }
        throw new AssertionError("no cell overflowed");
    }

    /**
     * A line's scale (its quantity over its lifetime, its amount times its model's inputs…) must be finite: a
     * hostile or mistyped amount ({@code 1e308} units, a lifetime of {@code 1e-300} years) is refused with a
     * sentence, not an internal name.
     */
    static void requireFiniteScale(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("the line's amounts are too large to compute: its quantity or amount"
                    + " over its lifetime (or times its model's inputs) goes beyond the largest number a double holds"
                    + " (about 1.8e308); a quantity or an amount is far too large, a lifetime far too small, or a"
                    + " value is in the wrong unit");
        }
    }
}
