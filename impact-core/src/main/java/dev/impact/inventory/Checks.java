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

    /**
     * A text input (label, category, zone…): not blank, whole Unicode characters, and no control character but tab,
     * line feed and carriage return — so that no report, file or terminal receives an escape sequence from a line.
     */
    static String text(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new LineRejectedException(name, s == null ? "" : s,
                    name + " must not be blank, was " + (s == null ? "null" : "'" + s + "'"));
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                // half of a character: no report, file or terminal can write it
                throw new LineRejectedException(name, s, String.format(java.util.Locale.ROOT,
                        "%s must be Unicode text, but has half a character (\\u%04X) at position %d", name,
                        (int) c, i + 1));
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                // a terminal or a spreadsheet would act on it (clear the screen, ring, move the cursor)
                throw new LineRejectedException(name, s, String.format(java.util.Locale.ROOT,
                        "%s must be printable text, but has the control character U+%04X at position %d", name,
                        (int) c, i + 1));
            }
        }
        return s;
    }

    /** A zone code, trimmed and upper-cased (e.g. {@code fr} → {@code FR}). */
    static String zone(String zone) {
        if (zone != null && isCanonical(zone, false)) {
            return zone;
        }
        return text(zone, "zone").trim().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Whether {@code s} is already what trimming and lower-casing ({@code lower}) or upper-casing gives: not empty,
     * ASCII, no space or control character at either end and no letter of the other case. Then it is returned as
     * it is (the same String instance, which readers share between the lines of a file), at the cost of one scan.
     */
    static boolean isCanonical(String s, boolean lower) {
        int n = s.length();
        if (n == 0 || s.charAt(0) <= ' ' || s.charAt(n - 1) <= ' ') {
            return false;
        }
        char from = lower ? 'A' : 'a';
        char to = lower ? 'Z' : 'z';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c >= from && c <= to) {
                return false;
            }
        }
        return true;
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
