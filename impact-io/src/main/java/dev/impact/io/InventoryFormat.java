package dev.impact.io;

/** Inventory file layouts. */
public enum InventoryFormat {
    /** Detect: {@code .json} is JSON; a CSV whose header has a {@code kind} column is CSV, one with a GLPI {@code Type} column is GLPI. */
    AUTO,
    /** The impact CSV layout (see {@link Column}). */
    CSV,
    /** The impact JSON layout ({@code inventory.schema.json}). */
    JSON,
    /** A GLPI computer / monitor / network-equipment CSV export, mapped to categories by a mapping table. */
    GLPI
}
