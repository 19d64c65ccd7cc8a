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
    private final String group; // null = not grouped
    private final double gb;
    private final NetworkKind kind;
    private final NetworkModel model;
    private final boolean includeBox;
    private final double greenHosting;
    private final boolean modelGrid;
    private final String zone;
    private final Convention convention; // null = the assessment's

    private NetworkTransfer(String label, double gb, NetworkKind kind, NetworkModel model, boolean includeBox,
                            double greenHosting, boolean modelGrid, String zone, String group,
                            Convention convention) {
        this.label = label;
        this.group = group;
        this.gb = gb;
        this.kind = kind;
        this.model = model;
        this.includeBox = includeBox;
        this.greenHosting = greenHosting;
        this.modelGrid = modelGrid;
        this.zone = zone;
        this.convention = convention;
    }

    /**
     * {@code gb} gigabytes over a network of unspecified kind, with the per-GB model.
     *
     * @throws IllegalArgumentException if not a finite number > 0
     */
    public static NetworkTransfer ofGb(double gb) {
        return new NetworkTransfer("network transfer", Checks.positive(gb, "volumeGb", "GB"), NetworkKind.UNSPECIFIED,
                NetworkModel.PER_GB, true, 0, false, null, null, null);
    }

    /**
     * A mutable builder for {@code gb} gigabytes (> 0), for readers that build many lines: each setter checks its
     * value as the copy method of the same name does (same messages) and leaves the builder unchanged when it
     * throws; {@link Builder#build()} makes one line, equal to the one the chained copy methods would make.
     *
     * @throws IllegalArgumentException as {@link #ofGb(double)}
     */
    public static Builder builderOfGb(double gb) {
        return new Builder(Checks.positive(gb, "volumeGb", "GB"));
    }

    /** Builds a {@link NetworkTransfer}; see {@link #builderOfGb(double)}. Not thread-safe. */
    public static final class Builder {
        private String label = "network transfer";
        private String group;
        private final double gb;
        private NetworkKind kind = NetworkKind.UNSPECIFIED;
        private NetworkModel model = NetworkModel.PER_GB;
        private boolean includeBox = true;
        private double greenHosting;
        private boolean modelGrid;
        private String zone;
        private Convention convention;

        private Builder(double gb) {
            this.gb = gb;
        }

        /** This label (not blank). */
        public Builder label(String label) {
            this.label = Checks.text(label, "label");
            return this;
        }

        /** In this group (a site, service or entity: free text, shown in reports' per-group results). */
        public Builder group(String group) {
            this.group = Checks.text(group, "group");
            return this;
        }

        /** Over this kind of network. */
        public Builder kind(NetworkKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /** Computed with this model. */
        public Builder model(NetworkModel model) {
            this.model = Objects.requireNonNull(model, "model");
            return this;
        }

        /** Leaving the home/office box out of fixed-network factors (per-GB model only). */
        public Builder withoutBox() {
            this.includeBox = false;
            return this;
        }

        /** The data-centre share on renewable electricity, as a fraction (0 to 1). */
        public Builder greenHosting(double fraction) {
            this.greenHosting = Checks.fraction(fraction, "greenHosting");
            return this;
        }

        /** Using the model's own published world grid intensity instead of the zone's. */
        public Builder modelGridIntensity() {
            this.modelGrid = true;
            return this;
        }

        /** In this electricity zone (e.g. {@code FR}). */
        public Builder zone(String zone) {
            this.zone = Checks.zone(zone);
            return this;
        }

        /** Assessed with this peer's conventions, whatever the assessment's (see {@link Convention}). */
        public Builder convention(Convention convention) {
            this.convention = Objects.requireNonNull(convention, "convention");
            return this;
        }

        /** The line. */
        public NetworkTransfer build() {
            return new NetworkTransfer(label, gb, kind, model, includeBox, greenHosting, modelGrid, zone, group,
                    convention);
        }
    }

    /** {@code bytes} bytes (10^9 bytes = 1 GB). */
    public static NetworkTransfer ofBytes(double bytes) {
        return ofGb(Checks.positive(bytes, "volumeBytes", "bytes") / 1e9);
    }

    private NetworkTransfer copy(String label, double gb, NetworkKind kind, NetworkModel model, boolean includeBox,
                                 double greenHosting, boolean modelGrid, String zone) {
        return new NetworkTransfer(label, gb, kind, model, includeBox, greenHosting, modelGrid, zone, group,
                convention);
    }

    /** A copy with this label. */
    public NetworkTransfer label(String label) {
        return copy(Checks.text(label, "label"), gb, kind, model, includeBox, greenHosting, modelGrid, zone);
    }

    /** A copy in this group (a site, service or entity: free text, shown in reports' per-group results). */
    public NetworkTransfer group(String group) {
        return new NetworkTransfer(label, gb, kind, model, includeBox, greenHosting, modelGrid, zone,
                Checks.text(group, "group"), convention);
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

    /**
     * A copy assessed with this peer's conventions, whatever the assessment's: under {@link Convention#CO2JS} the
     * OneByte and SWD models use co2.js's own grid data (see there).
     */
    public NetworkTransfer convention(Convention convention) {
        return new NetworkTransfer(label, gb, kind, model, includeBox, greenHosting, modelGrid, zone, group,
                Objects.requireNonNull(convention, "convention"));
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Optional<String> group() {
        return Optional.ofNullable(group);
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
    public Optional<Convention> convention() {
        return Optional.ofNullable(convention);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NetworkTransfer)) {
            return false;
        }
        NetworkTransfer n = (NetworkTransfer) o;
        return label.equals(n.label) && Objects.equals(group, n.group) && Double.compare(gb, n.gb) == 0
                && kind == n.kind && model == n.model
                && includeBox == n.includeBox && Double.compare(greenHosting, n.greenHosting) == 0
                && modelGrid == n.modelGrid && Objects.equals(zone, n.zone)
                && convention == n.convention;
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, group, gb, kind, model, includeBox, greenHosting, modelGrid, zone, convention);
    }

    @Override
    public String toString() {
        return "NetworkTransfer[" + label + (group == null ? "" : " @ " + group) + ": "
                + dev.impact.measure.Numbers.format(gb) + " GB, "
                + kind.name().toLowerCase(Locale.ROOT) + ", " + model.name().toLowerCase(Locale.ROOT)
                + (zone == null ? "" : ", zone " + zone)
                + (convention == null ? "" : ", convention " + convention.label()) + "]";
    }
}
