package dev.impact.factor;

import dev.impact.measure.Footprint;
import java.util.Objects;

/**
 * An emission factor: impact values per phase and indicator for one {@link ReferenceUnit} of something
 * (a laptop's manufacture, distribution and end of life; one kWh in France in 2024; one GB over a mobile network).
 *
 * @param id          unique stable id, e.g. {@code device.laptop.ademe-arcep-2022}
 * @param key         what the factor measures; alternatives (sources, years) share a key, e.g. {@code device.laptop}
 * @param name        short English label
 * @param unit        the reference unit the values are per
 * @param values      the values per reference unit; cells without data are not available
 * @param provenance  source, zone, year, estimate flag and note
 * @param uncertainty relative spread, applied to all values together
 */
public record Factor(String id, String key, String name, ReferenceUnit unit, Footprint values, Provenance provenance,
                     Uncertainty uncertainty) {
    public Factor {
        Checks.requireText(id, "id");
        Checks.requireText(key, "key");
        Checks.requireText(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(uncertainty, "uncertainty");
        if (values.isNotAvailable()) {
            throw new IllegalArgumentException("factor " + id + " has no value for any phase and indicator");
        }
    }

    /** Reference year of the data (shortcut for {@code provenance().year()}). */
    public int year() {
        return provenance.year();
    }

    /** Source id (shortcut). */
    public String sourceId() {
        return provenance.source().id();
    }

    @Override
    public String toString() {
        return id + " — " + name + ", per " + unit.symbol() + " [" + provenance + "; uncertainty " + uncertainty + "]\n"
                + values;
    }
}
