package dev.impact.inventory;

import java.util.Objects;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Cloud compute usage following the Cloud Carbon Footprint methodology: vCPU-hours at an average utilisation, plus
 * memory GB-hours, for one provider ({@code aws}, {@code azure}, {@code gcp}), in a zone.
 *
 * <pre>{@code
 * CloudCompute batch = CloudCompute.of("aws", 87_600).utilisation(0.35).memoryGbHours(350_000).zone("FR");
 * }</pre>
 *
 * Immutable.
 */
public final class CloudCompute implements Activity {
    private final String label;
    private final String group; // null = not grouped
    private final String provider;
    private final double vcpuHours;
    private final double utilisation; // NaN = catalog default
    private final double memoryGbHours;
    private final double pue; // NaN = provider default
    private final String zone;

    private CloudCompute(String label, String provider, double vcpuHours, double utilisation, double memoryGbHours,
                         double pue, String zone, String group) {
        this.label = label;
        this.group = group;
        this.provider = provider;
        this.vcpuHours = vcpuHours;
        this.utilisation = utilisation;
        this.memoryGbHours = memoryGbHours;
        this.pue = pue;
        this.zone = zone;
    }

    /**
     * {@code vcpuHours} vCPU-hours at {@code provider} (lower-cased; the catalog must know it).
     *
     * @throws IllegalArgumentException if the provider is blank or the hours not a finite number > 0
     */
    public static CloudCompute of(String provider, double vcpuHours) {
        return new CloudCompute("cloud compute", Checks.text(provider, "provider").trim().toLowerCase(Locale.ROOT),
                Checks.positive(vcpuHours, "vcpuHours", "vCPU.h"), Double.NaN, 0, Double.NaN, null, null);
    }


    /**
     * A mutable builder for {@code vcpuHours} vCPU-hours (> 0) at {@code provider}, for readers that build many
     * lines: each setter checks its value as the copy method of the same name does (same messages) and leaves the
     * builder unchanged when it throws; {@link Builder#build()} makes one line, equal to the one the chained copy
     * methods would make.
     *
     * @throws IllegalArgumentException as {@link #of(String, double)}
     */
    public static Builder builder(String provider, double vcpuHours) {
        String p = Checks.text(provider, "provider").trim().toLowerCase(Locale.ROOT);
        return new Builder(p, Checks.positive(vcpuHours, "vcpuHours", "vCPU.h"));
    }

    /** Builds a {@link CloudCompute}; see {@link #builder(String, double)}. Not thread-safe. */
    public static final class Builder {
        private String label = "cloud compute";
        private String group;
        private final String provider;
        private final double vcpuHours;
        private double utilisation = Double.NaN;
        private double memoryGbHours;
        private double pue = Double.NaN;
        private String zone;

        private Builder(String provider, double vcpuHours) {
            this.provider = provider;
            this.vcpuHours = vcpuHours;
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

        /** Average CPU utilisation, between 0 and 1. */
        public Builder utilisation(double u) {
            this.utilisation = Checks.fraction(u, "utilisation");
            return this;
        }

        /** Memory use, in GB-hours (>= 0). */
        public Builder memoryGbHours(double gbHours) {
            this.memoryGbHours = Checks.nonNegative(gbHours, "memoryGbHours", "GB.h");
            return this;
        }

        /** Power usage effectiveness of the data centre (>= 1). */
        public Builder pue(double pue) {
            this.pue = Checks.pue(pue);
            return this;
        }

        /** In this electricity zone (e.g. {@code FR}). */
        public Builder zone(String zone) {
            this.zone = Checks.zone(zone);
            return this;
        }

        /** The line. */
        public CloudCompute build() {
            return new CloudCompute(label, provider, vcpuHours, utilisation, memoryGbHours, pue, zone, group);
        }
    }
    /** A copy with this label. */
    public CloudCompute label(String label) {
        return new CloudCompute(Checks.text(label, "label"), provider, vcpuHours, utilisation, memoryGbHours, pue,
                zone, group);
    }

    /** A copy in this group (a site, service or entity: free text, shown in reports' per-group results). */
    public CloudCompute group(String group) {
        return new CloudCompute(label, provider, vcpuHours, utilisation, memoryGbHours, pue, zone, Checks.text(group,
                "group"));
    }

    /** A copy at this average CPU utilisation (0 to 1). */
    public CloudCompute utilisation(double u) {
        return new CloudCompute(label, provider, vcpuHours, Checks.fraction(u, "utilisation"), memoryGbHours, pue,
                zone, group);
    }

    /** A copy with this much memory use, in GB-hours (>= 0). */
    public CloudCompute memoryGbHours(double gbHours) {
        return new CloudCompute(label, provider, vcpuHours, utilisation,
                Checks.nonNegative(gbHours, "memoryGbHours", "GB.h"), pue, zone, group);
    }

    /** A copy with this PUE (>= 1) instead of the provider's. */
    public CloudCompute pue(double pue) {
        return new CloudCompute(label, provider, vcpuHours, utilisation, memoryGbHours, Checks.pue(pue), zone, group);
    }

    /** A copy in this electricity zone (the region's country). */
    public CloudCompute zone(String zone) {
        return new CloudCompute(label, provider, vcpuHours, utilisation, memoryGbHours, pue,
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

    /** vCPU-hours. */
    @Override
    public double quantity() {
        return vcpuHours;
    }

    /** vCPU-hours. */
    public double vcpuHours() {
        return vcpuHours;
    }

    @Override
    public String category() {
        return "cloud";
    }

    /** The provider, lower case. */
    public String provider() {
        return provider;
    }

    /** Average CPU utilisation, if given. */
    public OptionalDouble utilisation() {
        return Double.isNaN(utilisation) ? OptionalDouble.empty() : OptionalDouble.of(utilisation);
    }

    /** Memory GB-hours (0 when not given). */
    public double memoryGbHours() {
        return memoryGbHours;
    }

    /** PUE, if given. */
    public OptionalDouble pue() {
        return Double.isNaN(pue) ? OptionalDouble.empty() : OptionalDouble.of(pue);
    }

    @Override
    public Optional<String> zone() {
        return Optional.ofNullable(zone);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CloudCompute)) {
            return false;
        }
        CloudCompute c = (CloudCompute) o;
        return label.equals(c.label) && Objects.equals(group, c.group) && provider.equals(c.provider)
                && Double.compare(vcpuHours, c.vcpuHours) == 0
                && Double.compare(utilisation, c.utilisation) == 0
                && Double.compare(memoryGbHours, c.memoryGbHours) == 0 && Double.compare(pue, c.pue) == 0
                && java.util.Objects.equals(zone, c.zone);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(label, group, provider, vcpuHours, utilisation, memoryGbHours, pue, zone);
    }

    @Override
    public String toString() {
        return "CloudCompute[" + label + (group == null ? "" : " @ " + group) + ": " + provider + ", "
                + dev.impact.measure.Numbers.format(vcpuHours)
                + " vCPU-h" + (memoryGbHours > 0 ? ", " + dev.impact.measure.Numbers.format(memoryGbHours) + " GB-h"
                : "") + (zone == null ? "" : ", zone " + zone) + "]";
    }
}
