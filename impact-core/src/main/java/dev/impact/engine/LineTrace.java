package dev.impact.engine;

import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms of one line being traced (see {@link Trace}). Created only when a trace is attached; models call
 * {@link #add} behind an {@code if (trace != null)}, so normal runs allocate nothing for it. Not thread-safe.
 */
final class LineTrace {

    /** A footprint proportional to a product of multipliers. */
    record Term(Footprint values, List<Multiplier> multipliers) {
        Term scaled(double s, List<Multiplier> more) {
            List<Multiplier> m = new ArrayList<>(multipliers.size() + more.size());
            m.addAll(multipliers);
            m.addAll(more);
            return new Term(values.times(s), m);
        }
    }

    private final List<Term> terms = new ArrayList<>();

    /** Adds {@code values × scale × Π multipliers}. */
    void add(Footprint values, double scale, List<Multiplier> multipliers) {
        terms.add(new Term(values.times(scale), List.copyOf(multipliers)));
    }

    /** Adds each term of {@code terms} × scale × the extra multipliers (nulls are skipped). */
    void addAll(List<Term> from, double scale, Multiplier... extra) {
        List<Multiplier> by = nonNull(extra);
        for (Term t : from) {
            terms.add(t.scaled(scale, by));
        }
    }

    static List<Multiplier> nonNull(Multiplier... m) {
        List<Multiplier> out = new ArrayList<>(m.length);
        for (Multiplier x : m) {
            if (x != null) {
                out.add(x);
            }
        }
        return out;
    }

    /**
     * Reports the terms to {@code trace}, or the whole footprint as one constant term (and
     * {@link Trace#notDecomposed}) if they do not add up to it.
     */
    void flush(Trace trace, int line, Footprint footprint) {
        Footprint.Accumulator acc = new Footprint.Accumulator();
        for (Term t : terms) {
            acc.add(t.values());
        }
        if (!matches(acc.toFootprint(), footprint)) {
            trace.notDecomposed(line);
            trace.term(line, footprint, List.of());
            return;
        }
        for (Term t : terms) {
            trace.term(line, t.values(), t.multipliers());
        }
    }

    static boolean matches(Footprint sum, Footprint expected) {
        for (Phase p : Phase.values()) {
            for (Indicator i : Indicator.values()) {
                boolean known = expected.availability(p, i) != Availability.NOT_AVAILABLE;
                boolean sumKnown = sum.availability(p, i) != Availability.NOT_AVAILABLE;
                if (known != sumKnown) {
                    return false;
                }
                if (known) {
                    double a = sum.value(p, i);
                    double b = expected.value(p, i);
                    if (Math.abs(a - b) > 1e-9 * Math.max(1e-12, Math.max(Math.abs(a), Math.abs(b)))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
