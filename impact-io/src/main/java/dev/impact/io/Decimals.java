package dev.impact.io;

/**
 * Parses numbers as spreadsheets write them: {@code 1234.5}, {@code 1234,5} (decimal comma, French), digit groups
 * separated by spaces, no-break or narrow no-break spaces ({@code 1 234,5}). Refuses the ambiguous
 * {@code 1.234,5} and {@code 1,234.5} rather than guess.
 */
final class Decimals {
    private Decimals() {
    }

    /**
     * The number in {@code text} (already trimmed, not empty).
     *
     * @throws NumberFormatException with a message saying what was expected
     */
    public static double parse(String text) {
        int n = text.length();
        boolean plain = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                plain = false;
                break;
            }
        }
        String t = text;
        if (!plain) {
            StringBuilder sb = new StringBuilder(n);
            int commas = 0;
            int dots = 0;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'') {
                    if (i == 0 || i == n - 1 || !Character.isDigit(text.charAt(i - 1))
                            || !Character.isDigit(text.charAt(i + 1))) {
                        throw new NumberFormatException("expected a number, was '" + text + "'");
                    }
                    continue;
                }
                if (c == ',') {
                    commas++;
                    c = '.';
                } else if (c == '.') {
                    dots++;
                }
                sb.append(c);
            }
            if (commas > 0 && dots > 0 || commas > 1) {
                throw new NumberFormatException("expected a number with one decimal separator (1234.5 or 1234,5),"
                        + " was '" + text + "'");
            }
            t = sb.toString();
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                throw new NumberFormatException("expected a number, was '" + text + "'");
            }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("expected a number, was '" + text + "'");
        }
    }

    /** Formats a double so that {@link #parse} gives it back exactly, without a needless {@code .0}. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
