package dev.impact.engine;

/** Where a model input came from. */
public enum InputStatus {
    /** Given by the user. */
    INPUT,
    /** Taken from the catalog's archetype for the category. */
    ARCHETYPE,
    /** Derived from other inputs by a documented rule. */
    COMPLETED,
    /** An assessment-wide default (e.g. the default electricity zone). */
    DEFAULT
}
