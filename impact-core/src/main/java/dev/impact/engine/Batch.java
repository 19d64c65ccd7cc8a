package dev.impact.engine;

import dev.impact.inventory.Activity;
import dev.impact.inventory.CloudCompute;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.Objects;

/**
 * The fast path for columnar callers: many activity lines that differ only in their amount (bytes or GB of one
 * transfer model and zone, TB-years of one storage, vCPU-hours of one provider and zone, requests of one AI service),
 * given as a {@code double[]} and assessed with one plan, resolved once, and no object per item.
 *
 * <pre>{@code
 * Engine.Session s = engine.session(options);
 * Batch gb = s.batch(NetworkTransfer.ofGb(1).model(NetworkModel.SWD_V4).zone("FR"));  // everything but the amount
 * double[] kg = gb.totals(volumesGb, Indicator.CLIMATE_CHANGE, new double[volumesGb.length]);  // per item
 * Engine.Sum total = gb.addAll(volumesGb, new Engine.Sum());                                    // or into a sum
 * }</pre>
 *
 * <p>An item of amount {@code q} is the template line with its quantity ({@link Activity#quantity()}: GB, TB-years,
 * vCPU-hours, requests) set to {@code q}, and its results are the same bits as that line's through the per-line API:
 * {@link #totals} and {@link #values} give what {@link Engine.Session#assess}'s footprint gives
 * ({@code total(indicator)}, {@code value(phase, indicator)}), {@link #addAll} leaves a sum as {@link
 * Engine.Session#add} of each line in turn would. Amounts must be finite and {@code >= 0} (an item of 0 adds zeros);
 * a bad amount is refused naming its index, before anything is written. A cloud template must not carry memory
 * GB-hours or networking GB (they would not scale with the vCPU-hours). {@link #outcome()} is every item's factor
 * ids, parameter ids and defaults. Not thread-safe: like its session, one per thread.
 */
public final class Batch {
    private final Activity template;
    private final ActivityModels.Plan plan;
    private final Terms.Part a;
    private final Terms.Part b;
    private final double[] bCells;
    /** A third part (SWD v3's green data centre on the zone-grid path), else +0.0 everywhere. */
    private final Terms.Part c;
    private final double[] cCells;
    /** The cells the items have data for, in cell order. */
    private final int[] knownCells;
    private final int known;
    private final int partial;
    /** The scales of one unit of amount (an item's scales are its amount times these: see the plan's scales). */
    private final double ua;
    private final double ub;
    private final double uc;
    private final double[] s = new double[6];

    Batch(Activity template, ActivityModels.Plan plan) {
        if (template instanceof CloudCompute) {
            CloudCompute t = (CloudCompute) template;
            if (t.memoryGbHours() > 0 || t.networkGb() > 0 || t.gpuHours() > 0) {
                throw new IllegalArgumentException("a batch varies the vCPU-hours only: its cloud template must have"
                        + " no memoryGbHours (was " + t.memoryGbHours() + "), no networkGb (was " + t.networkGb()
                        + ") and no gpuHours (was " + t.gpuHours() + "), which would not scale with them; assess"
                        + " such lines one by one");
            }
        }
        this.template = template;
        this.plan = plan;
        this.a = plan.a;
        this.b = plan.b;
        this.bCells = b == null ? Terms.ZERO : b.cells;
        this.c = plan.c;
        this.cCells = c == null ? Terms.ZERO : c.cells;
        this.known = plan.known;
        this.partial = plan.partial;
        plan.unitScales(template, s);
        this.ua = s[0];
        this.ub = b == null ? 0 : s[1];
        this.uc = c == null ? 0 : s[2];
        this.knownCells = new int[Integer.bitCount(known)];
        for (int c = 0, k = 0; c < Terms.CELLS; c++) {
            if ((known & (1 << c)) != 0) {
                knownCells[k++] = c;
            }
        }
    }

    /** The line every item copies, but for its amount. */
    public Activity template() {
        return template;
    }

    /** Every item's factor ids, parameter ids and defaults (the template's). */
    public Engine.LineOutcome outcome() {
        return plan.outcome;
    }

