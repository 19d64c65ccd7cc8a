package dev.impact.inventory;

/** How the footprint of data transfer is computed. */
public enum NetworkModel {
    /**
     * Per-GB factors from the ADEME–Arcep / NegaOctet figures (fixed or mobile, France or EU-27, with or without the
     * box): the French default.
     */
    PER_GB,
    /** The Shift Project's "1byte" model (2018): kWh per GB for data centres and networks × grid intensity. */
    ONEBYTE,
    /**
     * Sustainable Web Design model v4 (2024): operational and embodied kWh per GB for data centres, networks and
     * user devices × grid intensity.
     */
    SWD_V4,
    /**
     * Sustainable Web Design model v3 (2023): 0.81 kWh per GB split between user devices (52 %), networks (14 %), data
     * centres (15 %) and the production of the equipment (19 %, embodied) × grid intensity; a green host's data centre
     * counts at 50 g/kWh.
     */
    SWD_V3
}
