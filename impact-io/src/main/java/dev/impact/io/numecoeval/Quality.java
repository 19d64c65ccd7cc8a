package dev.impact.io.numecoeval;

import java.util.Locale;
import java.util.Optional;

/**
 * NumEcoEval's data-quality tier ({@code qualite}: {@code HAUTE}, {@code MOYENNE}, {@code BASSE}) and the uncertainty
 * width impact gives it. NumEcoEval carries the label only; the widths are impact's choice, not a published figure:
 * a lognormal spread with geometric standard deviation 1.2 (high), 1.5 (medium) and 2.0 (low quality), so that the
 * 5th–95th percentile range is ×/÷ 1.35, 1.95 and 3.13 around the value. A line without a tier is read as medium.
 */
public enum Quality {
    /** Measured or inventoried data ({@code HAUTE}): gsd 1.2. */
    HAUTE(1.2),
    /** Partly estimated data ({@code MOYENNE}), and lines without a tier: gsd 1.5. */
    MOYENNE(1.5),
    /** Rough estimates ({@code BASSE}): gsd 2.0. */
    BASSE(2.0);

    /** z of the 95th percentile of a standard normal distribution. */
    private static final double Z95 = 1.6448536269514722;

    private final double gsd;

    Quality(double gsd) {
        this.gsd = gsd;
    }

    /** The geometric standard deviation of the lognormal spread given to a value of this tier. */
    public double gsd() {
        return gsd;
    }

    /** The factor between a value and its 95th percentile (and between its 5th percentile and it): gsd^1.645. */
    public double p95Ratio() {
        return Math.pow(gsd, Z95);
    }

    /** The tier written as {@code text} (case and accents ignored; {@code HIGH/MEDIUM/LOW} accepted), if any. */
    static Optional<Quality> parse(String text) {
        String t = dev.impact.io.TypeMapping.norm(text).toUpperCase(Locale.ROOT);
        switch (t) {
            case "HAUTE": case "HIGH": return Optional.of(HAUTE);
            case "MOYENNE": case "MEDIUM": return Optional.of(MOYENNE);
            case "BASSE": case "LOW": return Optional.of(BASSE);
            default: return Optional.empty();
        }
    }
}
