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
 * {@code product.<category>.<model>}: manufacturers' sheets), against which a supplier's declared figure is checked.
 *
 * <pre>{@code
 * ProductRange r = ProductRange.of(catalog, "laptop").orElseThrow();   // e.g. 452 sheets, 150–600 kgCO2e
 * r.check(120);                                                        // BELOW: under the lowest sheet
 * }</pre>
 *
 * @param category the device category
 * @param count    the number of model factors of the category (one per key: the best-preferred one)
 * @param minKgCo2e    the lowest embodied climate footprint per device, kgCO2e
 * @param medianKgCo2e the median
 * @param maxKgCo2e    the highest
 */
public record ProductRange(String category, int count, double minKgCo2e, double medianKgCo2e, double maxKgCo2e) {
    /** The key family of model factors: {@code product.<category>.<maker-model>}. */
    public static final String PREFIX = "product.";

    /** Where a figure lies against the range. */
    public enum Position {
        /** Under the lowest sheet of the category. */
        BELOW,
        /** Within the lowest and highest sheets. */
        WITHIN,
        /** Above the highest sheet. */
        ABOVE
    }

    public ProductRange {
        Objects.requireNonNull(category, "category");
        if (count < 1 || !(minKgCo2e <= medianKgCo2e && medianKgCo2e <= maxKgCo2e)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a range needs count >= 1 and min <= median"
                    + " <= max, was count=%d, %s, %s, %s", count, minKgCo2e, medianKgCo2e, maxKgCo2e));
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
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return Optional.of(new ProductRange(category, n, v[0], median, v[n - 1]));
    }

    /** Where {@code kgCo2e} (embodied, per device) lies against the range. */
    public Position check(double kgCo2e) {
        return kgCo2e < minKgCo2e ? Position.BELOW : kgCo2e > maxKgCo2e ? Position.ABOVE : Position.WITHIN;
    }

    /** The figure as a multiple of the category's median sheet, e.g. 0.45. */
    public double ratioToMedian(double kgCo2e) {
        return kgCo2e / medianKgCo2e;
    }

    /** e.g. {@code laptop: 452 sheets, 150–600 kgCO2e (median 270)}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %d sheets, %s–%s kgCO2e (median %s)", category, count,
                Numbers.format(minKgCo2e), Numbers.format(maxKgCo2e), Numbers.format(medianKgCo2e));
    }
}
