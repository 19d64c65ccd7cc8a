package dev.impact.measure;

import java.util.Locale;

/** Lifecycle phase, following the ADEME / PCR and Boavizta convention. */
public enum Phase {
    /** Raw materials, components and assembly ("fabrication"). */
    MANUFACTURE("manufacture"),
    /** Transport to the user ("distribution"). */
    DISTRIBUTION("distribution"),
    /** Electricity used while in service. */
    USE("use"),
    /** Collection and treatment at the end of life. */
    END_OF_LIFE("end_of_life");

    private static final Phase[] VALUES = values();

    private final String code;

    Phase(String code) {
        this.code = code;
    }

    /** Code used in data files, e.g. {@code end_of_life}. */
    public String code() {
        return code;
    }

    /** Whether the phase is part of the embodied impact (everything but use). */
    public boolean isEmbodied() {
        return this != USE;
    }

    /** Number of phases. */
    public static int count() {
        return VALUES.length;
    }

    /** The phase with this ordinal. */
    public static Phase ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /**
     * The phase with this code (case-insensitive).
     *
     * @throws IllegalArgumentException naming the code and the known codes
     */
    public static Phase ofCode(String code) {
        java.util.Objects.requireNonNull(code, "code");
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Phase p : VALUES) {
            if (p.code.equals(c)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown phase code '" + code
                + "'; expected one of manufacture, distribution, use, end_of_life");
    }
}
