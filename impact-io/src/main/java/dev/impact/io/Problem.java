package dev.impact.io;

import java.util.Objects;

/**
 * One thing wrong with an inventory file: where (file, 1-based line — the header is line 1 — and column) and why.
 * Prints as {@code fleet.csv:12: column 'quantity': quantity must be a number, was 'douze'}.
 *
 * @param file   the file as the user named it
 * @param line   1-based line number, 0 when the problem concerns the whole file
 * @param column the column (CSV header, JSON property), empty when the problem concerns the whole line or file
 * @param value  the refused value as written, empty when there is none (a missing value, a whole-file problem)
 * @param reason what is wrong and what was expected
 */
public record Problem(String file, long line, String column, String value, String reason) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    /** A problem with no particular value (a missing column, a whole line or file). */
    public Problem(String file, long line, String column, String reason) {
        this(file, line, column, "", reason);
    }

    /**
     * The reason with the value shown as {@code '…'}: the same for every line refused for the same reason whatever
     * its value, so that a summary can count them together.
     */
    public String reasonPattern() {
        String r = value.isEmpty() ? reason : masked(reason, value);
        return column.isEmpty() ? r : column + ": " + r;
    }

    /** {@code text} with every whole occurrence of {@code value} (not inside a longer word or number) as "…". */
    private static String masked(String text, String value) {
        StringBuilder sb = new StringBuilder(text.length());
        int from = 0;
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            int end = at + value.length();
            boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (whole && at >= from) {
                sb.append(text, from, at).append('…');
                from = end;
            }
        }
        return sb.append(text, from, text.length()).toString();
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (column.isEmpty() ? "" : "column '" + column + "': ")
                + reason;
    }
}
