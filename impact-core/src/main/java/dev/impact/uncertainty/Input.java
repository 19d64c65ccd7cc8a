package dev.impact.uncertainty;

import dev.impact.engine.Multiplier;

/** A line input whose spread the user can give (see {@link InputUncertainty}). */
public enum Input {
    /** Lifetime in years (embodied impacts per year go as 1 / lifetime). */
    LIFETIME(Multiplier.LIFETIME),
    /** Electricity per unit per year (power × hours, or kWh per year). */
    ENERGY(Multiplier.ENERGY),
    /** Mass per unit (e-waste). */
    MASS(Multiplier.MASS),
    /** The line's quantity (units, GB, TB-years, vCPU-hours, requests). */
    QUANTITY(Multiplier.QUANTITY);

    private final String field;

    Input(String field) {
        this.field = field;
    }

    /** The engine's field name, e.g. {@code lifetimeYears}. */
    public String field() {
        return field;
    }
}
