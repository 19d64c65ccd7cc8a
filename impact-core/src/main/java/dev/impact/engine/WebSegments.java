package dev.impact.engine;

import dev.impact.inventory.NetworkModel;
import dev.impact.measure.Numbers;
import java.util.Locale;
import java.util.Objects;

/**
 * The climate change of one network transfer line under a Sustainable Web Design model, by segment, in kgCO2e for the
 * whole line (all its visits): the segments co2.js reports with {@code results: 'segment'}. Operational segments run
 * on their grid (the zone's, the segment's own, co2.js's under the CO2JS convention, or the model's); the data
 * centre's is after the green-hosting share (co2.js's SWD v4 segment output is before it: multiply by 1 − the green
 * share to compare). Embodied segments (SWD v4) and production (SWD v3) are at the model's own intensity. They add up
 * to the line's climate change ({@link #totalKgCo2e()}). Made by {@code Assessor.webSegments(line)}.
 *
 * @param model                     SWD_V3 or SWD_V4
 * @param dataCentreOperationalKg   data centre, operational (after the green share)
 * @param networkOperationalKg      networks, operational
 * @param deviceOperationalKg       user devices, operational
 * @param dataCentreEmbodiedKg      data centre, embodied (SWD v4; 0 under v3)
 * @param networkEmbodiedKg         networks, embodied (SWD v4; 0 under v3)
 * @param deviceEmbodiedKg          user devices, embodied (SWD v4; 0 under v3)
 * @param productionKg              production of the equipment (SWD v3; 0 under v4)
 */
public record WebSegments(NetworkModel model, double dataCentreOperationalKg, double networkOperationalKg,
                          double deviceOperationalKg, double dataCentreEmbodiedKg, double networkEmbodiedKg,
                          double deviceEmbodiedKg, double productionKg) {
    public WebSegments {
        Objects.requireNonNull(model, "model");
    }

    /** Operational segments, kgCO2e. */
    public double operationalKgCo2e() {
        return dataCentreOperationalKg + networkOperationalKg + deviceOperationalKg;
    }

    /** Embodied segments and production, kgCO2e. */
    public double embodiedKgCo2e() {
        return dataCentreEmbodiedKg + networkEmbodiedKg + deviceEmbodiedKg + productionKg;
    }

    /** All segments: the line's climate change, kgCO2e. */
    public double totalKgCo2e() {
        return operationalKgCo2e() + embodiedKgCo2e();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "WebSegments[%s, kgCO2e: data centre %s + %s, network %s + %s, device %s + %s,"
                        + " production %s; total %s]", model.name().toLowerCase(Locale.ROOT),
                Numbers.format(dataCentreOperationalKg), Numbers.format(dataCentreEmbodiedKg),
                Numbers.format(networkOperationalKg), Numbers.format(networkEmbodiedKg),
                Numbers.format(deviceOperationalKg), Numbers.format(deviceEmbodiedKg), Numbers.format(productionKg),
                Numbers.format(totalKgCo2e()));
    }
}
