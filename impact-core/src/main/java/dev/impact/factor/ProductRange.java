package dev.impact.factor;

import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The spread of a device category's model-level embodied climate footprints in a catalog (the factors
 * {@code product.<category>.<model>}: manufacturers' sheets), against which a supplier's declared figure is checked:
 * a figure under the sheets' 5th percentile or above their 95th is flagged (the extremes of hundreds of sheets are
 * too far apart to flag anything: 51 to 862 kgCO2e for the laptops of dataset 2026.3). Percentiles interpolate
 * linearly between order statistics (p = (n − 1) × q).
 *
 * <pre>{@code
 * ProductRange r = ProductRange.of(catalog, "laptop").orElseThrow();   // e.g. 452 sheets, 150–600 kgCO2e
 * r.check(90);                                                         // BELOW: under the 5th percentile
 * }</pre>
 *
 * @param category the device category
 * @param count    the number of model factors of the category (one per key: the best-preferred one)
 * @param minKgCo2e    the lowest embodied climate footprint per device, kgCO2e
 * @param p5KgCo2e     the 5th percentile
 * @param medianKgCo2e the median
 * @param p95KgCo2e    the 95th percentile
 * @param maxKgCo2e    the highest
 */
public record ProductRange(String category, int count, double minKgCo2e, double p5KgCo2e, double medianKgCo2e,
                           double p95KgCo2e, double maxKgCo2e) {
    /** The key family of model factors: {@code product.<category>.<maker-model>}. */
    public static final String PREFIX = "product.";

    /** Where a figure lies against the range. */
    public enum Position {
        /** Under the category's 5th percentile. */
        BELOW,
        /** Between the 5th and 95th percentiles. */
        WITHIN,
        /** Above the 95th percentile. */
        ABOVE
    }

    public ProductRange {
        Objects.requireNonNull(category, "category");
        if (count < 1 || !(minKgCo2e <= p5KgCo2e && p5KgCo2e <= medianKgCo2e && medianKgCo2e <= p95KgCo2e
                && p95KgCo2e <= maxKgCo2e)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a range needs count >= 1 and min <= p5 <="
                    + " median <= p95 <= max, was count=%d, %s, %s, %s, %s, %s", count, minKgCo2e, p5KgCo2e,
                    medianKgCo2e, p95KgCo2e, maxKgCo2e));
        }
    }

    /**
     * The range of {@code category}'s model factors in {@code catalog} (embodied climate change: manufacture,
     * distribution and end of life), or empty when it has none.
     */
    public static Optional<ProductRange> of(FactorCatalog catalog, String category) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(category, "category");
        String family = PREFIX + category + ".";
        List<Double> values = new ArrayList<>();
        for (String key : catalog.keys()) {
            if (key.startsWith(family) && key.indexOf('.', family.length()) < 0) {
                // one figure per model: the first-preferred factor of the key, whatever its year
                List<Factor> fs = catalog.candidates(key, Integer.MAX_VALUE, List.of());
                if (!fs.isEmpty()) {
                    values.add(fs.get(0).values().embodied(Indicator.CLIMATE_CHANGE));
                }
            }
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return Optional.of(new ProductRange(category, v.length, v[0], quantile(v, 0.05), quantile(v, 0.5),
                quantile(v, 0.95), v[v.length - 1]));
    }

    private static double quantile(double[] sorted, double q) {
        double pos = (sorted.length - 1) * q;
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Where {@code kgCo2e} (embodied, per device) lies against the range. */
    public Position check(double kgCo2e) {
        return kgCo2e < p5KgCo2e ? Position.BELOW : kgCo2e > p95KgCo2e ? Position.ABOVE : Position.WITHIN;
    }

    /** The figure as a multiple of the category's median sheet, e.g. 0.45. */
    public double ratioToMedian(double kgCo2e) {
        return kgCo2e / medianKgCo2e;
    }

    /** e.g. {@code laptop: 420 sheets, p5–p95 120–400 kgCO2e (median 242, min 51, max 862)}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %d sheets, p5–p95 %s–%s kgCO2e (median %s, min %s, max %s)", category,
                count, Numbers.format(p5KgCo2e), Numbers.format(p95KgCo2e), Numbers.format(medianKgCo2e),
                Numbers.format(minKgCo2e), Numbers.format(maxKgCo2e));
    }
}
