package dev.impact.io;

import java.util.List;
import java.util.Objects;

/**
 * A file cannot be used at all: an inventory that cannot be read (unreadable, unknown header, broken encoding) or a
 * scenario file with any problem. Carries every problem, each with file, line, field (column or JSON path) and value.
 * Problems of single inventory lines are not thrown but returned with the line ({@link InventoryEntry#problems()}),
 * so that every one of them can be listed. The one "bad data file" exception of this package.
 */
public final class InvalidFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidFileException(List<Problem> problems) {
        super(join(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidFileException(Problem problem) {
        this(List.of(Objects.requireNonNull(problem, "problem")));
    }

    private static String join(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append(sb.length() == 0 ? "" : "\n").append(p);
        }
        return sb.toString();
    }

    /** The problems, at least one. */
    public List<Problem> problems() {
        return problems;
    }
}
