package dev.impact.compare;

import java.util.Arrays;
import java.util.Locale;

/**
 * What an offer costs, line by line (aligned with its inventory's lines): the purchase price of one unit and the
 * end-of-life cost of one unit (collection, data wiping, recycling; 0 when included or taken back free), in the
 * tender's currency. Electricity is priced by the {@link Tender}. Immutable.
 *
 * <pre>{@code
 * Costs.of(new double[] {1_050}, new double[] {12})   // one line: 1 050 per laptop, 12 per laptop at end of life
 * }</pre>
 */
public final class Costs {
    private static final Costs NONE = new Costs(new double[0], new double[0]);

    private final double[] unitPrices;
    private final double[] endOfLifePerUnit;

    private Costs(double[] unitPrices, double[] endOfLifePerUnit) {
        this.unitPrices = unitPrices;
        this.endOfLifePerUnit = endOfLifePerUnit;
    }

    /**
     * Costs per line: {@code unitPrices[i]} and {@code endOfLifePerUnit[i]} for line i, each finite and ≥ 0.
     *
     * @throws IllegalArgumentException if the arrays differ in length, are empty, or hold a negative or non-finite
     *                                  number
     */
    public static Costs of(double[] unitPrices, double[] endOfLifePerUnit) {
        java.util.Objects.requireNonNull(unitPrices, "unitPrices");
        java.util.Objects.requireNonNull(endOfLifePerUnit, "endOfLifePerUnit");
        if (unitPrices.length != endOfLifePerUnit.length || unitPrices.length == 0) {
            throw new IllegalArgumentException("unitPrices and endOfLifePerUnit must have one value per line, were "
                    + unitPrices.length + " and " + endOfLifePerUnit.length + " long");
        }
        check(unitPrices, "unitPrices");
        check(endOfLifePerUnit, "endOfLifePerUnit");
        return new Costs(unitPrices.clone(), endOfLifePerUnit.clone());
    }

    /** No costs given (an offer compared on its footprint only). */
    public static Costs none() {
        return NONE;
    }

    private static void check(double[] v, String name) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i]) || v[i] < 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s[%d] must be a finite number >= 0 (currency units per unit), was %s", name, i, v[i]));
            }
        }
    }

    /** Whether costs were given. */
    public boolean given() {
        return unitPrices.length > 0;
    }

    /** Number of lines priced (0 for {@link #none()}). */
    public int lines() {
        return unitPrices.length;
    }

    /** Purchase price of one unit of line {@code i}. */
    public double unitPrice(int i) {
        return unitPrices[i];
    }

    /** End-of-life cost of one unit of line {@code i}. */
    public double endOfLifePerUnit(int i) {
        return endOfLifePerUnit[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Costs && Arrays.equals(((Costs) o).unitPrices, unitPrices)
                && Arrays.equals(((Costs) o).endOfLifePerUnit, endOfLifePerUnit);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(unitPrices) + Arrays.hashCode(endOfLifePerUnit);
    }

    @Override
    public String toString() {
        return given() ? "Costs[unit prices " + Arrays.toString(unitPrices) + ", end of life per unit "
                + Arrays.toString(endOfLifePerUnit) + "]" : "Costs[none]";
    }
}
