package dev.impact.io;

import java.util.Objects;

/**
 * One thing wrong with an inventory file: where (file, 1-based line — the header is line 1 — and column) and why.
 * Prints as {@code fleet.csv:12: column 'quantity': quantity must be a number, was 'douze'}.
 *
 * @param file   the file as the user named it
 * @param line   1-based line number, 0 when the problem concerns the whole file
 * @param column the column (CSV header, JSON property), empty when the problem concerns the whole line or file
 * @param reason what is wrong and what was expected
 */
public record Problem(String file, long line, String column, String reason) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (column.isEmpty() ? "" : "column '" + column + "': ")
                + reason;
    }
}
