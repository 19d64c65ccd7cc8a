package dev.impact.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Display formatting of numbers for {@code toString()}s: 4 significant figures, {@link Locale#ROOT}. */
public final class Numbers {
    private static final MathContext FOUR = new MathContext(4, RoundingMode.HALF_EVEN);

    private Numbers() {
    }

    /**
     * Formats with 4 significant figures in plain notation between 1e-3 and 1e9, scientific outside;
     * {@code n/a} for NaN.
     */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e-3 || a >= 1e9) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        BigDecimal d = new BigDecimal(v).round(FOUR).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
