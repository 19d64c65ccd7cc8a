package dev.impact.uncertainty;

import dev.impact.engine.Multiplier;
import dev.impact.engine.Trace;
import dev.impact.factor.Uncertainty;
import dev.impact.inventory.InventoryLine;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An inventory's footprint as sums of terms {@code coefficient[indicator] × Π variable^exponent}, collected from the
 * engine's {@link Trace}; evaluated over many draws as array arithmetic. Not thread-safe while collecting; read-only
 * afterwards.
 */
final class LinearModel implements Trace {
    static final int IND = Indicator.values().length;

    /** A random variable: a factor, a parameter or an input rule. */
    record Variable(String id, Uncertainty uncertainty) {
    }

    /** coef per indicator (total over phases) × Π draws[vars[k]]^exps[k]. */
    record Term(double[] coef, int[] vars, int[] exps) {
    }

    private final List<InventoryLine> lines;
    private final List<InputUncertainty> rules;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    final List<Variable> variables = new ArrayList<>();
    final List<List<Term>> lineTerms = new ArrayList<>();
    final TreeSet<Integer> notDecomposed = new TreeSet<>();

    LinearModel(List<InventoryLine> lines, List<InputUncertainty> rules) {
        this.lines = lines;
        this.rules = rules;
        for (int i = 0; i < lines.size(); i++) {
            lineTerms.add(new ArrayList<>(4));
        }
    }

    @Override
    public void term(int line, Footprint values, List<Multiplier> multipliers) {
        double[] coef = new double[IND];
        for (Indicator i : Indicator.values()) {
            for (Phase p : Phase.values()) {
                if (values.availability(p, i) != Availability.NOT_AVAILABLE) {
                    coef[i.ordinal()] += values.value(p, i);
                }
            }
        }
        List<int[]> pairs = new ArrayList<>(multipliers.size());
        InventoryLine l = lines.get(line);
        java.util.Set<String> replaced = new java.util.HashSet<>(2);
        for (Multiplier m : multipliers) {
            String id;
            Uncertainty u;
            InputUncertainty rule = null;
            if (!m.input().isEmpty()) {
                for (InputUncertainty r : rules) {
                    if (r.input().field().equals(m.input()) && r.matches(l.label(), l.category())) {
                        rule = r;
                        break;
                    }
                }
            }
            if (rule != null) {
                // the user's spread for this input replaces the default's (power × hours: one variable for both)
                if (!replaced.add(m.input())) {
                    continue;
                }
                id = rule.variableId();
                u = rule.uncertainty();
            } else if (m.kind() == Multiplier.Kind.INPUT) {
                continue;
            } else {
                id = m.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + m.id();
                u = m.uncertainty();
            }
            if (u == Uncertainty.exact() || (u.low95() == 1 && u.high95() == 1)) {
                continue; // no spread: a constant
            }
            if (m.exponent() < 0 && !boundedAwayFromZero(u)) {
                // the engine prefixes the line number and label
                throw new IllegalArgumentException(id + " divides the footprint but its spread " + u + " reaches 0"
                        + " (infinite draws); give it a lognormal spread, or a triangular or uniform one with low > 0");
            }
            Integer v = index.get(id);
            if (v == null) {
                v = variables.size();
                index.put(id, v);
                variables.add(new Variable(id, u));
            }
            pairs.add(new int[] {v, m.exponent()});
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int[] vars = new int[pairs.size()];
        int[] exps = new int[pairs.size()];
        for (int k = 0; k < vars.length; k++) {
            vars[k] = pairs.get(k)[0];
            exps[k] = pairs.get(k)[1];
        }
        lineTerms.get(line).add(new Term(coef, vars, exps));
    }

    private static boolean boundedAwayFromZero(Uncertainty u) {
        if (u instanceof Uncertainty.Triangular) {
            return ((Uncertainty.Triangular) u).low() > 0;
        }
        if (u instanceof Uncertainty.Uniform) {
            return ((Uncertainty.Uniform) u).low() > 0;
        }
        return !(u instanceof Uncertainty.Normal);
    }

    @Override
    public void notDecomposed(int line) {
        notDecomposed.add(line);
    }

    /** Terms with the same variables and exponents added together, in order of first appearance. */
    static List<Term> merge(Iterable<List<Term>> groups) {
        Map<String, double[]> coefs = new LinkedHashMap<>();
        Map<String, Term> first = new LinkedHashMap<>();
        for (List<Term> g : groups) {
            for (Term t : g) {
                String key = Arrays.toString(t.vars()) + Arrays.toString(t.exps());
                double[] c = coefs.get(key);
                if (c == null) {
                    coefs.put(key, t.coef().clone());
                    first.put(key, t);
                } else {
                    for (int i = 0; i < IND; i++) {
                        c[i] += t.coef()[i];
                    }
                }
            }
        }
        List<Term> out = new ArrayList<>(coefs.size());
        coefs.forEach((k, c) -> out.add(new Term(c, first.get(k).vars(), first.get(k).exps())));
        return out;
    }

    /**
     * Adds the terms' values for draws {@code from} (inclusive) to {@code to} (exclusive) into
     * {@code out[indicator][draw]}. The arithmetic of one draw does not depend on the range, so chunks computed by
     * different threads give the same bits.
     */
    static void evaluate(List<Term> terms, double[][] draws, double[][] out, int from, int to) {
        int len = to - from;
        double[] mult = new double[len];
        for (Term t : terms) {
            Arrays.fill(mult, 1);
            int[] vars = t.vars();
            int[] exps = t.exps();
            for (int k = 0; k < vars.length; k++) {
                double[] d = draws[vars[k]];
                if (exps[k] > 0) {
                    for (int i = 0; i < len; i++) {
                        mult[i] *= d[from + i];
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        mult[i] /= d[from + i];
                    }
                }
            }
            double[] coef = t.coef();
            for (int ind = 0; ind < IND; ind++) {
                double c = coef[ind];
                if (c == 0) {
                    continue;
                }
                double[] o = out[ind];
                for (int i = 0; i < len; i++) {
                    o[from + i] += c * mult[i];
                }
            }
        }
    }

    /** The terms' value with every variable at 1 except {@code variable} at {@code value}. */
    static double[] evaluateAt(List<Term> terms, int variable, double value) {
        double[] out = new double[IND];
        for (Term t : terms) {
            double m = 1;
            for (int k = 0; k < t.vars().length; k++) {
                if (t.vars()[k] == variable) {
                    m = t.exps()[k] > 0 ? m * value : m / value;
                }
            }
            for (int ind = 0; ind < IND; ind++) {
                out[ind] += t.coef()[ind] * m;
            }
        }
        return out;
    }
}
