package dev.impact.cli.inventory;

import java.util.List;
import java.util.Objects;

/**
 * An inventory file cannot be read at all (unreadable, unknown header, broken encoding): carries the problems,
 * each with file, line and column. Problems of single lines are not thrown but returned with the line
 * ({@link InventoryEntry#problems()}), so that every one of them can be listed.
 */
public final class InventoryFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InventoryFileException(List<Problem> problems) {
        super(join(problems));
        this.problems = List.copyOf(problems);
    }

    public InventoryFileException(Problem problem) {
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
