package dev.impact.inventory;

/** Server enclosure, which changes the embodied impact of the case. */
public enum CaseType {
    /** A rack-mounted server with its own chassis. */
    RACK,
    /** A blade in a shared enclosure (the enclosure's impact is shared between its slots). */
    BLADE
}
