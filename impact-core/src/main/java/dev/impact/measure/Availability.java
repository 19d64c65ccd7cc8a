package dev.impact.measure;

/** Whether a footprint value is backed by data. A value that is not available is never reported as 0. */
public enum Availability {
    /** Every contribution had data. */
    AVAILABLE,
    /** Some contributions had data, others did not: the value is a lower bound. */
    PARTIAL,
    /** No contribution had data. */
    NOT_AVAILABLE
}
