package dev.impact.compare;

import java.util.List;
import java.util.Locale;

/**
 * A named formula turning an offer's figure into points on an award criterion, where a lower figure is better
 * (a footprint, a cost): {@code max} points for the best offer, fewer for the others. The formulas are those French
 * public buyers commonly state in their consultation rules.
 *
 * <pre>{@code
 * Scoring.PROPORTIONAL_TO_BEST.points(120, 100, 150, 40)   // 40 × 100 / 120 = 33.33
 * }</pre>
 */
public enum Scoring {
    /** {@code max × best / value}: half the points for twice the best figure; never 0. */
    PROPORTIONAL_TO_BEST("proportional", "max × best / value"),
    /** {@code max × (worst − value) / (worst − best)}: the best gets max, the worst 0; all max when they tie. */
    LINEAR_BEST_WORST("linear", "max × (worst − value) / (worst − best)"),
    /** {@code max × max(0, 1 − (value − best) / best)}: points fall linearly with the gap to the best, 0 at twice it. */
    RELATIVE_GAP("relative-gap", "max × max(0, 1 − (value − best) / best)");

    private final String code;
    private final String formula;

    Scoring(String code, String formula) {
        this.code = code;
        this.formula = formula;
    }

    /** The code used in files and on the command line: {@code proportional}, {@code linear}, {@code relative-gap}. */
    public String code() {
        return code;
    }

    /** The formula, e.g. {@code max × best / value}. */
    public String formula() {
        return formula;
    }

    /**
     * The scoring of this code (case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown code, naming the known ones
     */
    public static Scoring ofCode(String code) {
        java.util.Objects.requireNonNull(code, "code");
        for (Scoring s : values()) {
            if (s.code.equalsIgnoreCase(code.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("scoring must be one of " + List.of("proportional", "linear",
                "relative-gap") + ", was '" + code + "'");
    }

    /**
     * The points of {@code value}, given the best (lowest) and worst (highest) values of all offers and the points
     * the best one gets. Values are ≥ 0; a best value of 0 gives max points to offers at 0 and none to the others
     * (proportional and relative gap).
     */
    public double points(double value, double best, double worst, double max) {
        switch (this) {
            case PROPORTIONAL_TO_BEST:
                return value <= best ? max : best <= 0 ? 0 : max * best / value;
            case LINEAR_BEST_WORST:
                return worst <= best ? max : max * (worst - value) / (worst - best);
            default:
                return value <= best ? max : best <= 0 ? 0 : max * Math.max(0, 1 - (value - best) / best);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s)", code, formula);
    }
}
