package dev.impact.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted (with doubled quotes) when it holds a comma,
 * a quote, a CR or an LF. Text cells that a spreadsheet would evaluate as a formula (starting with {@code = + - @},
 * a tab or a CR) are neutralised with a leading single quote; numbers are written by {@link #number(double)} and
 * never neutralised. Not thread-safe.
 */
final class Csv {
    private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

    private final Appendable out;
    private final char separator;
    private final boolean decimalComma;
    private boolean lineStart = true;

    /** CSV into a string ({@link #toString()}). */
    Csv() {
        this(new StringBuilder());
    }

    /** CSV written into {@code out} as it is made (a report of many lines never held whole). */
    Csv(Appendable out) {
        this(out, ',', false);
    }

    /**
     * CSV with this separator and decimal mark: {@code ';'} and a decimal comma for French spreadsheets, where the
     * comma is the decimal mark.
     */
    Csv(Appendable out, char separator, boolean decimalComma) {
        this.out = out;
        this.separator = separator;
        this.decimalComma = decimalComma;
    }

    /** Appends a text cell (user text: neutralised, then quoted if needed). */
    public Csv text(String value) {
        return raw(quote(neutralise(value), separator));
    }

    /** Appends a number cell: plain decimal, 12 significant digits, empty for NaN. */
    public Csv number(double value) {
        String n = number(value, "");
        return raw(decimalComma ? n.replace('.', ',') : n);
    }

    /** Appends a whole-number cell. */
    public Csv integer(long value) {
        return raw(Long.toString(value));
    }

    /** Ends the current record. */
    public Csv endRecord() {
        try {
            out.append("\r\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        lineStart = true;
        return this;
    }

    private Csv raw(String cell) {
        try {
            if (!lineStart) {
                out.append(separator);
            }
            out.append(cell);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        lineStart = false;
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Prefixes {@code '} to a value a spreadsheet would read as a formula (OWASP CSV injection). */
    public static String neutralise(String value) {
        if (!value.isEmpty()) {
            char c = value.charAt(0);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return "'" + value;
            }
        }
        return value;
    }

    /** Quotes a field per RFC 4180 when it holds a comma, a double quote, a CR or an LF. */
    public static String quote(String value) {
        return quote(value, ',');
    }

    /** Quotes a field when it holds the separator, a double quote, a CR or an LF. */
    static String quote(String value, char separator) {
        if (value.indexOf(separator) < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0
                && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /**
     * A number as plain decimal text with at most 12 significant digits (the same on every JDK), or {@code nan}
     * for NaN.
     */
    public static String number(double value, String nan) {
        if (Double.isNaN(value)) {
            return nan;
        }
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(value).round(DIGITS).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
