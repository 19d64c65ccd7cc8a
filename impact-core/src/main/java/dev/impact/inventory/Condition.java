package dev.impact.inventory;

/** Whether equipment was bought new or refurbished. */
public enum Condition {
    /** Bought new: carries a new device's manufacture. */
    NEW,
    /**
     * Refurbished: carries the refurbishment operations instead of a new manufacture (the engine's documented rule,
     * after ADEME's 2022 study of refurbished products).
     */
    REFURBISHED
}
