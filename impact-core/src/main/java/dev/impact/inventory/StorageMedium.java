package dev.impact.inventory;

/** The storage medium of stored data. */
public enum StorageMedium {
    /** Solid-state drives. */
    SSD,
    /** Hard disk drives. */
    HDD,
    /** Magnetic tape (needs catalog data of its own: none is bundled). */
    TAPE,
    /** Not known: the mean of the SSD and HDD figures, recorded as a completed input. */
    UNSPECIFIED
}
