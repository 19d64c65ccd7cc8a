package dev.impact.factor;

/** Argument checks shared by the value types of this package. */
final class Checks {
    private Checks() {
    }

    static String requireText(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, was " + (s == null ? "null" : "'" + s + "'"));
        }
        return s;
    }

    static double requireFinite(double v, String name) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number, was " + v);
        }
        return v;
    }
}
