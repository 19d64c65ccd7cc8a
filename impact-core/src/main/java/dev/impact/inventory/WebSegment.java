package dev.impact.inventory;

import java.util.Locale;

/**
 * The operational segments of the web-transfer models (Sustainable Web Design v3 and v4), each of which may run on its
 * own grid ({@link NetworkTransfer#segmentGrid}, {@link NetworkTransfer#segmentGridIntensity}), as co2.js's
 * {@code gridIntensity: {dataCenter, network, device}} options allow.
 */
public enum WebSegment {
    /** The data centre hosting the content. */
    DATA_CENTRE,
    /** The networks carrying it. */
    NETWORK,
    /** The user's device. */
    DEVICE;

    /** Lower-case name with a hyphen ({@code data-centre}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
