package dev.impact.uncertainty;

import dev.impact.measure.Numbers;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Statistics of a simulated quantity: mean, median, standard deviation and the requested percentiles, in the unit of
 * what was simulated. Percentiles interpolate linearly between order statistics (Hyndman–Fan type 7, the default
 * of R and NumPy). Immutable.
 */
public final class Summary {
    private final int draws;
    private final double mean;
    private final double standardDeviation;
    private final double median;
    private final SortedMap<Double, Double> percentiles;

    private Summary(int draws, double mean, double standardDeviation, double median,
                    SortedMap<Double, Double> percentiles) {
        this.draws = draws;
        this.mean = mean;
        this.standardDeviation = standardDeviation;
        this.median = median;
        this.percentiles = Collections.unmodifiableSortedMap(percentiles);
    }

    /**
     * Statistics of {@code samples} (not modified), with these percentiles.
     *
     * @throws IllegalArgumentException if there are fewer than 2 samples, a sample is NaN or infinite, or a percentile is
     *                                  outside (0, 100)
     */
    public static Summary of(double[] samples, double... percentiles) {
        java.util.Objects.requireNonNull(samples, "samples");
        java.util.Objects.requireNonNull(percentiles, "percentiles");
        if (samples.length < 2) {
            throw new IllegalArgumentException("samples must hold at least 2 values, was " + samples.length);
        }
        for (double q : percentiles) {
            if (!(q > 0 && q < 100)) {
                throw new IllegalArgumentException("percentiles must be in (0, 100) (%), was " + q);
            }
        }
        int n = samples.length;
        double sum = 0;
        for (double v : samples) {
            sum += v;
        }
        if (Double.isNaN(sum)) {
            throw new IllegalArgumentException("samples must not contain NaN");
        }
        double mean = sum / n;
        if (Double.isInfinite(sum)) {
            mean = 0; // finite samples whose sum overflows: the mean of their n-ths
            for (double v : samples) {
                if (Double.isInfinite(v)) {
                    throw new IllegalArgumentException("samples must be finite, was " + v);
                }
                mean += v / n;
            }
        }
        double ss = 0;
        for (double v : samples) {
            double d = v - mean;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / (n - 1));
        if (Double.isInfinite(sd) || Double.isInfinite(ss)) {
            // samples so large that their squares leave the range of a double: the same sum, scaled by the largest
            // deviation (only then, so that ordinary samples keep the plain formula's exact bits)
            double scale = 0;
            for (double v : samples) {
                scale = Math.max(scale, Math.abs(v - mean));
            }
            double scaled = 0;
            for (double v : samples) {
                double d = (v - mean) / scale;
                scaled += d * d;
            }
            sd = scale * Math.sqrt(scaled / (n - 1));
        }
        // order statistics by selection (expected linear time) rather than a full sort: percentiles are taken in
        // increasing order, each selection narrowing the range the next one searches
        double[] work = samples.clone();
        double[] qs = new double[percentiles.length + 1];
        System.arraycopy(percentiles, 0, qs, 0, percentiles.length);
        qs[percentiles.length] = 50;
        Arrays.sort(qs);
        SortedMap<Double, Double> p = new TreeMap<>();
        int from = 0;
        for (double q : qs) {
            double h = (n - 1) * q / 100;
            int lo = (int) Math.floor(h);
            if (lo >= from) {
                select(work, lo, from, n - 1);
                from = lo;
            }
            double a = work[lo];
            double b = a;
            if (lo + 1 < n) {
                b = Double.POSITIVE_INFINITY;
                for (int k = lo + 1; k < n; k++) {
                    b = Math.min(b, work[k]);
                }
            }
            p.put(q, h == lo ? a : a + (h - lo) * (b - a));
        }
        double median = p.get(50.0);
        SortedMap<Double, Double> requested = new TreeMap<>();
        for (double q : percentiles) {
            requested.put(q, p.get(q));
        }
        return new Summary(n, mean, sd, median, requested);
    }

    /**
     * Rearranges {@code a[lo..hi]} so that {@code a[k]} holds the value it would have if sorted, smaller or equal
     * values before it and greater or equal after (Hoare's selection with a median-of-three pivot).
     */
    static void select(double[] a, int k, int lo, int hi) {
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            // median of three as pivot
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** Type-7 percentile of sorted values, {@code q} in (0, 100). */
    static double percentile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q / 100;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Number of draws. */
    public int draws() {
        return draws;
    }

    /** Mean. */
    public double mean() {
        return mean;
    }

    /** Sample standard deviation (n − 1). */
    public double standardDeviation() {
        return standardDeviation;
    }

    /** Median (50th percentile). */
    public double median() {
        return median;
    }

    /**
     * One of the requested percentiles.
     *
     * @throws IllegalArgumentException if {@code q} was not requested
     */
    public double percentile(double q) {
        Double v = percentiles.get(q);
        if (v == null) {
            throw new IllegalArgumentException("percentile " + q + " was not requested; requested: "
                    + percentiles.keySet());
        }
        return v;
    }

    /** The requested percentiles, by percentage. */
    public SortedMap<Double, Double> percentiles() {
        return percentiles;
    }

    /** Standard error of the mean. */
    public double standardError() {
        return standardDeviation / Math.sqrt(draws);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "mean %s, median %s, sd %s",
                Numbers.format(mean), Numbers.format(median), Numbers.format(standardDeviation)));
        for (Map.Entry<Double, Double> e : percentiles.entrySet()) {
            sb.append(String.format(Locale.ROOT, ", p%s %s", Numbers.format(e.getKey()),
                    Numbers.format(e.getValue())));
        }
        return sb.append(" (").append(draws).append(" draws)").toString();
    }
}
