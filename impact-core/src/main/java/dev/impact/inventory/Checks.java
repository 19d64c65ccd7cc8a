package dev.impact.inventory;

/**
 * Argument checks of line inputs: a refusal is a {@link LineRejectedException} carrying the field, the value and a
 * message naming both and what was expected.
 */
final class Checks {
    private Checks() {
    }

    static double positive(double v, String name, String unit) {
        if (!Double.isFinite(v) || v <= 0) {
            throw reject(name, v, name + " must be a finite number > 0" + unit(unit) + ", was " + v);
        }
        return v;
    }

    static double nonNegative(double v, String name, String unit) {
        if (!Double.isFinite(v) || v < 0) {
            throw reject(name, v, name + " must be a finite number >= 0" + unit(unit) + ", was " + v);
        }
        return v;
    }

    static int positive(int v, String name) {
        if (v <= 0) {
            throw reject(name, v, name + " must be > 0, was " + v);
        }
        return v;
    }

    static int nonNegative(int v, String name) {
        if (v < 0) {
            throw reject(name, v, name + " must be >= 0, was " + v);
        }
        return v;
    }

    static double fraction(double v, String name) {
        if (!Double.isFinite(v) || v < 0 || v > 1) {
            throw reject(name, v, name + " must be between 0 and 1, was " + v);
        }
        return v;
    }

    static double pue(double v) {
        if (!Double.isFinite(v) || v < 1) {
            throw reject("pue", v, "pue must be a finite number >= 1, was " + v);
        }
        return v;
    }

    static String text(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new LineRejectedException(name, s == null ? "" : s,
                    name + " must not be blank, was " + (s == null ? "null" : "'" + s + "'"));
        }
        return s;
    }

    private static final Memo ZONES = new Memo();

    /** A zone code, trimmed and upper-cased (e.g. {@code fr} → {@code FR}). */
    static String zone(String zone) {
        String z = ZONES.get(zone);
        if (z == null) {
            z = text(zone, "zone").trim().toUpperCase(java.util.Locale.ROOT);
            ZONES.put(zone, z);
        }
        return z;
    }

    /**
     * The last few results of a check that normalises a string, by the argument's instance: readers pass the same
     * String instance for a value repeated on many lines, and a String never changes, so the same instance gives
     * the same result (only results, never refusals, are kept). Thread-safe: entries are immutable, a race only
     * loses an entry.
     */
    static final class Memo {
        private static final int SIZE = 64;
        private final Entry[] entries = new Entry[SIZE];

        private static final class Entry {
            final String in;
            final String out;

            Entry(String in, String out) {
                this.in = in;
                this.out = out;
            }
        }

        private static int slot(String in) {
            int h = in.hashCode();
            return (h ^ (h >>> 16)) & (SIZE - 1);
        }

        /** The result kept for this very instance, or null. */
        String get(String in) {
            if (in == null) {
                return null;
            }
            int i = slot(in);
            Entry e = entries[i];
            if (e != null && e.in == in) {
                return e.out;
            }
            e = entries[i ^ 1];
            return e != null && e.in == in ? e.out : null;
        }

        void put(String in, String out) {
            int i = slot(in);
            if (entries[i] != null && entries[i ^ 1] == null) {
                i ^= 1;
            }
            entries[i] = new Entry(in, out);
        }
    }

    static int year(int y, String name) {
        if (y < 1950 || y > 2200) {
            throw reject(name, y, name + " must be a year between 1950 and 2200, was " + y);
        }
        return y;
    }

    /** A refusal of {@code field}'s value {@code v}. */
    static LineRejectedException reject(String field, double v, String reason) {
        return new LineRejectedException(field, String.valueOf(v), reason);
    }

    static LineRejectedException reject(String field, int v, String reason) {
        return new LineRejectedException(field, String.valueOf(v), reason);
    }

    private static String unit(String unit) {
        return unit.isEmpty() ? "" : " (" + unit + ")";
    }
}
