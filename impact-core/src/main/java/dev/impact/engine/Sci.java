package dev.impact.engine;

import dev.impact.measure.Numbers;
import java.util.Locale;
import java.util.Objects;

/**
 * Software Carbon Intensity (SCI, ISO/IEC 21031:2024, the Green Software Foundation's specification): the rate of
 * carbon emissions per functional unit, {@code SCI = ((E × I) + M) per R}, for the lines of an assessment.
 * <ul>
 * <li><b>E</b>: the electricity the lines' use phase is computed from, kWh (at the meter, PUE included where the
 *     model applies one), summed over the lines whose model has it ({@code linesWithEnergy});</li>
 * <li><b>I</b>: their use-phase climate change per kWh, kgCO2e/kWh ({@code operationalKgCo2e / energyKWh}): the
 *     location-based average grid intensity the assessment used (the zone's grid factor, or the model's);</li>
 * <li><b>O'</b>: the use-phase climate change of the lines whose model gives no energy (per-GB network and
 *     per-TB-year storage factors, {@code linesWithoutEnergy}), counted in the operational part as they are;</li>
 * <li><b>M</b>: embodied emissions, the climate change of manufacture, distribution and end of life as the
 *     assessment's accounting allocates them to the period (yearly accounting: the lifetime share, SCI's
 *     time-share; the resource share is the line's quantity);</li>
 * <li><b>R</b>: {@code units} of the functional unit {@code functionalUnit} (users, visits, API calls…) in the
 *     same period.</li>
 * </ul>
 * Made by {@code Assessor.sci(inventory, functionalUnit, units)}. Immutable.
 *
 * @param functionalUnit     the functional unit R names, e.g. {@code "user"}
 * @param units              how many of it (R), &gt; 0
 * @param energyKWh          E, kWh
 * @param operationalKgCo2e  E × I, kgCO2e
 * @param otherOperationalKgCo2e O', kgCO2e (lines without an energy figure)
 * @param embodiedKgCo2e     M, kgCO2e
 * @param linesWithEnergy    lines counted in E
 * @param linesWithoutEnergy lines counted in O'
 * @param partial            whether a line had no climate-change data in some phase (the figures are then lower
 *                           bounds)
 */
public record Sci(String functionalUnit, double units, double energyKWh, double operationalKgCo2e,
                  double otherOperationalKgCo2e, double embodiedKgCo2e, int linesWithEnergy, int linesWithoutEnergy,
                  boolean partial) {
    public Sci {
        check(functionalUnit, units);
    }

    static void check(String functionalUnit, double units) {
        Objects.requireNonNull(functionalUnit, "functionalUnit");
        if (functionalUnit.isBlank()) {
            throw new IllegalArgumentException("functionalUnit must not be blank, was '" + functionalUnit + "'");
        }
        if (!Double.isFinite(units) || units <= 0) {
            throw new IllegalArgumentException("units (R) must be a finite number > 0, was " + units);
        }
    }

    /** I: kgCO2e per kWh of E, or NaN when E is 0. */
    public double intensityKgPerKWh() {
        return energyKWh > 0 ? operationalKgCo2e / energyKWh : Double.NaN;
    }

    /** The total over the R units: E × I + O' + M, kgCO2e. */
    public double totalKgCo2e() {
        return operationalKgCo2e + otherOperationalKgCo2e + embodiedKgCo2e;
    }

    /** SCI: kgCO2e per one functional unit. */
    public double kgCo2ePerUnit() {
        return totalKgCo2e() / units;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SCI = ((E × I) + M) per R = %s kgCO2e per %s%n"
                        + "  E = %s kWh (%d lines), I = %s kgCO2e/kWh, E × I = %s kgCO2e%n"
                        + "  operational without an energy figure = %s kgCO2e (%d lines)%n"
                        + "  M = %s kgCO2e%n  R = %s %s%s",
                Numbers.format(kgCo2ePerUnit()), functionalUnit, Numbers.format(energyKWh), linesWithEnergy,
                Numbers.format(intensityKgPerKWh()), Numbers.format(operationalKgCo2e),
                Numbers.format(otherOperationalKgCo2e), linesWithoutEnergy, Numbers.format(embodiedKgCo2e),
                Numbers.format(units), functionalUnit, partial ? "\n  (partial: some lines lack climate data in a"
                        + " phase; a lower bound)" : "");
    }
}
