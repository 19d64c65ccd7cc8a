package dev.impact.engine;

/** How embodied impacts (manufacture, distribution, end of life) are attributed to the reporting period. */
public enum Accounting {
    /**
     * Straight-line over the lifetime (the ADEME convention): each year of service carries
     * embodied / lifetime; use counts for the period. E-waste per year = mass / lifetime.
     */
    YEARLY,
    /** Whole life: the full embodied impact plus use over the whole lifetime (for per-functional-unit comparisons). */
    LIFECYCLE,
    /**
     * Purchases of the period: equipment bought in the period carries its whole embodied impact (and its mass as
     * e-waste, the steady-state proxy for what is discarded), equipment bought earlier carries none; use counts for
     * the period. Needs each line's purchase year.
     */
    FLOW
}
