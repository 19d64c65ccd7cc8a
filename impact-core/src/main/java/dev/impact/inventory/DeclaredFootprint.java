package dev.impact.inventory;

import dev.impact.factor.Uncertainty;
import dev.impact.measure.Numbers;
import java.util.Locale;
import java.util.Objects;

/**
 * A supplier's declared embodied climate footprint of one device (manufacture, transport and end of life, kgCO2e),
 * with where it comes from: a line-level override of the catalog's figure for the model or category. The use phase
 * is not taken from the declaration: it is computed from the line's electricity and the grid, as for every line.
 *
 * <pre>{@code
 * DeviceFleet.of("laptop", 200).model("Dell Latitude 5430")
 *         .declared(DeclaredFootprint.of(250, "Dell PCF sheet Latitude 5430, March 2022"));
 * }</pre>
 *
 * @param embodiedKgCo2e the declared embodied footprint per device, kgCO2e (> 0)
 * @param source         where the figure comes from (document, date, page or address): shown in reports
 * @param uncertainty    its spread; {@link #of(double, String)} uses {@link #TYPICAL_SPREAD}
 */
public record DeclaredFootprint(double embodiedKgCo2e, String source, Uncertainty uncertainty) {
    /**
     * ±20 %, uniform: the median error margin (gwp_error_ratio 0.203) of the 820 manufacturer sheets that give one in
     * Boavizta's compilation (dataset 2026.3, source {@code boavizta-pcf-models-61323eb}).
     */
    public static final Uncertainty TYPICAL_SPREAD = Uncertainty.uniform(0.8, 1.2);

    public DeclaredFootprint {
        Checks.positive(embodiedKgCo2e, "embodiedKgCo2e", "kgCO2e");
        source = Checks.text(source, "source").trim();
        Objects.requireNonNull(uncertainty, "uncertainty");
    }

    /** A declared value with the typical spread of manufacturers' sheets ({@link #TYPICAL_SPREAD}). */
    public static DeclaredFootprint of(double embodiedKgCo2e, String source) {
        return new DeclaredFootprint(embodiedKgCo2e, source, TYPICAL_SPREAD);
    }

    /** A copy with this spread. */
    public DeclaredFootprint withUncertainty(Uncertainty uncertainty) {
        return new DeclaredFootprint(embodiedKgCo2e, source, uncertainty);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "declared %s kgCO2e embodied (%s; %s)", Numbers.format(embodiedKgCo2e),
                source, uncertainty);
    }
}
