package dev.impact.inventory;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Data transferred over networks in the reporting period, in GB (10^9 bytes).
 *
 * <pre>{@code
 * NetworkTransfer video = NetworkTransfer.ofGb(12_000).kind(NetworkKind.FIXED);          // ADEME per-GB, France
 * NetworkTransfer web = NetworkTransfer.ofGb(500).model(NetworkModel.SWD_V4).greenHosting(1);
 * }</pre>
 *
 * With {@link NetworkModel#ONEBYTE} and {@link NetworkModel#SWD_V4}, operational energy is multiplied by the
 * line's zone grid factor (all indicators it has), or, with {@link #modelGridIntensity()}, by the model's own
 * published world intensity as co2.js does (climate change only). Immutable.
 */
public final class NetworkTransfer implements Activity {
    private final String label;
    private final double gb;
    private final NetworkKind kind;
    private final NetworkModel model;
    private final boolean includeBox;
    private final double greenHosting;
    private final boolean modelGrid;
    private final String zone;

    private NetworkTransfer(String label, double gb, NetworkKind kind, NetworkModel model, boolean includeBox,
                            double greenHosting, boolean modelGrid, String zone) {
        this.label = label;
        this.gb = gb;
        this.kind = kind;
        this.model = model;
        this.includeBox = includeBox;
        this.greenHosting = greenHosting;
        this.modelGrid = modelGrid;
        this.zone = zone;
    }

    /**
     * {@code gb} gigabytes over a network of unspecified kind, with the per-GB model.
     *
     * @throws IllegalArgumentException if not a finite number > 0
     */
    public static NetworkTransfer ofGb(double gb) {
        return new NetworkTransfer("network transfer", Checks.positive(gb, "volumeGb", "GB"), NetworkKind.UNSPECIFIED,
                NetworkModel.PER_GB, true, 0, false, null);
    }

    /** {@code bytes} bytes (10^9 bytes = 1 GB). */
    public static NetworkTransfer ofBytes(double bytes) {
        return ofGb(Checks.positive(bytes, "volumeBytes", "bytes") / 1e9);
    }

    private NetworkTransfer copy(String label, double gb, NetworkKind kind, NetworkModel model, boolean includeBox,
                                 double greenHosting, boolean modelGrid, String zone) {
        return new NetworkTransfer(label, gb, kind, model, includeBox, greenHosting, modelGrid, zone);
    }

    /** A copy with this label. */
    public NetworkTransfer label(String label) {
        return copy(Checks.text(label, "label"), gb, kind, model, includeBox, greenHosting, modelGrid, zone);
    }

    /** A copy over this kind of network. */
    public NetworkTransfer kind(NetworkKind kind) {
        return copy(label, gb, Objects.requireNonNull(kind, "kind"), model, includeBox, greenHosting, modelGrid, zone);
    }

    /** A copy computed with this model. */
    public NetworkTransfer model(NetworkModel model) {
        return copy(label, gb, kind, Objects.requireNonNull(model, "model"), includeBox, greenHosting, modelGrid, zone);
    }

    /** A copy that leaves the home/office box out of fixed-network factors (per-GB model only). */
    public NetworkTransfer withoutBox() {
        return copy(label, gb, kind, model, false, greenHosting, modelGrid, zone);
    }

    /**
     * A copy whose data-centre share runs on renewable electricity for this fraction (0 to 1), as the OneByte and
     * SWD models define it.
     */
    public NetworkTransfer greenHosting(double fraction) {
        return copy(label, gb, kind, model, includeBox, Checks.fraction(fraction, "greenHosting"), modelGrid, zone);
    }

    /** A copy using the model's own published world grid intensity instead of the zone's (OneByte, SWD v4). */
    public NetworkTransfer modelGridIntensity() {
        return copy(label, gb, kind, model, includeBox, greenHosting, true, zone);
    }

    /** A copy in this zone. */
    public NetworkTransfer zone(String zone) {
        return copy(label, gb, kind, model, includeBox, greenHosting, modelGrid,
                Checks.zone(zone));
    }

    @Override
    public String label() {
        return label;
    }

    /** Volume in GB. */
    @Override
    public double quantity() {
        return gb;
    }

    /** Volume in GB. */
    public double volumeGb() {
        return gb;
    }

    @Override
    public String category() {
        return "network";
    }

    /** The network kind. */
    public NetworkKind kind() {
        return kind;
    }

    /** The model. */
    public NetworkModel model() {
        return model;
    }

    /** Whether fixed-network per-GB factors include the box. */
    public boolean includesBox() {
        return includeBox;
    }

    /** Share of the data-centre segment on renewable electricity (0 to 1). */
    public double greenHosting() {
        return greenHosting;
    }

    /** Whether the model's own grid intensity replaces the zone's. */
    public boolean usesModelGridIntensity() {
        return modelGrid;
    }

    @Override
    public Optional<String> zone() {
        return Optional.ofNullable(zone);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NetworkTransfer)) {
            return false;
        }
        NetworkTransfer n = (NetworkTransfer) o;
        return label.equals(n.label) && Double.compare(gb, n.gb) == 0 && kind == n.kind && model == n.model
                && includeBox == n.includeBox && Double.compare(greenHosting, n.greenHosting) == 0
                && modelGrid == n.modelGrid && Objects.equals(zone, n.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, gb, kind, model, includeBox, greenHosting, modelGrid, zone);
    }

    @Override
    public String toString() {
        return "NetworkTransfer[" + label + ": " + dev.impact.measure.Numbers.format(gb) + " GB, "
                + kind.name().toLowerCase(Locale.ROOT) + ", " + model.name().toLowerCase(Locale.ROOT)
                + (zone == null ? "" : ", zone " + zone) + "]";
    }
}
