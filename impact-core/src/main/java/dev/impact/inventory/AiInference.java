package dev.impact.inventory;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * AI inference requests: requests × energy per request (by model size class, or measured) × PUE where the figure
 * excludes data-centre overhead × the zone's grid factor, plus an optional embodied share per request.
 *
 * <pre>{@code
 * AiInference assistant = AiInference.of(250_000, AiModelSize.MEDIUM);
 * AiInference measured = AiInference.ofWhPerRequest(10_000, 1.8).pue(1.2).zone("SE");
 * }</pre>
 *
 * Immutable.
 */
public final class AiInference implements Activity {
    private final String label;
    private final String group; // null = not grouped
    private final double requests;
    private final AiModelSize size; // null when a measured energy is given
    private final double whPerRequest; // NaN = from the size class
    private final double pue; // NaN = the class's rule
    private final double embodiedKgCo2ePerRequest; // NaN = none
    private final String zone;

    private AiInference(String label, double requests, AiModelSize size, double whPerRequest, double pue,
                        double embodied, String zone, String group) {
        this.label = label;
        this.group = group;
        this.requests = requests;
        this.size = size;
        this.whPerRequest = whPerRequest;
        this.pue = pue;
        this.embodiedKgCo2ePerRequest = embodied;
        this.zone = zone;
    }

    /** {@code requests} requests to a model of this size class. */
    public static AiInference of(double requests, AiModelSize size) {
        return new AiInference("AI inference", Checks.positive(requests, "requests", "requests"),
                Objects.requireNonNull(size, "size"), Double.NaN, Double.NaN, Double.NaN, null, null);
    }

    /**
     * {@code requests} requests of a measured {@code whPerRequest} Wh each (IT energy, without data-centre overhead
     * unless {@link #pue(double)} says 1).
     */
    public static AiInference ofWhPerRequest(double requests, double whPerRequest) {
        return new AiInference("AI inference", Checks.positive(requests, "requests", "requests"), null,
                Checks.positive(whPerRequest, "whPerRequest", "Wh/request"), Double.NaN, Double.NaN, null, null);
    }


    /**
     * A mutable builder for {@code requests} requests (> 0) to a model of this size class, for readers that build
     * many lines: each setter checks its value as the copy method of the same name does (same messages) and leaves
     * the builder unchanged when it throws; {@link Builder#build()} makes one line, equal to the one the chained copy
     * methods would make.
     *
     * @throws IllegalArgumentException as {@link #of(double, AiModelSize)}
     */
    public static Builder builder(double requests, AiModelSize size) {
        return new Builder(Checks.positive(requests, "requests", "requests"), Objects.requireNonNull(size, "size"),
                Double.NaN);
    }

    /**
     * A mutable builder for {@code requests} requests (> 0) of a measured {@code whPerRequest} Wh each (> 0); see
     * {@link #builder(double, AiModelSize)}.
     *
     * @throws IllegalArgumentException as {@link #ofWhPerRequest(double, double)}
     */
    public static Builder builderOfWhPerRequest(double requests, double whPerRequest) {
        double r = Checks.positive(requests, "requests", "requests");
        return new Builder(r, null, Checks.positive(whPerRequest, "whPerRequest", "Wh/request"));
    }

    /** Builds an {@link AiInference}; see {@link #builder(double, AiModelSize)}. Not thread-safe. */
    public static final class Builder {
        private String label = "AI inference";
        private String group;
        private final double requests;
        private final AiModelSize size;
        private final double whPerRequest;
        private double pue = Double.NaN;
        private double embodied = Double.NaN;
        private String zone;

