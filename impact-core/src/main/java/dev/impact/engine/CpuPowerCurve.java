package dev.impact.engine;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * BoaviztAPI's CPU power model {@code P(L) = a·ln(b·(L + c)) + d} (watts, load L in %), floored at 1 W, and its refit
 * through measured points (BoaviztAPI 2.4.1, {@code models/consumption_profile/consumption_profile.py}: a bounded
 * least-squares fit started from a base curve, each parameter kept within ±2× its base value and a, b, c ≥ 0).
 *
 * <p>The curve depends on b and d only through {@code k = a·ln(b) + d}, so it is {@code a·ln(L + c) + k}: for a given
 * {@code c} the least-squares {@code (a, k)} is a closed-form linear regression of P on {@code ln(L + c)}, and the fit
 * is a one-dimensional search over {@code c} within its bounds (Brent's method). {@code a} is held within its bounds;
 * {@code k} is free (b may approach 0, so k is unbounded below; its upper bound, reached only for curves rising
 * by several times the base's, is not applied). Immutable.
 *
 * @param a the curve's slope coefficient (W per unit of ln)
 * @param b the load scale (a refitted curve has b = 1 and carries {@code a·ln(b) + d} in d)
 * @param c the load offset (%)
 * @param d the constant (W)
 */
record CpuPowerCurve(double a, double b, double c, double d) {
    /** BoaviztAPI's floor on the modelled power (MIN_POWER). */
    static final double FLOOR_WATTS = 1;

    /** The curve of parameters a, b, c, d. */
    static CpuPowerCurve of(double a, double b, double c, double d) {
        return new CpuPowerCurve(a, b, c, d);
    }

    /** The constant {@code k = a·ln(b) + d} of the curve written {@code a·ln(L + c) + k}. */
    double k() {
        return a * Math.log(b) + d;
    }

    /** Power at {@code loadPercent} (0 to 100), floored at 1 W. */
    double watts(double loadPercent) {
        return Math.max(FLOOR_WATTS, a * Math.log(b * (loadPercent + c)) + d);
    }

    /**
     * The curve of least squared error through the points {@code (loads[i] %, watts[i])}, searched from this base
     * curve within BoaviztAPI's bounds: {@code a} in [max(0, a − 2|a|), a + 2|a|], {@code c} in the same for c.
     */
    CpuPowerCurve refit(double[] loads, double[] watts) {
        double cLow = Math.max(0, c - 2 * Math.abs(c));
        double cHigh = c + 2 * Math.abs(c);
        double aLow = Math.max(0, a - 2 * Math.abs(a));
        double aHigh = a + 2 * Math.abs(a);
        // ln(L + c) must be finite at L = 0
        double from = Math.max(cLow, 1e-9);
        UnivariatePointValuePair best = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(10_000),
                GoalType.MINIMIZE, new SearchInterval(from, cHigh, Math.min(Math.max(c, from), cHigh)),
                new UnivariateObjectiveFunction(x -> fit(x, loads, watts, aLow, aHigh)[2]));
        // Brent does not evaluate the interval's ends: a fit pressed against a bound is checked there too
        double cBest = best.getPoint();
        for (double edge : new double[] {from, cHigh}) {
            if (fit(edge, loads, watts, aLow, aHigh)[2] < fit(cBest, loads, watts, aLow, aHigh)[2]) {
                cBest = edge;
            }
        }
        double[] ak = fit(cBest, loads, watts, aLow, aHigh);
        return new CpuPowerCurve(ak[0], 1, cBest, ak[1]);
    }

    /** For a given c: the least-squares {a (clamped), k} and the squared error. */
    private static double[] fit(double c, double[] loads, double[] watts, double aLow, double aHigh) {
        int n = loads.length;
        double mu = 0;
        double my = 0;
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = Math.log(loads[i] + c);
            mu += u[i] / n;
            my += watts[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (u[i] - mu) * (watts[i] - my);
            sxx += (u[i] - mu) * (u[i] - mu);
        }
        double a = Math.min(aHigh, Math.max(aLow, sxy / sxx));
        double k = my - a * mu;
        double err = 0;
        for (int i = 0; i < n; i++) {
            double r = a * u[i] + k - watts[i];
            err += r * r;
        }
        return new double[] {a, k, err};
    }
}
