package dev.impact.factor;

import java.util.Objects;

/**
 * A traceable scalar: a model constant (RAM watts per GB, CPU power-curve coefficients) or an archetype default
 * (a laptop's default lifetime, power, mass).
 *
 * @param id          unique stable id, e.g. {@code device.laptop.lifetime}
 * @param value       the central value, in {@code unit}
 * @param unit        unit symbol, e.g. {@code year}, {@code W}, {@code kg}, {@code ratio}
 * @param provenance  source, zone, year, estimate flag and note
 * @param uncertainty relative spread
 */
public record Parameter(String id, double value, String unit, Provenance provenance, Uncertainty uncertainty) {
    public Parameter {
        Checks.requireText(id, "id");
        Checks.requireFinite(value, id);
        Checks.requireText(unit, "unit");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(uncertainty, "uncertainty");
    }

    @Override
    public String toString() {
        return id + " = " + dev.impact.measure.Numbers.format(value) + " " + unit + " [" + provenance + "; uncertainty "
                + uncertainty + "]";
    }
}