        private Builder(double requests, AiModelSize size, double whPerRequest) {
            this.requests = requests;
            this.size = size;
            this.whPerRequest = whPerRequest;
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

        /** Power usage effectiveness of the data centre (>= 1). */
        public Builder pue(double pue) {
            this.pue = Checks.pue(pue);
            return this;
        }

        /** Embodied emissions per request, in kgCO2e (>= 0). */
        public Builder embodiedKgCo2ePerRequest(double kg) {
            this.embodied = Checks.nonNegative(kg, "embodiedKgCo2ePerRequest", "kgCO2e/request");
            return this;
        }

        /** In this electricity zone (e.g. {@code FR}). */
        public Builder zone(String zone) {
            this.zone = Checks.zone(zone);
            return this;
        }

        /** The line. */
        public AiInference build() {
            return new AiInference(label, requests, size, whPerRequest, pue, embodied, zone, group);
        }
    }
    /** A copy with this label. */
    public AiInference label(String label) {
        return new AiInference(Checks.text(label, "label"), requests, size, whPerRequest, pue, embodiedKgCo2ePerRequest,
                zone, group);
    }

    /** A copy in this group (a site, service or entity: free text, shown in reports' per-group results). */
    public AiInference group(String group) {
        return new AiInference(label, requests, size, whPerRequest, pue, embodiedKgCo2ePerRequest,
                zone, Checks.text(group, "group"));
    }

    /** A copy multiplying the energy by this PUE (>= 1). */
    public AiInference pue(double pue) {
        return new AiInference(label, requests, size, whPerRequest, Checks.pue(pue), embodiedKgCo2ePerRequest, zone,
                group);
    }

    /** A copy adding this embodied (hardware manufacture) share per request, in kgCO2e (>= 0). */
    public AiInference embodiedKgCo2ePerRequest(double kg) {
        return new AiInference(label, requests, size, whPerRequest, pue,
                Checks.nonNegative(kg, "embodiedKgCo2ePerRequest", "kgCO2e/request"), zone, group);
    }

    /** A copy in this zone. */
    public AiInference zone(String zone) {
        return new AiInference(label, requests, size, whPerRequest, pue, embodiedKgCo2ePerRequest,
                Checks.zone(zone), group);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /** Number of requests. */
    @Override
    public double quantity() {
        return requests;
    }

    @Override
    public String category() {
        return "ai";
    }

    /** The size class, if the energy is not measured. */
    public Optional<AiModelSize> size() {
        return Optional.ofNullable(size);
    }

    /** Measured energy per request in Wh, if given. */
    public OptionalDouble whPerRequest() {
        return Double.isNaN(whPerRequest) ? OptionalDouble.empty() : OptionalDouble.of(whPerRequest);
    }

    /** PUE, if given. */
    public OptionalDouble pue() {
        return Double.isNaN(pue) ? OptionalDouble.empty() : OptionalDouble.of(pue);
    }

    /** Embodied kgCO2e per request, if given. */
    public OptionalDouble embodiedKgCo2ePerRequest() {
        return Double.isNaN(embodiedKgCo2ePerRequest) ? OptionalDouble.empty()
                : OptionalDouble.of(embodiedKgCo2ePerRequest);
    }

    @Override
    public Optional<String> zone() {
        return Optional.ofNullable(zone);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AiInference)) {
            return false;
        }
        AiInference a = (AiInference) o;
        return label.equals(a.label) && Objects.equals(group, a.group) && Double.compare(requests,
                a.requests) == 0 && size == a.size
                && Double.compare(whPerRequest, a.whPerRequest) == 0 && Double.compare(pue, a.pue) == 0
                && Double.compare(embodiedKgCo2ePerRequest, a.embodiedKgCo2ePerRequest) == 0
                && Objects.equals(zone, a.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, group, requests, size, whPerRequest, pue, embodiedKgCo2ePerRequest, zone);
    }

    @Override
    public String toString() {
        return "AiInference[" + label + (group == null ? "" : " @ " + group) + ": "
                + dev.impact.measure.Numbers.format(requests) + " requests, "
                + (size != null ? size.name().toLowerCase(Locale.ROOT) : whPerRequest + " Wh/request")
                + (zone == null ? "" : ", zone " + zone) + "]";
    }
}
