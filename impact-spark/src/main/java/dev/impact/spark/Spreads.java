package dev.impact.spark;

import dev.impact.factor.Uncertainty;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;

/**
 * The spreads of uncertain factors as text (to travel in Spark rows) and their draws on the driver: relative
 * multipliers of median or mode 1, drawn by inverting the distribution function of a uniform from a stream seeded
 * by (seed, variable id) only, so that a variable's draws depend on nothing else.
 */
final class Spreads {
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private Spreads() {
    }

    /** {@code kind:a:b} with the numbers in full precision. */
    static String encode(Uncertainty u) {
        if (u instanceof Uncertainty.LogNormal) {
            return "lognormal:" + ((Uncertainty.LogNormal) u).gsd() + ":0";
        }
        if (u instanceof Uncertainty.Triangular) {
            return "triangular:" + ((Uncertainty.Triangular) u).low() + ":" + ((Uncertainty.Triangular) u).high();
        }
        if (u instanceof Uncertainty.Uniform) {
            return "uniform:" + ((Uncertainty.Uniform) u).low() + ":" + ((Uncertainty.Uniform) u).high();
        }
        if (u instanceof Uncertainty.Normal) {
            return "normal:" + ((Uncertainty.Normal) u).cv() + ":0";
        }
        return "exact:0:0";
    }

    /** Whether draws stay away from 0 (a quantity that divides a footprint must). */
    static boolean boundedAwayFromZero(Uncertainty u) {
        if (u instanceof Uncertainty.Triangular) {
            return ((Uncertainty.Triangular) u).low() > 0;
        }
        if (u instanceof Uncertainty.Uniform) {
            return ((Uncertainty.Uniform) u).low() > 0;
        }
        return !(u instanceof Uncertainty.Normal);
    }

    /** {@code n} draws of the multiplier {@code spread} ({@link #encode}) of variable {@code id}. */
    static double[] draw(String spread, long seed, String id, int n) {
        String[] k = spread.split(":");
        double a = Double.parseDouble(k[1]);
        double b = Double.parseDouble(k[2]);
        long h = 0x84222325cbf29ce4L;
        for (byte x : id.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (x & 0xff)) * 0x100000001b3L;
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + h);
        TriangularDistribution triangular = k[0].equals("triangular") && a < b
                ? new TriangularDistribution(null, a, 1, b) : null;
        double below = k[0].equals("normal") ? STANDARD.cumulativeProbability(-1 / a) : 0;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double p = random.nextDouble();
            while (p == 0) {
                p = random.nextDouble(); // the open interval (0, 1): finite inverses
            }
            switch (k[0]) {
                case "lognormal":
                    out[i] = Math.exp(Math.log(a) * STANDARD.inverseCumulativeProbability(p));
                    break;
                case "triangular":
                    out[i] = triangular == null ? 1 : triangular.inverseCumulativeProbability(p);
                    break;
                case "uniform":
                    out[i] = a + p * (b - a);
                    break;
                case "normal":
                    // mean 1, standard deviation cv, truncated at 0: drawn on the part of the distribution above 0
                    out[i] = Math.max(0, 1 + a * STANDARD.inverseCumulativeProbability(below + p * (1 - below)));
                    break;
                default:
                    out[i] = 1;
            }
        }
        return out;
    }
}
