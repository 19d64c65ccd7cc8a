package dev.impact.inventory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Data transferred over networks in the reporting period, in GB (10^9 bytes): a volume ({@link #ofGb}, {@link #ofBytes})
 * or visits of a page ({@link #ofVisits}).
 *
 * <pre>{@code
 * NetworkTransfer video = NetworkTransfer.ofGb(12_000).kind(NetworkKind.FIXED);          // ADEME per-GB, France
 * NetworkTransfer web = NetworkTransfer.ofGb(500).model(NetworkModel.SWD_V4).greenHosting(1);
 * NetworkTransfer site = NetworkTransfer.ofVisits(120_000, 2_000_000).model(NetworkModel.SWD_V3)  // 2 MB page
 *         .visitShares(0.75, 0.25, 0.02).segmentGrid(WebSegment.DATA_CENTRE, "DE");
 * }</pre>
 *
 * With {@link NetworkModel#ONEBYTE}, {@link NetworkModel#SWD_V3} and {@link NetworkModel#SWD_V4}, operational energy is
 * multiplied by the line's zone grid factor (all indicators it has), or, with {@link #modelGridIntensity()}, by the
 * model's own published world intensity as co2.js does (climate change only); a segment may run on its own grid
 * ({@link #segmentGrid}, {@link #segmentGridIntensity}: the line is then climate change only). Under
 * {@link Convention#CO2JS} the grid data are co2.js's own. A volume of 0 assesses to 0. Immutable.
 */
public final class NetworkTransfer implements Activity {
    private static final int SEGMENTS = WebSegment.values().length;

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
    private final double visits; // NaN = a volume, not visits
    private final double firstVisit; // NaN = the model's default (per-visit lines)
    private final double returningVisit;
    private final double reload;
    private final String[] segmentZones; // by WebSegment ordinal, null = the line's zone
    private final double[] segmentIntensities; // g/kWh by WebSegment ordinal, NaN = none
    private final String segmentKey; // "" when no segment has its own grid

    private NetworkTransfer(Builder b) {
        this.label = b.label;
        this.group = b.group;
        this.gb = b.gb;
        this.kind = b.kind;
        this.model = b.model;
        this.includeBox = b.includeBox;
        this.greenHosting = b.greenHosting;
        this.modelGrid = b.modelGrid;
        this.zone = b.zone;
        this.convention = b.convention;
        this.visits = b.visits;
        this.firstVisit = b.firstVisit;
        this.returningVisit = b.returningVisit;
        this.reload = b.reload;
        this.segmentZones = b.segmentZones.clone();
        this.segmentIntensities = b.segmentIntensities.clone();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < SEGMENTS; i++) {
            if (segmentZones[i] != null) {
                key.append(i).append('=').append(segmentZones[i]).append(';');
            } else if (!Double.isNaN(segmentIntensities[i])) {
                key.append(i).append("=#;");
            }
        }
        this.segmentKey = key.toString();
    }

    /**
     * {@code gb} gigabytes over a network of unspecified kind, with the per-GB model.
     *
     * @throws IllegalArgumentException if not a finite number &gt;= 0
     */
    public static NetworkTransfer ofGb(double gb) {
        return builderOfGb(gb).build();
    }

    /** {@code bytes} bytes (10^9 bytes = 1 GB; &gt;= 0). */
    public static NetworkTransfer ofBytes(double bytes) {
        return ofGb(Checks.nonNegative(bytes, "volumeBytes", "bytes") / 1e9);
    }

    /**
     * {@code visits} visits of a page weighing {@code bytesPerVisit} bytes when loaded uncached (co2.js's
     * {@code perVisit(bytes)} × visits): the volume is visits × bytes, and the line's footprint that volume's ×
     * (first-visit share + returning-visit share × reloaded share), the shares the line's ({@link #visitShares}) or the
     * model's defaults (SWD v3: 0.75, 0.25, 0.02; other models 1, 0, 0, as co2.js's SWD v4).
     *
     * @throws IllegalArgumentException if visits is not a finite number &gt; 0 or bytes not &gt;= 0
     */
    public static NetworkTransfer ofVisits(double visits, double bytesPerVisit) {
        Checks.positive(visits, "visits", "");
        Checks.nonNegative(bytesPerVisit, "bytesPerVisit", "bytes");
        Builder b = builderOfGb(visits * bytesPerVisit / 1e9);
        b.visits = visits;
        return b.build();
    }

    /**
     * A mutable builder for {@code gb} gigabytes (&gt;= 0), for readers that build many lines: each setter checks its
     * value as the copy method of the same name does (same messages) and leaves the builder unchanged when it
     * throws; {@link Builder#build()} makes one line, equal to the one the chained copy methods would make.
     *
     * @throws IllegalArgumentException as {@link #ofGb(double)}
     */
    public static Builder builderOfGb(double gb) {
        return new Builder(Checks.nonNegative(gb, "volumeGb", "GB"));
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
        private double visits = Double.NaN;
        private double firstVisit = Double.NaN;
        private double returningVisit = Double.NaN;
        private double reload = Double.NaN;
        private final String[] segmentZones = new String[SEGMENTS];
        private final double[] segmentIntensities = new double[SEGMENTS];

        private Builder(double gb) {
            this.gb = gb;
            Arrays.fill(segmentIntensities, Double.NaN);
        }

        private Builder(NetworkTransfer n) {
            this.label = n.label;
            this.group = n.group;
            this.gb = n.gb;
            this.kind = n.kind;
            this.model = n.model;
            this.includeBox = n.includeBox;
            this.greenHosting = n.greenHosting;
            this.modelGrid = n.modelGrid;
            this.zone = n.zone;
            this.convention = n.convention;
            this.visits = n.visits;
            this.firstVisit = n.firstVisit;
            this.returningVisit = n.returningVisit;
            this.reload = n.reload;
            System.arraycopy(n.segmentZones, 0, segmentZones, 0, SEGMENTS);
            System.arraycopy(n.segmentIntensities, 0, segmentIntensities, 0, SEGMENTS);
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

        /**
         * Visits of a page of {@code bytesPerVisit} bytes: as {@link NetworkTransfer#ofVisits}, this builder's volume
         * being visits × bytes per visit (the reader computes it).
         *
         * @throws IllegalArgumentException if not a finite number &gt; 0
         */
        public Builder visits(double visits) {
            this.visits = Checks.positive(visits, "visits", "");
            return this;
        }

        /** See {@link NetworkTransfer#visitShares}. */
        public Builder visitShares(double firstVisit, double returningVisit, double reloaded) {
            if (Double.isNaN(visits)) {
                throw new LineRejectedException("visitShares", String.valueOf(firstVisit), "visitShares apply to a"
                        + " line of visits (NetworkTransfer.ofVisits); this line is a volume");
            }
            Checks.fraction(firstVisit, "firstVisitShare");
            Checks.fraction(returningVisit, "returningVisitShare");
            Checks.fraction(reloaded, "reloadedShare");
            this.firstVisit = firstVisit;
            this.returningVisit = returningVisit;
            this.reload = reloaded;
            return this;
        }

        /** See {@link NetworkTransfer#segmentGrid}. */
        public Builder segmentGrid(WebSegment segment, String zone) {
            Objects.requireNonNull(segment, "segment");
            String z = Checks.zone(zone);
            segmentZones[segment.ordinal()] = z;
            segmentIntensities[segment.ordinal()] = Double.NaN;
            return this;
        }

        /** See {@link NetworkTransfer#segmentGridIntensity}. */
        public Builder segmentGridIntensity(WebSegment segment, double gPerKWh) {
            Objects.requireNonNull(segment, "segment");
            segmentIntensities[segment.ordinal()] = Checks.nonNegative(gPerKWh, "segmentGridIntensity", "g/kWh");
            segmentZones[segment.ordinal()] = null;
            return this;
        }

        /** The line. */
        public NetworkTransfer build() {
            return new NetworkTransfer(this);
        }
    }

    /** A builder holding this line's inputs (for the copy methods). */
    private Builder copy() {
        return new Builder(this);
    }

    /** A copy with this label. */
    public NetworkTransfer label(String label) {
        return copy().label(label).build();
    }

    /** A copy in this group (a site, service or entity: free text, shown in reports' per-group results). */
    public NetworkTransfer group(String group) {
        return copy().group(group).build();
    }

    /** A copy over this kind of network. */
    public NetworkTransfer kind(NetworkKind kind) {
        return copy().kind(kind).build();
    }

    /** A copy computed with this model. */
    public NetworkTransfer model(NetworkModel model) {
        return copy().model(model).build();
    }

    /** A copy that leaves the home/office box out of fixed-network factors (per-GB model only). */
    public NetworkTransfer withoutBox() {
        return copy().withoutBox().build();
    }

    /**
     * A copy whose data-centre share runs on renewable electricity for this fraction (0 to 1), as the OneByte and
     * SWD models define it (SWD v4: that share's operational emissions count 0; SWD v3: it counts at the model's
     * renewable intensity, 50 g/kWh; OneByte: 0 for the data centre, and co2.js's 475 g/kWh for the network with the
     * model's grid).
     */
    public NetworkTransfer greenHosting(double fraction) {
        return copy().greenHosting(fraction).build();
    }

    /** A copy using the model's own published world grid intensity instead of the zone's (OneByte, SWD). */
    public NetworkTransfer modelGridIntensity() {
        return copy().modelGridIntensity().build();
    }

    /** A copy in this zone. */
    public NetworkTransfer zone(String zone) {
        return copy().zone(zone).build();
    }

    /**
     * A copy assessed with this peer's conventions, whatever the assessment's: under {@link Convention#CO2JS} the
     * OneByte and SWD models use co2.js's own grid data (see there).
     */
    public NetworkTransfer convention(Convention convention) {
        return copy().convention(convention).build();
    }

    /**
     * A copy of this line of visits with these shares, each 0 to 1 (co2.js's {@code firstVisitPercentage},
     * {@code returnVisitPercentage}, {@code dataReloadRatio}): the footprint is the page's × visits × (firstVisit +
     * returningVisit × reloaded).
     *
     * @throws IllegalArgumentException if a share is not between 0 and 1, or the line is a volume, not visits
     */
    public NetworkTransfer visitShares(double firstVisit, double returningVisit, double reloaded) {
        return copy().visitShares(firstVisit, returningVisit, reloaded).build();
    }

    /**
     * A copy whose {@code segment} runs on the grid of {@code zone} (co2.js's {@code gridIntensity.<segment> =
     * {country}}); SWD models only. With a segment grid the line's result is climate change only.
     */
    public NetworkTransfer segmentGrid(WebSegment segment, String zone) {
        return copy().segmentGrid(segment, zone).build();
    }

    /**
     * A copy whose {@code segment} runs on electricity of this intensity, in gCO2e/kWh (co2.js's
     * {@code gridIntensity.<segment> = number}); SWD models only. The line's result is then climate change only.
     *
     * @throws IllegalArgumentException if not a finite number &gt;= 0
     */
    public NetworkTransfer segmentGridIntensity(WebSegment segment, double gPerKWh) {
        return copy().segmentGridIntensity(segment, gPerKWh).build();
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

    /** Volume in GB (for a line of visits: visits × the page's bytes / 10^9). */
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

    /** The number of visits, for a line of visits ({@link #ofVisits}). */
    public OptionalDouble visits() {
        return Double.isNaN(visits) ? OptionalDouble.empty() : OptionalDouble.of(visits);
    }

    /** The share of first (uncached) visits, if the line gives its {@link #visitShares}. */
    public OptionalDouble firstVisitShare() {
        return Double.isNaN(firstVisit) ? OptionalDouble.empty() : OptionalDouble.of(firstVisit);
    }

    /** The share of returning visits, if the line gives its {@link #visitShares}. */
    public OptionalDouble returningVisitShare() {
        return Double.isNaN(returningVisit) ? OptionalDouble.empty() : OptionalDouble.of(returningVisit);
    }

    /** The share of the page a returning visit loads again, if the line gives its {@link #visitShares}. */
    public OptionalDouble reloadedShare() {
        return Double.isNaN(reload) ? OptionalDouble.empty() : OptionalDouble.of(reload);
    }

    /** The zone whose grid {@code segment} runs on, if the line gives one. */
    public Optional<String> segmentGrid(WebSegment segment) {
        Objects.requireNonNull(segment, "segment");
        return Optional.ofNullable(segmentZones[segment.ordinal()]);
    }

    /** The intensity (gCO2e/kWh) {@code segment} runs on, if the line gives one. */
    public OptionalDouble segmentGridIntensity(WebSegment segment) {
        Objects.requireNonNull(segment, "segment");
        double v = segmentIntensities[segment.ordinal()];
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Whether some segment runs on a grid of its own ({@link #segmentGrid}, {@link #segmentGridIntensity}). */
    public boolean hasSegmentGrids() {
        return !segmentKey.isEmpty();
    }

    /**
     * Which segments run on grids of their own and which zones: equal for lines whose segment grids take the same
     * zones (and numbers for the same segments); empty when none. For grouping lines by what their model resolves.
     */
    public String segmentGridKey() {
        return segmentKey;
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
                && convention == n.convention && Double.compare(visits, n.visits) == 0
                && Double.compare(firstVisit, n.firstVisit) == 0 && Double.compare(returningVisit, n.returningVisit) == 0
                && Double.compare(reload, n.reload) == 0 && Arrays.equals(segmentZones, n.segmentZones)
                && Arrays.equals(segmentIntensities, n.segmentIntensities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, group, gb, kind, model, includeBox, greenHosting, modelGrid, zone, convention,
                visits, firstVisit, returningVisit, reload, Arrays.hashCode(segmentZones),
                Arrays.hashCode(segmentIntensities));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("NetworkTransfer[").append(label)
                .append(group == null ? "" : " @ " + group).append(": ")
                .append(dev.impact.measure.Numbers.format(gb)).append(" GB");
        if (!Double.isNaN(visits)) {
            sb.append(" (").append(dev.impact.measure.Numbers.format(visits)).append(" visits)");
        }
        sb.append(", ").append(kind.name().toLowerCase(Locale.ROOT)).append(", ")
                .append(model.name().toLowerCase(Locale.ROOT));
        if (zone != null) {
            sb.append(", zone ").append(zone);
        }
        for (WebSegment s : WebSegment.values()) {
            if (segmentZones[s.ordinal()] != null) {
                sb.append(", ").append(s.label()).append(" grid ").append(segmentZones[s.ordinal()]);
            } else if (!Double.isNaN(segmentIntensities[s.ordinal()])) {
                sb.append(", ").append(s.label()).append(" grid ")
                        .append(dev.impact.measure.Numbers.format(segmentIntensities[s.ordinal()])).append(" g/kWh");
            }
        }
        if (convention != null) {
            sb.append(", convention ").append(convention.label());
        }
        return sb.append(']').toString();
    }
}
