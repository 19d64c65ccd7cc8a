package dev.impact.io;

/**
 * Text cells a spreadsheet would run as a formula, kept as data, reversibly. A cell starting with {@code = + - @}, a
 * tab or a carriage return — possibly behind single quotes — is written with one more leading {@code '} (which
 * spreadsheets show as "text"), and an impact CSV reader drops that one quote again: every label survives a
 * {@code convert} round trip unchanged, and no label of a written file runs as a formula when the file is opened.
 */
final class SpreadsheetText {
    private SpreadsheetText() {
    }

    private static boolean trigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Index of the first character after the leading single quotes of {@code c[s..e)}, or -1 if not a formula. */
    private static int formulaStart(CharSequence c, int s, int e) {
        int k = s;
        while (k < e && c.charAt(k) == '\'') {
            k++;
        }
        return k < e && trigger(c.charAt(k)) ? k : -1;
    }

    /** {@code s} with one leading {@code '} added when it reads as a formula (also behind quotes). */
    static String guard(String s) {
        return formulaStart(s, 0, s.length()) >= 0 ? "'" + s : s;
    }

    /**
     * Where a text cell {@code c[s..e)} written by {@link #guard} starts as data: past its added quote when it has
     * one (one or more quotes, then a formula character), else {@code s}.
     */
    static int unguard(char[] c, int s, int e) {
        if (s < e && c[s] == '\'' && formulaStart(java.nio.CharBuffer.wrap(c), s, e) > s) {
            return s + 1;
        }
        return s;
    }
}
