package dev.impact.spark;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An exact sum of doubles: the running sum is kept without rounding, as a few non-overlapping doubles (Shewchuk's
 * expansion, "Adaptive precision floating-point arithmetic", Discrete &amp; Computational Geometry 18, 1997), and
 * {@link #value()} is the exact sum rounded once to the nearest double (ties to even). The value therefore does not
 * depend on the order the numbers were added in, nor on how they were split into partial sums later merged: the
 * property that makes a total computed over any Spark partitioning the same bits.
 *
 * <p>Inputs are finite footprint values; a non-finite input makes the value non-finite (NaN or an infinity, as
 * plain addition would). Intermediate sums above {@code Double.MAX_VALUE} are not handled (footprints are far below).
 * Not thread-safe.
 */
public final class ExactSum implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Non-overlapping parts, increasing in magnitude; their exact sum is the sum so far. */
    private double[] parts = new double[4];
    private int size;
    private long count;
    /** The sum of the non-finite inputs (0 when there was none). */
    private double special;

    /** Adds {@code x} exactly. */
    public ExactSum add(double x) {
        count++;
        if (!Double.isFinite(x)) {
            special += x;
            return this;
        }
        int kept = 0;
        for (int j = 0; j < size; j++) {
            double y = parts[j];
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x); // exact: hi + lo == x + y (|x| >= |y|)
            if (lo != 0) {
                parts[kept++] = lo;
            }
            x = hi;
        }
        if (kept == parts.length) {
            parts = Arrays.copyOf(parts, parts.length * 2);
        }
        parts[kept++] = x;
        size = kept;
        return this;
    }

    /** Adds everything {@code other} holds, exactly. */
    public ExactSum add(ExactSum other) {
        for (int i = 0; i < other.size; i++) {
            add(other.parts[i]);
        }
        count += other.count - other.size;
        special += other.special;
        return this;
    }

    /**
     * The non-overlapping parts whose exact sum is the sum so far (non-finite inputs left out): adding them to
     * another {@code ExactSum}, in any order, adds exactly this sum.
     */
    public double[] parts() {
        return Arrays.copyOf(parts, size);
    }

    /** How many numbers were added (directly or through merged sums). */
    public long count() {
        return count;
    }

    /** The exact sum rounded to the nearest double, ties to even; 0 when nothing was added. */
    public double value() {
        if (special != 0 || Double.isNaN(special)) {
            return special;
        }
        int n = size;
        if (n == 0) {
            return 0.0;
        }
        double hi = parts[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi;
            double y = parts[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0) {
                break;
            }
        }
        // hi + lo is exact and hi is lo's round-to-nearest; when lo is exactly half an ulp of hi, the parts below
        // (same sign as lo) decide the rounding: move hi one ulp toward lo if hi + 2·lo is representable
        if (n > 0 && (lo < 0 && parts[n - 1] < 0 || lo > 0 && parts[n - 1] > 0)) {
            double y = lo * 2;
            double x = hi + y;
            if (x - hi == y) {
                hi = x;
            }
        }
        return hi;
    }

    @Override
    public String toString() {
        return "ExactSum[" + value() + ", " + count + " numbers]";
    }
}