    /**
     * Each item's total of {@code indicator} over the phases ({@code Footprint.total}), into {@code out[0 ..
     * amounts.length)}; {@link Double#NaN} for every item when the model has no data for the indicator.
     *
     * @return {@code out}
     * @throws IllegalArgumentException if an amount is negative or not finite, or {@code out} is shorter than
     *                                  {@code amounts}; nothing is written then
     */
    public double[] totals(double[] amounts, Indicator indicator, double[] out) {
        Objects.requireNonNull(indicator, "indicator");
        int n = checked(amounts, out);
        int[] cells = new int[Phase.count()];
        int k = 0;
        for (int p = 0; p < Phase.count(); p++) {
            int c = p * Terms.INDICATORS + indicator.ordinal();
            if ((known & (1 << c)) != 0) {
                cells[k++] = c;
            }
        }
        if (k == 0) {
            java.util.Arrays.fill(out, 0, n, Double.NaN);
            return out;
        }
        double[] ac = a.cells;
        double[] bc = bCells;
        if (k == 1) {
            double a0 = ac[cells[0]];
            double b0 = bc[cells[0]];
            double c0 = cCells[cells[0]];
            for (int i = 0; i < n; i++) {
                double q = amounts[i];
                out[i] = 0 + (0.0 + a0 * (q * ua) + b0 * (q * ub) + c0 * (q * uc));
            }
            return out;
        }
        for (int i = 0; i < n; i++) {
            double q = amounts[i];
            double sa = q * ua;
            double sb = q * ub;
            double sc = q * uc;
            double t = 0;
            for (int j = 0; j < k; j++) {
                int c = cells[j];
                t += 0.0 + ac[c] * sa + bc[c] * sb + cCells[c] * sc;
            }
            out[i] = t;
        }
        return out;
    }

    /**
     * Each item's value of one cell ({@code Footprint.value(phase, indicator)}), into {@code out[0 ..
     * amounts.length)}; {@link Double#NaN} for every item when the model has no data for that cell.
     *
     * @return {@code out}
     * @throws IllegalArgumentException as {@link #totals}
     */
    public double[] values(double[] amounts, Phase phase, Indicator indicator, double[] out) {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(indicator, "indicator");
        int n = checked(amounts, out);
        int c = Terms.cell(phase, indicator);
        if ((known & (1 << c)) == 0) {
            java.util.Arrays.fill(out, 0, n, Double.NaN);
            return out;
        }
        double ac = a.cells[c];
        double bc = bCells[c];
        double cc = cCells[c];
        for (int i = 0; i < n; i++) {
            double q = amounts[i];
            out[i] = 0.0 + ac * (q * ua) + bc * (q * ub) + cc * (q * uc);
        }
        return out;
    }

    /** {@link #addAll(double[], int, int, Engine.Sum)} of every amount. */
    public Engine.Sum addAll(double[] amounts, Engine.Sum into) {
        return addAll(amounts, 0, amounts.length, into);
    }

