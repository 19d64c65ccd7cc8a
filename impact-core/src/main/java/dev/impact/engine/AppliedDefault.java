package dev.impact.engine;

import dev.impact.measure.Numbers;
import java.util.Objects;

/**
 * A model input the user did not give and the engine completed, so that a report can say
 * "lifetime assumed 5 years (device.laptop.lifetime: ADEME…)".
 *
 * @param field  the input, e.g. {@code lifetimeYears}, {@code cpu.dieArea}
 * @param value  the numeric value used, or {@link Double#NaN} for a non-numeric one (a zone, a case type)
 * @param text   the value as text: the non-numeric value, or empty for a numeric one
 * @param unit   the unit of a numeric value, e.g. {@code years} (empty if none)
 * @param status how it was obtained
 * @param basis  the parameter or factor id it came from, or the rule applied
 * @param source a short citation of the source (may be empty for rules)
 */
public record AppliedDefault(String field, double value, String text, String unit, InputStatus status,
                             String basis, String source) {
    public AppliedDefault {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(source, "source");
    }

    /** A numeric completed input. */
    public static AppliedDefault numeric(String field, double value, String unit, InputStatus status, String basis,
                                         String source) {
        return new AppliedDefault(field, value, "", unit, status, basis, source);
    }

    /** A non-numeric completed input. */
    public static AppliedDefault text(String field, String text, InputStatus status, String basis) {
        return new AppliedDefault(field, Double.NaN, text, "", status, basis, "");
    }

    /** The value as displayed: the text, or the number with its unit. */
    public String displayValue() {
        return Double.isNaN(value) ? text : Numbers.format(value) + (unit.isEmpty() ? "" : " " + unit);
    }

    /**
     * Equal when every component is, as a record's ({@code value} compared as {@link Double#compare} does).
     * Written out: the generated methods spin method-handle classes on first use, enough of them at the start of a
     * long run to keep the JIT from the hot code ({@code AppliedDefaultTest} checks every component counts).
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AppliedDefault)) {
            return false;
        }
        AppliedDefault d = (AppliedDefault) o;
        return Double.compare(value, d.value) == 0 && field.equals(d.field) && text.equals(d.text)
                && unit.equals(d.unit) && status == d.status && basis.equals(d.basis) && source.equals(d.source);
    }

    @Override
    public int hashCode() {
        int h = field.hashCode();
        h = 31 * h + Double.hashCode(value);
        h = 31 * h + text.hashCode();
        h = 31 * h + unit.hashCode();
        h = 31 * h + status.hashCode();
        h = 31 * h + basis.hashCode();
        return 31 * h + source.hashCode();
    }

    @Override
    public String toString() {
        return field + " assumed " + displayValue() + " ("
                + status.name().toLowerCase(java.util.Locale.ROOT) + ": " + basis
                + (source.isEmpty() ? "" : " — " + source) + ")";
    }
}
