package dev.impact.factors;

/**
 * A data file (a bundled dataset file or a user's overlay) is malformed. The message names the file, the line
 * (1-based, the header is line 1) and the field; the same are available as properties.
 */
public final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String field;

    /**
     * @param file   the file's name or path
     * @param line   1-based line number, or 0 when the problem concerns the whole file
     * @param field  the column name, or empty
     * @param reason what is wrong and what was expected
     */
    public DataFileException(String file, long line, String field, String reason) {
        super(file + (line > 0 ? " line " + line : "") + (field.isEmpty() ? "" : ", field '" + field + "'") + ": "
                + reason);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /** The file's name or path. */
    public String file() {
        return file;
    }

    /** 1-based line number (the header is line 1), or 0 for the whole file. */
    public long line() {
        return line;
    }

    /** The column name, or empty. */
    public String field() {
        return field;
    }
}
