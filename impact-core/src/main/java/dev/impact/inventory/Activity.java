package dev.impact.inventory;

/**
 * Usage in the reporting period (GB transferred, TB-years stored, vCPU-hours, requests): its footprint is the
 * quantity × a per-unit footprint, whatever the accounting convention.
 */
public sealed interface Activity extends InventoryLine permits NetworkTransfer, DataStorage, CloudCompute,
        AiInference {
}
