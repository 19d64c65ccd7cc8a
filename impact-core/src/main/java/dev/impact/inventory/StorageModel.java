package dev.impact.inventory;

/** How the footprint of stored data is computed. */
public enum StorageModel {
    /**
     * From the storage hardware: use = Wh per TB-hour of the medium (Cloud Carbon Footprint coefficients) × PUE ×
     * grid; embodied = the drives' manufacture (BoaviztAPI constants) spread over their lifetime; × replication.
     */
    HARDWARE,
    /** One published per-TB-year factor for the zone (ADEME Impact CO2's cloud storage figure for France). */
    PER_TB_YEAR
}