    /**
     * Adds the items {@code amounts[from .. to)} to {@code into}, each as {@link Engine.Session#add} adds a line.
     *
     * @return {@code into}
     * @throws IllegalArgumentException if an amount is negative or not finite, or (as the per-line API) if a cell
     *                                  of the sum would go beyond {@link dev.impact.measure.Footprint#MAX_CELL};
     *                                  nothing is added then
     */
    public Engine.Sum addAll(double[] amounts, int from, int to, Engine.Sum into) {
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(into, "into");
        Objects.checkFromToIndex(from, to, amounts.length);
        double largest = 0;
        for (int i = from; i < to; i++) {
            largest = Math.max(largest, check(amounts, i));
        }
        int n = to - from;
        if (n == 0) {
            return into;
        }
        // the bound of each item is |sa| × max|a| + |sb| × max|b|; the scales grow with the amount, so the largest
        // amount's bound times n bounds the batch (an over-estimate only decides whether cells need the exact check)
        requireInRange(largest);   // leaves the largest item's scales in s
        double itemBound = Math.abs(s[0]) * a.maxAbs + (b == null ? 0 : Math.abs(s[1]) * b.maxAbs)
                + (c == null ? 0 : Math.abs(s[2]) * c.maxAbs);
        if (!(into.bound + itemBound * n <= Terms.SAFE_BOUND)) {
            return addOneByOne(amounts, from, to, into);
        }
        double[] v = into.values;
        double[] ac = a.cells;
        double[] bc = bCells;
        int[] cells = knownCells;
        double aMax = a.maxAbs;
        double bMax = b == null ? 0 : b.maxAbs;
        double cMax = c == null ? 0 : c.maxAbs;
        double bound = 0;
        // cells outside the known ones would get +0.0 added, which leaves a sum unchanged (see Terms.add)
        if (cells.length == 1) {
            int cell = cells[0];
            double a0 = ac[cell];
            double b0 = bc[cell];
            double c0 = cCells[cell];
            double sum = v[cell];
            for (int i = from; i < to; i++) {
                double q = amounts[i];
                double sa = q * ua;
                double sb = q * ub;
                double sc = q * uc;
                sum += 0.0 + a0 * sa + b0 * sb + c0 * sc;
                bound += Math.abs(sa) * aMax + Math.abs(sb) * bMax + Math.abs(sc) * cMax;
            }
            v[cell] = sum;
        } else {
            for (int i = from; i < to; i++) {
                double q = amounts[i];
                double sa = q * ua;
                double sb = q * ub;
                double sc = q * uc;
                for (int cell : cells) {
                    v[cell] += 0.0 + ac[cell] * sa + bc[cell] * sb + cCells[cell] * sc;
                }
                bound += Math.abs(sa) * aMax + Math.abs(sb) * bMax + Math.abs(sc) * cMax;
            }
        }
        for (int c : cells) {
            into.knownCount[c] += n;
        }
        into.partial |= partial;
        into.parts += n;
        into.bound += bound;
        return into;
    }

    /** Near the limit: each item checked before it is added, as the per-line API does. */
    private Engine.Sum addOneByOne(double[] amounts, int from, int to, Engine.Sum into) {
        double[] scratch = new double[Terms.CELLS];
        for (int i = from; i < to; i++) {
            plan.scales(template, amounts[i], s);
            double sb = b == null ? 0 : s[1];
            double sc = c == null ? 0 : s[2];
            double bound = Math.abs(s[0]) * a.maxAbs + (b == null ? 0 : Math.abs(sb) * b.maxAbs)
                    + (c == null ? 0 : Math.abs(sc) * c.maxAbs);
            try {
                Terms.add(into, null, a.cells, s[0], bCells, sb, cCells, sc, known, partial, bound, scratch);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("amounts[" + i + "] (" + amounts[i] + "): " + e.getMessage(), e);
            }
        }
        return into;
    }

    private int checked(double[] amounts, double[] out) {
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(out, "out");
        if (out.length < amounts.length) {
            throw new IllegalArgumentException("out holds " + out.length + " values, fewer than the "
                    + amounts.length + " amounts");
        }
        double largest = 0;
        for (int i = 0; i < amounts.length; i++) {
            largest = Math.max(largest, check(amounts, i));
        }
        if (amounts.length > 0) {
            requireInRange(largest);
        }
        return amounts.length;
    }

    /**
     * As a line of the largest amount is checked: finite scales and every cell within {@link
     * dev.impact.measure.Footprint#MAX_CELL} (the scales grow with the amount, so the other items are within too).
     */
    private void requireInRange(double largest) {
        plan.scales(template, largest, s);
        double sb = b == null ? 0 : s[1];
        double sc = c == null ? 0 : s[2];
        Terms.requireFiniteScale(s[0]);
        Terms.requireFiniteScale(sb);
        Terms.requireFiniteScale(sc);
        for (int cell : knownCells) {
            if (!dev.impact.measure.Footprint.inRange(0.0 + a.cells[cell] * s[0] + bCells[cell] * sb
                    + cCells[cell] * sc)) {
                throw new IllegalArgumentException("the largest amount (" + largest + "): "
                        + dev.impact.measure.Footprint.overflow(cell).getMessage());
            }
        }
    }

    private static double check(double[] amounts, int i) {
        double q = amounts[i];
        if (!(q >= 0) || q == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("amounts[" + i + "] must be a finite number >= 0, was " + q);
        }
        return q;
    }

    @Override
    public String toString() {
        return "Batch of " + template;
    }
}
