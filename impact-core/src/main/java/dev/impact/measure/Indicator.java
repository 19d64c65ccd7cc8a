package dev.impact.measure;

import java.util.Locale;

/**
 * What is measured. Each indicator has one canonical unit; every {@link Footprint} value for it is in that unit.
 *
 * <p>The set is small and fixed on purpose: a footprint is a dense primitive array indexed by it.
 */
public enum Indicator {
    /** Climate change, GWP100 (IPCC), in kilograms of CO2 equivalent. */
    CLIMATE_CHANGE("gwp", "climate change", "kgCO2e"),
    /**
     * Resource use, minerals and metals (ADPe, EF 3.0 / CML ultimate reserves), in kilograms of antimony
     * equivalent.
     */
    ABIOTIC_DEPLETION("adpe", "abiotic depletion (minerals & metals)", "kgSbeq"),
    /**
     * Resource use, fossils (ADPf, EF 3.0): the fossil energy carriers depleted, in megajoules (lower heating value).
     * Not primary energy: renewable and nuclear energy are not in it.
     */
    FOSSIL_RESOURCE_USE("adpf", "resource use, fossils (ADPf)", "MJ"),
    /** Ionising radiation, human health (EF 3.0), in kilobecquerels of uranium-235 equivalent. */
    IONISING_RADIATION("ir", "ionising radiation", "kBqU235eq"),
    /** Acidification (EF 3.0, accumulated exceedance), in moles of H+ equivalent. */
    ACIDIFICATION("ap", "acidification", "molH+eq"),
    /**
     * Particulate matter emissions (EF 3.0, PM method recommended by UNEP-SETAC), as the disease incidence they cause
     * (dimensionless: expected cases of disease).
     */
    PARTICULATE_MATTER("pm", "particulate matter", "disease-incidence"),
    /**
     * Water use weighted by local scarcity (EF 3.0, AWARE method), in cubic metres world-equivalent deprived: the
     * water consumed, times the scarcity of where it is consumed relative to the world average. Not a volume of
     * water consumed (the world-average factor is about 43 m3 world-eq. per m3 consumed). ADEME's device figures
     * cover manufacture and distribution only.
     */
    WATER_USE("wu", "water use, scarcity-weighted (AWARE)", "m3-world-eq"),
    /**
     * Electronic waste: the mass of equipment that becomes waste (WEEE), in kilograms. Not the LCA "waste generated"
     * flow, which is dominated by extraction and manufacturing residues.
     */
    E_WASTE("ewaste", "e-waste (WEEE mass)", "kg");

    private static final Indicator[] VALUES = values();

    private final String code;
    private final String label;
    private final String unit;

    Indicator(String code, String label, String unit) {
        this.code = code;
        this.label = label;
        this.unit = unit;
    }

    /** Short code used in data files and column names, e.g. {@code gwp}. */
    public String code() {
        return code;
    }

    /** English label, e.g. {@code climate change}. */
    public String label() {
        return label;
    }

    /** Canonical unit, e.g. {@code kgCO2e}. */
    public String unit() {
        return unit;
    }

    /** Number of indicators. */
    public static int count() {
        return VALUES.length;
    }

    /** The indicator with this ordinal (no array copy, unlike {@link #values()}). */
    public static Indicator ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /**
     * The indicator with this code (case-insensitive), e.g. {@code "gwp"}.
     *
     * @throws IllegalArgumentException naming the code and the known codes
     */
    public static Indicator ofCode(String code) {
        java.util.Objects.requireNonNull(code, "code");
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Indicator i : VALUES) {
            if (i.code.equals(c)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown indicator code '" + code + "'; expected one of " + codes());
    }

    private static String codes() {
        StringBuilder sb = new StringBuilder();
        for (Indicator i : VALUES) {
            sb.append(sb.length() == 0 ? "" : ", ").append(i.code);
        }
        return sb.toString();
    }
}
