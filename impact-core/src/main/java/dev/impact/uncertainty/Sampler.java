package dev.impact.uncertainty;

import dev.impact.factor.Uncertainty;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.apache.commons.math3.special.Erf;

/**
 * Draws of relative multipliers by inversion of their distribution functions, one independent stream per variable,
 * seeded from (seed, variable id) only: a variable's draws do not depend on the other variables, on the order they
 * are drawn in, or on the number of threads.
 *
 * <p>Multipliers: lognormal = {@code gsd^z}; triangular and uniform by their closed-form inverses; normal = a normal
 * of mean 1 and standard deviation cv <em>truncated at 0</em> (drawn by inversion on the part of the distribution
 * above 0, so a multiplier is never negative; for cv ≤ 0.3 the truncation moves the mean by less than 1e-6).
 *
 * <p>Only {@link StrictMath} and Commons Math's pure-Java functions are used, so a draw has the same bits whether
 * the code runs interpreted or compiled, on any thread.
 */
final class Sampler {
    private static final double SQRT2 = Math.sqrt(2);

    private Sampler() {
    }

    /** {@code n} draws of {@code u} for variable {@code id}. */
    static double[] draw(Uncertainty u, long seed, String id, int n) {
        SplittableRandom random = new SplittableRandom(mix(seed ^ fnv(id)));
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            // a uniform in the open interval (0, 1): never 0 or 1, so the inverses stay finite
            double p = ((random.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
            out[i] = quantile(u, p);
        }
        return out;
    }

    /** The multiplier's quantile at probability {@code p} in (0, 1). */
    static double quantile(Uncertainty u, double p) {
        if (u instanceof Uncertainty.LogNormal) {
            return StrictMath.exp(StrictMath.log(((Uncertainty.LogNormal) u).gsd()) * standardNormal(p));
        }
        if (u instanceof Uncertainty.Triangular) {
            Uncertainty.Triangular t = (Uncertainty.Triangular) u;
            double lo = t.low();
            double hi = t.high();
            double w = hi - lo;
            if (w == 0) {
                return 1;
            }
            double modeCdf = (1 - lo) / w;
            return p < modeCdf ? lo + StrictMath.sqrt(p * w * (1 - lo))
                    : hi - StrictMath.sqrt((1 - p) * w * (hi - 1));
        }
        if (u instanceof Uncertainty.Uniform) {
            Uncertainty.Uniform t = (Uncertainty.Uniform) u;
            return t.low() + p * (t.high() - t.low());
        }
        if (u instanceof Uncertainty.Normal) {
            double cv = ((Uncertainty.Normal) u).cv();
            double below = normalCdf(-1 / cv);
            double q = below + p * (1 - below);
            return Math.max(0, 1 + cv * standardNormal(q));
        }
        return 1;
    }

    static double standardNormal(double p) {
        return SQRT2 * Erf.erfInv(2 * p - 1);
    }

    static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / SQRT2);
    }

    /** FNV-1a 64-bit hash of the id's UTF-8 bytes (stable across JVMs, unlike String.hashCode's 32 bits). */
    static long fnv(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
