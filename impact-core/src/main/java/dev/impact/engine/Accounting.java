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
     * the period. A line without a purchase year counts as bought before the period (a completed input counted in the
     * assessment's defaults), or is refused with {@link AssessmentOptions#requirePurchaseYears(boolean)}.
     */
    FLOW,
    /**
     * Straight-line from the purchase year (French GHG reporting's amortisation): a device bought in year P with a
     * lifetime of L years carries embodied / L in each year of [P, P + L) and nothing once fully amortised, so that
     * keeping devices longer shows. The share of a reporting period is the overlap of the period with [P, P + L)
     * divided by L (the purchase year counts whole). E-waste is allocated the same way. A line without a purchase year
     * is spread as in {@link #YEARLY} (its age is unknown), a completed input counted in the assessment's defaults,
     * or refused with {@link AssessmentOptions#requirePurchaseYears(boolean)}.
     */
    AMORTISED
}
